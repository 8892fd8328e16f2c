/**
 * The bytes a licence seal signs: JSON with the keys of every object sorted by UTF-16 code units (JavaScript's
 * default sort), members whose value is undefined left out, array order kept, no whitespace, and strings and
 * numbers written exactly as JSON.stringify writes them (so non-ASCII characters stay unescaped). Built by hand
 * rather than with JSON.stringify of a re-keyed object, because JavaScript puts integer-like keys first whatever
 * the insertion order.
 *
 * It also fingerprints request bodies, which a client nests as deep as it likes within the body limit, so it
 * walks with its own stack rather than recursing: 10,000 nested arrays would overflow the call stack (a 500).
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  // What is left to write, last first: a value, or punctuation already decided.
  const todo: ({ value: unknown } | { text: string })[] = [{ value }];
  for (let item = todo.pop(); item !== undefined; item = todo.pop()) {
    if ('text' in item) {
      out.push(item.text);
      continue;
    }
    const v = item.value;
    if (v === undefined) {
      out.push('null');
    } else if (Array.isArray(v)) {
      out.push('[');
      todo.push({ text: ']' });
      for (let i = v.length - 1; i >= 0; i--) {
        todo.push({ value: v[i] as unknown });
        if (i > 0) todo.push({ text: ',' });
      }
    } else if (v !== null && typeof v === 'object') {
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      out.push('{');
      todo.push({ text: '}' });
      for (let i = keys.length - 1; i >= 0; i--) {
        todo.push({ value: obj[keys[i]] });
        todo.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:` });
      }
    } else {
      out.push(JSON.stringify(v));
    }
  }
  return out.join('');
}

/**
 * The bytes a licence seal signs: JSON with the keys of every object sorted by UTF-16 code units (JavaScript's
 * default sort), members whose value is undefined left out, array order kept, no whitespace, and strings and
 * numbers written exactly as JSON.stringify writes them (so non-ASCII characters stay unescaped). Built by hand
 * rather than with JSON.stringify of a re-keyed object, because JavaScript puts integer-like keys first whatever
 * the insertion order.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const members = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * True when b can be made from a by one insertion, deletion, substitution or swap of neighbours.
 * MiniSearch's own fuzzy search walks the whole term tree (every field, every CJK gram) and cost
 * 10–40 ms per pinyin query; checking a small pinyin vocabulary with this is well under a millisecond.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i += 1;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The pinyin terms of an index, bucketed by length so a typo lookup checks only plausible words. */
export class PinyinVocabulary {
  private readonly terms: Set<string>;
  private readonly byLength = new Map<number, string[]>();

  constructor(terms: Iterable<string>) {
    this.terms = new Set(terms);
    for (const t of this.terms) {
      const bucket = this.byLength.get(t.length);
      if (bucket) bucket.push(t);
      else this.byLength.set(t.length, [t]);
    }
  }

  has(term: string): boolean {
    return this.terms.has(term);
  }

  /** Known terms one typo away from `term`. */
  near(term: string): string[] {
    const out: string[] = [];
    for (let len = term.length - 1; len <= term.length + 1; len += 1) {
      for (const t of this.byLength.get(len) ?? []) if (t !== term && withinOneEdit(term, t)) out.push(t);
    }
    return out;
  }
}

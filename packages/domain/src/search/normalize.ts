/** Longest query we analyse; beyond this a "query" is a pasted paragraph and only costs time. */
export const MAX_QUERY_LENGTH = 64;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;
const SEGMENT = /\p{Script=Han}+|[a-z]+|\d+/gu;

export type SegmentKind = 'cjk' | 'latin' | 'digits';

export interface Segment {
  kind: SegmentKind;
  text: string;
}

/**
 * NFKC turns full-width letters, digits and punctuation into half-width (ｓｆｚ → sfz, （ → (), then
 * everything that is not a letter or digit — punctuation, emoji, control characters — becomes a space.
 */
export function normalizeText(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const clean = text.normalize('NFKC').toLowerCase().replace(NOT_LETTER_OR_DIGIT, ' ').trim();
  return clean.length > maxLength ? clean.slice(0, maxLength).trim() : clean;
}

/** Splits normalized text into runs of Han characters, latin letters and digits. */
export function segments(normalized: string): Segment[] {
  const out: Segment[] = [];
  for (const m of normalized.matchAll(SEGMENT)) {
    const text = m[0];
    const kind: SegmentKind = /^\d/.test(text) ? 'digits' : /^[a-z]/.test(text) ? 'latin' : 'cjk';
    out.push({ kind, text });
  }
  return out;
}

export function isHan(ch: string): boolean {
  return /^\p{Script=Han}$/u.test(ch);
}

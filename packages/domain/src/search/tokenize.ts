import { MAX_QUERY_LENGTH, normalizeText, segments } from './normalize';
import { initialsOf, pinyinOf } from './pinyin';
import { pinyinCorrections, splitPinyin } from './pinyin-split';

function grams(items: readonly string[], n: number, join = ''): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= items.length; i += 1) out.push(items.slice(i, i + n).join(join));
  return out;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** CJK unigrams and bigrams plus latin and digit words: the terms of the Chinese text fields. */
export function textTerms(text: string): string[] {
  const out: string[] = [];
  for (const seg of segments(normalizeText(text))) {
    if (seg.kind !== 'cjk') {
      out.push(seg.text);
      continue;
    }
    const chars = Array.from(seg.text);
    out.push(...chars, ...grams(chars, 2));
  }
  return out;
}

/** Full-pinyin terms: each syllable and each pair of adjacent syllables (社保 → she, bao, shebao). */
export function pinyinTerms(text: string): string[] {
  const out: string[] = [];
  for (const seg of segments(normalizeText(text))) {
    if (seg.kind !== 'cjk') continue;
    const syllables = pinyinOf(seg.text);
    out.push(...syllables, ...grams(syllables, 2));
  }
  return out;
}

/** Initials n-grams of length 2 and 3 (居民身份证 → jm, ms, sf, fz, jms, msf, sfz). */
export function initialsTerms(text: string): string[] {
  const out: string[] = [];
  for (const seg of segments(normalizeText(text))) {
    if (seg.kind !== 'cjk') continue;
    const initials = initialsOf(pinyinOf(seg.text));
    out.push(...grams(initials, 2), ...grams(initials, 3));
  }
  return out;
}

/** Every term for a single-field index: Chinese grams, words, full pinyin and initials. */
export function tokenize(text: string): string[] {
  return [...textTerms(text), ...pinyinTerms(text), ...initialsTerms(text)];
}

export interface LatinQueryPart {
  /** The letters as typed. */
  text: string;
  /** Syllables when the letters read as full pinyin, else null. */
  syllables: string[] | null;
  /** Readings with one typo fixed, when the letters do not split into whole syllables as typed. */
  corrections: string[][];
  /** The last syllable is still being typed. */
  partial: boolean;
  /** The letters may be initials: they do not split into syllables, or are one unfinished syllable. */
  maybeInitials: boolean;
}

export interface AnalyzedQuery {
  /** Normalised query text (half-width, lowercase, punctuation as spaces, at most MAX_QUERY_LENGTH). */
  normalized: string;
  /** Runs of Han characters in the order typed. */
  han: string[];
  unigrams: string[];
  bigrams: string[];
  /** Syllable terms of the Han runs, so a homophone typo (身分证) still meets 身份证. */
  hanPinyin: string[];
  latin: LatinQueryPart[];
  digits: string[];
}

/** Breaks a query into the pieces a search index needs; stop words are the caller's business. */
export function analyzeQuery(q: string): AnalyzedQuery {
  const normalized = normalizeText(q, MAX_QUERY_LENGTH);
  const result: AnalyzedQuery = {
    normalized,
    han: [],
    unigrams: [],
    bigrams: [],
    hanPinyin: [],
    latin: [],
    digits: [],
  };
  for (const seg of segments(normalized)) {
    if (seg.kind === 'digits') result.digits.push(seg.text);
    else if (seg.kind === 'latin') {
      const split = splitPinyin(seg.text);
      result.latin.push({
        text: seg.text,
        syllables: split?.syllables ?? null,
        corrections: pinyinCorrections(seg.text),
        partial: split?.partial ?? false,
        maybeInitials: !split || (split.partial && split.syllables.length === 1),
      });
    } else {
      const chars = Array.from(seg.text);
      result.han.push(seg.text);
      result.unigrams.push(...chars);
      result.bigrams.push(...grams(chars, 2));
      const syllables = pinyinOf(seg.text);
      result.hanPinyin.push(...grams(syllables, 2), ...(syllables.length === 1 ? syllables : []));
    }
  }
  result.unigrams = unique(result.unigrams);
  result.bigrams = unique(result.bigrams);
  result.hanPinyin = unique(result.hanPinyin);
  return result;
}

/** Pinyin terms a latin query part asks for: syllable pairs, plus single syllables for one-syllable input. */
export function latinPinyinTerms(part: LatinQueryPart): string[] {
  const readings = [...(part.syllables ? [part.syllables] : []), ...part.corrections];
  return unique(readings.flatMap((s) => (s.length === 1 ? [...s] : [...grams(s, 2), ...s])));
}

/** Initials terms a latin query part asks for: its 3-grams, or itself when it is two letters. */
export function latinInitialsTerms(part: LatinQueryPart): string[] {
  if (!part.maybeInitials || part.text.length < 2) return [];
  const letters = Array.from(part.text);
  return letters.length <= 3 ? [part.text] : unique(grams(letters, 3));
}

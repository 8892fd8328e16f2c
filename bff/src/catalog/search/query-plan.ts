import { analyzeQuery, latinInitialsTerms, latinPinyinTerms, pinyinOf, type LatinQueryPart } from '@zsb/domain/search';
import { GENERIC_WORDS, STOP_PHRASES, SYNONYMS, type Synonym } from './synonyms';

/** Terms of one kind, searched in one group of fields with one weight. */
export interface TermGroup {
  terms: string[];
  /** text: every Chinese field; name: the name only (single characters elsewhere are noise). */
  target: 'text' | 'name' | 'pinyin' | 'initials';
  weight: number;
  /** Prefix-match the terms (the resident is still typing the last syllable). */
  prefixTerms?: ReadonlySet<string>;
  /** Allow one typo in terms this long or longer. */
  fuzzyFrom?: number;
}

export interface QueryPlan {
  groups: TermGroup[];
  /** Chinese strings whose occurrences in a name are highlighted. */
  highlightText: string[];
  /** Syllable pairs and initials to highlight when the resident typed pinyin. */
  highlightPinyin: string[];
  highlightInitials: string[];
}

export interface KeyForm {
  synonym: Synonym;
  key: string;
  syllables: string[];
  initials: string;
}

/**
 * The keys of a synonym list with their pinyin, longest first, so 社保卡 wins over 社保 where both match. Built once
 * per list: the built-in one at load, a catalog snapshot's (with the operators' additions) when it is made.
 */
export function keyFormsOf(synonyms: readonly Synonym[]): KeyForm[] {
  return synonyms
    .flatMap((synonym) =>
      synonym.says.map((key) => {
        const syllables = pinyinOf(key);
        return { synonym, key, syllables, initials: syllables.map((s) => s[0]).join('') };
      }),
    )
    .sort((a, b) => b.key.length - a.key.length);
}

const KEY_FORMS: KeyForm[] = keyFormsOf(SYNONYMS);

const GENERIC = new Set(GENERIC_WORDS);
const STOP = [...STOP_PHRASES].sort((a, b) => b.length - a.length);

function bigrams(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i += 1) out.push(chars[i] + chars[i + 1]);
  return out;
}

function indexOfSyllables(haystack: readonly string[], needle: readonly string[], partialLast: boolean): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) {
      const h = haystack[i + j];
      const last = partialLast && i + j === haystack.length - 1;
      if (last ? !needle[j].startsWith(h) : h !== needle[j]) continue outer;
    }
    return i;
  }
  // A partial last syllable may also be shorter than the key ("shebaok" for she bao ka).
  if (partialLast && haystack.length > 0 && haystack.length <= needle.length) {
    const n = haystack.length;
    const ok = haystack.every((h, j) => (j === n - 1 ? needle[j].startsWith(h) : needle[j] === h));
    if (ok && n >= 2) return 0;
  }
  return -1;
}

/**
 * Where `piece` contains a homophone of the key (低宝 for 低保, 社宝卡 for 社保卡). At least half the
 * characters must be the same, or unrelated words that merely sound alike (伍报 for 五保) would match.
 */
function soundsLike(piece: string, form: KeyForm): number {
  const at = indexOfSyllables(pinyinOf(piece), form.syllables, false);
  if (at < 0) return -1;
  let same = 0;
  for (let i = 0; i < form.key.length; i += 1) if (piece[at + i] === form.key[i]) same += 1;
  return same * 2 >= form.key.length ? at : -1;
}

/** Finds colloquial keys in a Han run (by characters, or by sound for homophone typos) and cuts them out. */
function matchHan(run: string, found: Set<Synonym>, keysSeen: string[], forms: readonly KeyForm[]): string[] {
  let rest = [run];
  for (const form of forms) {
    if (form.key.length < 2) continue;
    const next: string[] = [];
    for (const piece of rest) {
      let at = piece.indexOf(form.key);
      const len = form.key.length;
      if (at < 0 && piece.length >= form.key.length) at = soundsLike(piece, form);
      if (at < 0) {
        next.push(piece);
        continue;
      }
      found.add(form.synonym);
      keysSeen.push(piece.slice(at, at + len));
      next.push(piece.slice(0, at), piece.slice(at + len));
    }
    rest = next.filter((p) => p.length > 0);
  }
  return rest;
}

/** Whether typed syllables contain the key; syllables a longer key took (shebaoka → 社保卡) are not reused for 社保. */
function soundsLikeKey(part: LatinQueryPart, form: KeyForm, taken: Set<number>): boolean {
  if (part.syllables) {
    const at = indexOfSyllables(part.syllables, form.syllables, part.partial);
    if (at >= 0) {
      const span = Array.from(
        { length: Math.min(part.syllables.length, at + form.syllables.length) - at },
        (_, k) => at + k,
      );
      if (span.every((i) => taken.has(i))) return false;
      span.forEach((i) => taken.add(i));
      return true;
    }
  }
  return part.corrections.some((c) => indexOfSyllables(c, form.syllables, false) >= 0);
}

function matchLatin(part: LatinQueryPart, found: Set<Synonym>, keysSeen: string[], forms: readonly KeyForm[]): boolean {
  let matched = false;
  const taken = new Set<number>();
  for (const form of forms) {
    const bySound = soundsLikeKey(part, form, taken);
    const byInitials =
      part.maybeInitials &&
      form.initials.length >= 2 &&
      (part.text === form.initials || (form.initials.length >= 3 && part.text.includes(form.initials)));
    if (bySound || byInitials) {
      found.add(form.synonym);
      keysSeen.push(form.key);
      matched = true;
    }
  }
  return matched;
}

function removeStopPhrases(piece: string): string[] {
  let parts = [piece];
  for (const stop of STOP) parts = parts.flatMap((p) => p.split(stop));
  return parts.filter((p) => p.length > 0);
}

export function planQuery(q: string, forms: readonly KeyForm[] = KEY_FORMS): QueryPlan {
  const analyzed = analyzeQuery(q);
  const found = new Set<Synonym>();
  const keysSeen: string[] = [];
  const plain: string[] = [];
  for (const run of analyzed.han) plain.push(...matchHan(run, found, keysSeen, forms).flatMap(removeStopPhrases));
  const pinyinTerms: string[] = [];
  const initialsTerms: string[] = [];
  const prefixTerms = new Set<string>();
  for (const part of analyzed.latin) {
    const bySynonym = matchLatin(part, found, keysSeen, forms);
    const terms = latinPinyinTerms(part);
    pinyinTerms.push(...terms);
    if (part.partial && part.syllables) {
      const last = part.syllables[part.syllables.length - 1];
      for (const t of terms) if (t.endsWith(last)) prefixTerms.add(t);
    }
    // Initials that named a synonym have done their job; as n-grams they would mostly add noise.
    if (!bySynonym) initialsTerms.push(...latinInitialsTerms(part));
  }
  const expansions = [...found].flatMap((s) => s.means);
  const unigramsOf = (texts: string[]): string[] => texts.flatMap((t) => Array.from(t));
  const hanPinyin = plain.flatMap((p) => {
    const s = pinyinOf(p);
    return s.length === 1 ? s : bigrams(p).map((_, i) => s[i] + s[i + 1]);
  });
  const plainBigrams = plain.flatMap(bigrams);
  const groups: TermGroup[] = [
    { terms: plainBigrams.filter((b) => !GENERIC.has(b)), target: 'text', weight: 1 },
    { terms: plainBigrams.filter((b) => GENERIC.has(b)), target: 'text', weight: 0.3 },
    { terms: unigramsOf(plain), target: 'name', weight: 0.35 },
    { terms: keysSeen.flatMap(bigrams), target: 'text', weight: 0.4 },
    // Each phrase a key means weighs the same in total, so a long phrase (养老保险待遇) cannot drown a
    // short one (退休) just by having more bigrams.
    ...expansions.map((phrase): TermGroup => {
      const terms = bigrams(phrase);
      return { terms, target: 'text', weight: 0.9 / Math.max(1, terms.length) };
    }),
    // MiniSearch multiplies a score by the number of query terms matched, so expansions need their
    // characters too, or any plain word with its characters and pinyin would outnumber them.
    { terms: unigramsOf(expansions), target: 'name', weight: 0.1 },
    { terms: hanPinyin, target: 'pinyin', weight: 0.3 },
    { terms: pinyinTerms, target: 'pinyin', weight: 1, prefixTerms, fuzzyFrom: 5 },
    { terms: initialsTerms, target: 'initials', weight: 0.8, prefixTerms: new Set(initialsTerms) },
    { terms: [...analyzed.digits, ...analyzed.latin.map((p) => p.text)], target: 'text', weight: 0.5 },
  ];
  return {
    groups: groups.map((g) => ({ ...g, terms: [...new Set(g.terms)] })).filter((g) => g.terms.length > 0),
    highlightText: [...new Set([...plain, ...keysSeen, ...expansions])],
    highlightPinyin: pinyinTerms.filter((t) => !prefixTerms.has(t)),
    highlightInitials: initialsTerms,
  };
}

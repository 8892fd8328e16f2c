import { initialsOf, isHan, pinyinOf } from '@zsb/domain/search';
import type { QueryPlan } from './query-plan';

/** Per-character readings of a name, computed once at build time for pinyin highlighting. */
export interface NameReading {
  /** Lower-cased, NFKC-normalised characters, same length as the name. */
  chars: string[];
  /** Syllable of each Han character, '' elsewhere. */
  syllables: string[];
}

export function readName(name: string): NameReading {
  // Per UTF-16 unit, so offsets stay those of the original name even where NFKC would change lengths.
  const chars = Array.from({ length: name.length }, (_, i) => name[i].normalize('NFKC').toLowerCase());
  const syllables = chars.map(() => '');
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    pinyinOf(chars.slice(start, end).join('')).forEach((s, k) => (syllables[start + k] = s));
    start = -1;
  };
  chars.forEach((ch, i) => {
    if (isHan(ch)) {
      if (start < 0) start = i;
    } else flush(i);
  });
  flush(chars.length);
  return { chars, syllables };
}

function markAll(marks: boolean[], hay: readonly string[], needle: readonly string[]): void {
  if (needle.length === 0) return;
  for (let i = 0; i + needle.length <= hay.length; i += 1) {
    let ok = true;
    for (let j = 0; j < needle.length && ok; j += 1) ok = hay[i + j] === needle[j];
    if (ok) for (let j = 0; j < needle.length; j += 1) marks[i + j] = true;
  }
}

/** [start, end) ranges of the name that the query matched, merged and in order. */
export function highlightRanges(reading: NameReading, plan: QueryPlan): [number, number][] {
  const marks = reading.chars.map(() => false);
  for (const text of plan.highlightText) {
    const chars = Array.from(text);
    if (chars.length === 1) markAll(marks, reading.chars, chars);
    for (let i = 0; i + 1 < chars.length; i += 1) markAll(marks, reading.chars, chars.slice(i, i + 2));
  }
  const initials = initialsOf(reading.syllables);
  for (let i = 0; i < reading.syllables.length; i += 1) {
    const one = reading.syllables[i];
    if (!one) continue;
    const two = one + (reading.syllables[i + 1] ?? '');
    if (reading.syllables[i + 1] && plan.highlightPinyin.includes(two)) marks[i] = marks[i + 1] = true;
    if (plan.highlightPinyin.length === 1 && plan.highlightPinyin[0] === one) marks[i] = true;
    for (const gram of plan.highlightInitials) {
      if (initials.slice(i, i + gram.length).join('') === gram && reading.syllables[i + gram.length - 1]) {
        for (let k = 0; k < gram.length; k += 1) marks[i + k] = true;
      }
    }
  }
  const ranges: [number, number][] = [];
  marks.forEach((on, i) => {
    if (!on) return;
    const last = ranges[ranges.length - 1];
    if (last && last[1] === i) last[1] = i + 1;
    else ranges.push([i, i + 1]);
  });
  return ranges;
}

import { addDays, addYears, ageOn, dateInYears, dottedDate } from './people';
import type { Rng } from './prng';

/** The seed reads as the library stood on this day: nothing is issued after it. Status is judged against today. */
export const ISSUED_AS_OF = '2026-11-01';

export interface Term {
  issued_on: string;
  /** null: 长期 (no end). */
  valid_until: string | null;
}

const minDate = (a: string, b: string): string => (a < b ? a : b);
const maxDate = (a: string, b: string): string => (a > b ? a : b);

/**
 * The term in force on ISSUED_AS_OF: from the first issue, each term (years; null = 长期) is renewed shortly
 * before it runs out, unless the holder let it lapse (1 - renewChance), which leaves an expired licence.
 */
export function currentTerm(rng: Rng, first: string, terms: readonly (number | null)[], renewChance: number): Term {
  let issued = minDate(first, ISSUED_AS_OF);
  for (let i = 0; ; i++) {
    const years = terms[Math.min(i, terms.length - 1)];
    if (years === null) return { issued_on: issued, valid_until: null };
    const until = addYears(issued, years);
    if (until > ISSUED_AS_OF || !rng.chance(renewChance)) return { issued_on: issued, valid_until: until };
    issued = addDays(until, -rng.int(0, 60));
  }
}

/** 居民身份证法: issued at 16–25 valid 10 years, 26–45 valid 20 years, from 46 长期. Second-generation cards date from 2004. */
export function idCardTerm(birth: string, rng: Rng): Term {
  let issued = minDate(addDays(maxDate(addYears(birth, 16), '2004-03-01'), rng.int(0, 300)), ISSUED_AS_OF);
  for (;;) {
    const age = ageOn(birth, issued);
    const years = age <= 25 ? 10 : age <= 45 ? 20 : null;
    if (years === null) return { issued_on: issued, valid_until: null };
    const until = addYears(issued, years);
    if (until > ISSUED_AS_OF) return { issued_on: issued, valid_until: until };
    issued = addDays(until, -rng.int(0, 60));
  }
}

/** A first-issue date `fromAge`..`toAge` years after birth (not before `notBefore`), or null when that is after ISSUED_AS_OF. */
export function atAge(
  birth: string,
  rng: Rng,
  fromAge: number,
  toAge: number,
  notBefore = '1980-01-01',
): string | null {
  const date = maxDate(addDays(addYears(birth, rng.int(fromAge, toAge)), rng.int(0, 364)), notBefore);
  return date <= ISSUED_AS_OF ? date : null;
}

/** A date from `fromYear` to ISSUED_AS_OF, never before the year the holder turned `minAge`. */
export function since(birthYear: number, rng: Rng, fromYear: number, minAge = 0): string {
  const from = Math.max(fromYear, birthYear + minAge);
  return minDate(dateInYears(rng, from, Math.max(from, Number(ISSUED_AS_OF.slice(0, 4)))), ISSUED_AS_OF);
}

/** 2014.04.09-2034.04.09 or 2014.04.09-长期, as the ID card prints it. */
export const validity = (t: Term): string =>
  `${dottedDate(t.issued_on)}-${t.valid_until ? dottedDate(t.valid_until) : '长期'}`;

/** GB 32100 统一社会信用代码 check character. */
export function creditCodeCheck(first17: string): string {
  const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => s + chars.indexOf(c) * weights[i], 0);
  return chars[(31 - (sum % 31)) % 31];
}

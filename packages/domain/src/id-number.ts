import { parseLocalDate, todayInShanghai, type LocalDate } from './dates';

export type IdNumberProblem = 'format' | 'region' | 'birth-date' | 'checksum';

export type IdNumberCheck =
  | { ok: true; regionCode: string; birthDate: LocalDate; gender: 'male' | 'female' }
  | { ok: false; reason: IdNumberProblem };

// GB 11643-1999: weight of position i is 2^(17-i) mod 11; the check digit maps the sum mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_DIGITS = '10X98765432';

// Province-level codes of GB/T 2260, including 71 台湾, 81 香港, 82 澳门.
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63,
  64, 65, 71, 81, 82,
]);

const FORMAT = /^\d{17}[\dX]$/;
const EARLIEST_BIRTH_DATE = '1900-01-01';

export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('idNumberCheckDigit needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_DIGITS[sum % 11];
}

/**
 * Checks a 18-character 居民身份证号. Residents type a lowercase x and stray spaces, so both are
 * tolerated. `today` (YYYY-MM-DD, Asia/Shanghai) exists for tests; births after it are refused.
 */
export function parseIdNumber(s: string, options: { today?: LocalDate } = {}): IdNumberCheck {
  const id = s.trim().toUpperCase();
  if (!FORMAT.test(id)) return { ok: false, reason: 'format' };
  if (!PROVINCE_CODES.has(Number(id.slice(0, 2)))) return { ok: false, reason: 'region' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const today = options.today ?? todayInShanghai();
  // ISO date strings compare correctly as strings.
  if (parseLocalDate(birthDate) === null || birthDate < EARLIEST_BIRTH_DATE || birthDate > today) {
    return { ok: false, reason: 'birth-date' };
  }
  if (idNumberCheckDigit(id.slice(0, 17)) !== id[17]) return { ok: false, reason: 'checksum' };
  return {
    ok: true,
    regionCode: id.slice(0, 6),
    birthDate,
    gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
  };
}

export function isValidIdNumber(s: string, options: { today?: LocalDate } = {}): boolean {
  return parseIdNumber(s, options).ok;
}

/**
 * 亮证短码: the 8 characters printed under a 亮证码's QR for a clerk to type when they cannot scan. Crockford's
 * base32 alphabet: digits and capitals without I, L, O and U, so what is read off a screen is typed back the same;
 * the look-alikes a person may type anyway (O for 0, I or L for 1) and lower case, spaces, dashes and full-width
 * characters from a Chinese keyboard are taken as the character shown. 32^8 ≈ 1.1 × 10^12 values: the BFF bounds
 * guesses by time, per verifier and overall (bff/src/licences/display-codes.service.ts).
 */
export const SHORT_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHORT_CODE_LENGTH = 8;

const LOOK_ALIKES: Record<string, string> = { O: '0', I: '1', L: '1' };
const SHORT_CODE = new RegExp(`^[${SHORT_CODE_ALPHABET}]{${SHORT_CODE_LENGTH}}$`);

/** The short code in its canonical form (8 capitals and digits), or null when the text cannot be one. */
export function normaliseShortCode(text: string): string | null {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-_.·—–]/g, '')
    .replace(/[OIL]/g, (c) => LOOK_ALIKES[c]);
  return SHORT_CODE.test(compact) ? compact : null;
}

/** How it is printed and read out: two groups of four, `K7QM 3XP2`. */
export function formatShortCode(code: string): string {
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}

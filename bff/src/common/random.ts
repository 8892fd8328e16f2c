import { randomFillSync, randomInt } from 'node:crypto';

// Ids and tokens are drawn from a pool the CSPRNG refills 4 KB at a time, as Node's own randomUUID does: one
// randomBytes call per id cost ~3 µs here, and a 亮证 request takes three or four (2.5% of its CPU).
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;

/** `n` fresh random bytes as base64url; each byte of the pool is handed out once, then zeroed. */
function take(n: number): string {
  if (offset + n > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const text = pool.toString('base64url', offset, offset + n);
  pool.fill(0, offset, offset + n);
  offset += n;
  return text;
}

/** An id nobody can guess or enumerate: 128 random bits, base64url (22 characters). */
export const randomId = (): string => take(16);

/** A secret the bearer proves possession with: 256 random bits, base64url (43 characters). */
export const randomToken = (): string => take(32);

/**
 * A code a person types (digits only, for a phone's number pad): `digits` uniform random digits. 10 digits are
 * 10^10 values, against which a few guesses a day per target are nothing.
 */
export function randomDigits(digits: number): string {
  let out = '';
  while (out.length < digits) out += String(randomInt(0, 1_000_000_000)).padStart(9, '0');
  return out.slice(0, digits);
}

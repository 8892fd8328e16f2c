// How much guessing a secret resists, estimated from the secret alone. Not a proof of randomness (nothing read
// from one value can be): a gate against the mistakes people make when they fill in a production secret by hand —
// one character or byte repeated, a short pattern repeated, a run like abcdef or 0123…, a passphrase where random
// bytes belong, too short.

/** Shannon entropy, in bits per symbol, of the symbols' own frequencies (zero-order). */
function bitsPerSymbol(symbols: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const s of symbols) counts.set(s, (counts.get(s) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / symbols.length) * Math.log2(n / symbols.length);
  return bits;
}

/** The length of the shortest block the sequence repeats (its own length when it repeats nothing). */
export function shortestPeriod(symbols: readonly number[]): number {
  for (let p = 1; p <= symbols.length >> 1; p++) {
    let repeats = true;
    for (let i = p; i < symbols.length && repeats; i++) repeats = symbols[i] === symbols[i - p];
    if (repeats) return p;
  }
  return symbols.length;
}

const onePeriod = (symbols: readonly number[]): number[] => symbols.slice(0, shortestPeriod(symbols));

/**
 * Estimated bits of a secret: the zero-order entropy of one period of the sequence times the period's length,
 * taken for the symbols and for their successive differences, whichever is smaller. A repeated block counts once
 * (abcabcabc… is worth abc); a run counts as its step (abcdef… and 13579… have constant differences). For random
 * symbols the estimate falls a little short of the truth at these lengths, because a short sample repeats some
 * symbols by chance: 32 random hex digits (128 bits) estimate about 116, 32 random bytes (256 bits) about 151.
 */
export function estimatedBits(symbols: readonly number[]): number {
  if (symbols.length < 2) return 0;
  const steps = symbols.slice(1).map((s, i) => s - symbols[i]);
  const of = (seq: readonly number[]): number => {
    const period = onePeriod(seq);
    return bitsPerSymbol(period) * period.length;
  };
  return Math.min(of(symbols), of(steps));
}

// Thresholds, from sampling random secrets (200 000 each): 32 random hex digits estimate 89–128 bits, 24 random
// letters and digits about 95, 32 random bytes 137–160; repeated, patterned or run-like values land under 40.
// Strings: 64 bits passes any random secret of 24 characters or more and the formats issuers use (a WeChat
// AppSecret, a cloud access key secret). Byte keys: 120 bits, well under what 32 random bytes ever score, fails a
// key half of which is zeros (94).
const MIN_STRING_BITS = 64;
const MIN_KEY_BITS = 120;

/** Why a text secret is weak, or null. `minLength` applies to secrets this deployment generates itself. */
export function weaknessOfText(secret: string, minLength: number): string | null {
  const chars = Array.from(secret, (c) => c.codePointAt(0) ?? 0);
  if (chars.length < minLength) return `is shorter than ${minLength} characters`;
  if (estimatedBits(chars) < MIN_STRING_BITS) return 'has too little randomness (a repeated or patterned value)';
  return null;
}

/**
 * Why a binary key is weak, or null: fewer than 32 bytes, a pattern rather than random bytes, or text (every byte
 * printable ASCII: a passphrase encoded as base64 has at most 6.6 bits a byte; 32 random bytes are all printable
 * with probability 1 in 10^14).
 */
export function weaknessOfKeyBytes(key: Uint8Array): string | null {
  if (key.length < 32) return 'is shorter than 32 bytes';
  const bytes = Array.from(key);
  if (bytes.every((b) => b >= 0x20 && b <= 0x7e)) return 'is text encoded as base64, not random bytes';
  if (estimatedBits(bytes) < MIN_KEY_BITS) return 'has too little randomness (a repeated or patterned value)';
  return null;
}

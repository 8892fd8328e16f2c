import { randomDigits, randomId, randomToken } from './random';

describe('random ids and tokens', () => {
  it('are url-safe, of fixed length, and never repeat across many pool refills', () => {
    const ids = Array.from({ length: 50_000 }, randomId);
    expect(ids.every((id) => /^[A-Za-z0-9_-]{22}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const tokens = Array.from({ length: 5_000 }, randomToken);
    expect(tokens.every((t) => /^[A-Za-z0-9_-]{43}$/.test(t))).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('spread over every character, as 128 random bits should (no byte of the pool handed out twice as zeros)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i++) for (const c of randomId().slice(0, 21)) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(64);
    const expected = (20_000 * 21) / 64;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.1);
  });

  it('makes typed codes of exactly the asked number of digits, every digit equally likely', () => {
    const codes = Array.from({ length: 20_000 }, () => randomDigits(10));
    expect(codes.every((c) => /^\d{10}$/.test(c))).toBe(true);
    // 20,000 draws from 10^10 values repeat one by chance about 2% of the time (the birthday bound), so "no repeat"
    // would fail one run in fifty; a stuck or short generator repeats thousands. Four or more repeats by chance: ~1e-9.
    expect(codes.length - new Set(codes).size).toBeLessThan(4);
    const counts = new Array(10).fill(0);
    for (const c of codes) for (const d of c) counts[Number(d)]++;
    for (const n of counts) expect(Math.abs(n - 20_000) / 20_000).toBeLessThan(0.05);
  });
});

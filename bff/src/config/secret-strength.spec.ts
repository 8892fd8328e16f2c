import { randomBytes } from 'node:crypto';
import { estimatedBits, shortestPeriod, weaknessOfKeyBytes, weaknessOfText } from './secret-strength';

const codes = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0) ?? 0);

describe('secret strength', () => {
  it('finds the block a sequence repeats', () => {
    expect(shortestPeriod(codes('abcabcabc'))).toBe(3);
    expect(shortestPeriod(codes('abcabcab'))).toBe(3);
    expect(shortestPeriod(codes('abcdefgh'))).toBe(8);
  });

  it('counts a repeated block once and a run as its step', () => {
    expect(estimatedBits(codes('x'.repeat(40)))).toBe(0);
    expect(estimatedBits(codes('ab'.repeat(20)))).toBe(2);
    expect(estimatedBits(codes('abcdefghijklmnopqrstuvwxyz012345'))).toBeLessThan(10);
    expect(estimatedBits(codes('0123456789abcdef0123456789abcdef'))).toBeLessThan(20);
  });

  it('passes the random secrets operators generate, every time', () => {
    for (let i = 0; i < 2000; i++) {
      expect(weaknessOfText(randomBytes(16).toString('hex'), 32)).toBeNull();
      expect(weaknessOfText(randomBytes(32).toString('base64'), 32)).toBeNull();
      expect(weaknessOfKeyBytes(randomBytes(32))).toBeNull();
    }
  });

  it('refuses short, repeated, patterned and run-like text', () => {
    expect(weaknessOfText('s', 0)).toMatch(/randomness/);
    expect(weaknessOfText(randomBytes(12).toString('hex'), 32)).toMatch(/shorter than 32/);
    for (const weak of [
      'x'.repeat(40),
      'password1234'.repeat(3),
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ',
      '0123456789'.repeat(4),
    ]) {
      expect(weaknessOfText(weak, 32)).toMatch(/randomness/);
    }
  });

  it('refuses byte keys that are one byte, a short pattern, half empty, text or too short', () => {
    const pattern = Buffer.from(Array.from({ length: 32 }, (_, i) => [7, 42, 99, 180][i % 4]));
    expect(weaknessOfKeyBytes(Buffer.alloc(32, 1))).toMatch(/randomness/);
    expect(weaknessOfKeyBytes(pattern)).toMatch(/randomness/);
    expect(weaknessOfKeyBytes(Buffer.concat([randomBytes(16), Buffer.alloc(16)]))).toMatch(/randomness/);
    expect(weaknessOfKeyBytes(Buffer.concat([randomBytes(8), randomBytes(8)]).subarray(0, 16))).toMatch(/32 bytes/);
    expect(weaknessOfKeyBytes(Buffer.from('my-own-very-secret-pii-key-2026!'))).toMatch(/text/);
  });
});

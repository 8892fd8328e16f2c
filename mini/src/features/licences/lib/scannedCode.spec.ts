import { describe, expect, it } from '@jest/globals';
import { scannedCode } from './scannedCode';

const code = `${'A'.repeat(22)}.${'b_-'.repeat(7)}x`;

describe('a scanned 亮证码', () => {
  it('is taken as it is, or out of a link that carries it', () => {
    expect(scannedCode(`  ${code}\n`)).toBe(code);
    expect(scannedCode(`https://example.gov.cn/v?code=${code}`)).toBe(code);
  });

  it('is also its 8-character short code, as a clerk types it', () => {
    expect(scannedCode('K7QM 3XP2')).toBe('K7QM3XP2');
    expect(scannedCode(' k7qm-3xp2 ')).toBe('K7QM3XP2');
    // look-alikes: O for 0, I and l for 1 (the short code has no O, I or L)
    expect(scannedCode('O1lI 3XP2')).toBe('01113XP2');
    expect(scannedCode('K7QM3XP')).toBeNull();
    expect(scannedCode('K7QM3XPU')).toBeNull();
  });

  it('is refused when it is something else (a payment code, a web page)', () => {
    expect(scannedCode('https://www.henan.gov.cn/')).toBeNull();
    expect(scannedCode('281234567890123456')).toBeNull();
    expect(scannedCode('')).toBeNull();
  });
});

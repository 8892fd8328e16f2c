import { describe, expect, it } from '@jest/globals';
import { scannedCode } from './scannedCode';

const code = `${'A'.repeat(22)}.${'b_-'.repeat(7)}x`;

describe('a scanned 亮证码', () => {
  it('is taken as it is, or out of a link that carries it', () => {
    expect(scannedCode(`  ${code}\n`)).toBe(code);
    expect(scannedCode(`https://example.gov.cn/v?code=${code}`)).toBe(code);
  });

  it('is refused when it is something else (a payment code, a web page)', () => {
    expect(scannedCode('https://www.henan.gov.cn/')).toBeNull();
    expect(scannedCode('281234567890123456')).toBeNull();
    expect(scannedCode('')).toBeNull();
  });
});

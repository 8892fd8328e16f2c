import { describe, expect, it } from '@jest/globals';
import { formatDistance } from './distance';

describe('distance text', () => {
  it('says distances in 米 below a kilometre and in 公里 above', () => {
    expect(formatDistance(null)).toBeNull();
    expect(formatDistance(3)).toBe('10 米');
    expect(formatDistance(846)).toBe('850 米');
    expect(formatDistance(1234)).toBe('1.2 公里');
    expect(formatDistance(36_400)).toBe('36 公里');
    expect(formatDistance(Number.NaN)).toBeNull();
  });
});

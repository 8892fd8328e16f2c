import { isMatterCode } from './matter-code';

describe('isMatterCode', () => {
  it('accepts the provincial 6-6-3 form', () => {
    expect(isMatterCode('410500-010203-001')).toBe(true);
  });

  it.each(['410500010203001', '410500-010203-01', 'A10500-010203-001', ' 410500-010203-001', ''])('refuses %p', (s) =>
    expect(isMatterCode(s)).toBe(false),
  );

  it('refuses values that are not strings', () => {
    expect(isMatterCode(410500)).toBe(false);
  });
});

import { ageInYears } from './dates';

describe('ageInYears', () => {
  it('counts a birthday from its own day', () => {
    expect(ageInYears('1966-11-23', '2026-11-22')).toBe(59);
    expect(ageInYears('1966-11-23', '2026-11-23')).toBe(60);
  });

  it('ages someone born on 29 February on 1 March in other years', () => {
    expect(ageInYears('1964-02-29', '2026-02-28')).toBe(61);
    expect(ageInYears('1964-02-29', '2026-03-01')).toBe(62);
  });

  it('refuses something that is not a calendar date', () => {
    expect(() => ageInYears('1966-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

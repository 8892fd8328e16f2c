import fc from 'fast-check';
import { idNumberCheckDigit, isValidIdNumber, parseIdNumber } from './id-number';

const today = '2025-06-30';
const withCheck = (first17: string): string => first17 + idNumberCheckDigit(first17);

describe('parseIdNumber', () => {
  it('accepts the GB 11643 example number and reads birth date and gender from it', () => {
    expect(parseIdNumber('11010519491231002X', { today })).toEqual({
      ok: true,
      regionCode: '110105',
      birthDate: '1949-12-31',
      gender: 'female',
    });
  });

  it('reads an odd 17th digit as male', () => {
    const id = withCheck('41050219900101123');
    expect(parseIdNumber(id, { today })).toMatchObject({ ok: true, gender: 'male', birthDate: '1990-01-01' });
  });

  it('tolerates a lowercase x and surrounding spaces as residents type them', () => {
    expect(isValidIdNumber(' 11010519491231002x ', { today })).toBe(true);
  });

  it.each([
    ['too short', '4105021990010112'],
    ['letters inside', '41050219900A011234'],
    ['X not at the end', '4105021990010112X4'],
    ['15-digit old number', '410502900101123'],
  ])('refuses a malformed number (%s) as format', (_, id) => {
    expect(parseIdNumber(id, { today })).toEqual({ ok: false, reason: 'format' });
  });

  it('refuses a province code that does not exist', () => {
    expect(parseIdNumber(withCheck('99050219900101123'), { today })).toEqual({ ok: false, reason: 'region' });
    expect(parseIdNumber(withCheck('10050219900101123'), { today })).toEqual({ ok: false, reason: 'region' });
  });

  it.each([
    ['February 30th', '41050219900230123'],
    ['February 29th of a common year', '41050220230229123'],
    ['before 1900', '41050218991231123'],
    ['in the future', '41050220250701123'],
    ['month 13', '41050219901301123'],
  ])('refuses a birth date that is not possible (%s)', (_, first17) => {
    expect(parseIdNumber(withCheck(first17), { today })).toEqual({ ok: false, reason: 'birth-date' });
  });

  it('accepts February 29th of a leap year and a birth today', () => {
    expect(isValidIdNumber(withCheck('41050220000229123'), { today })).toBe(true);
    expect(isValidIdNumber(withCheck('41050220250630123'), { today })).toBe(true);
  });

  it('refuses a wrong check digit', () => {
    expect(parseIdNumber('110105194912310021', { today })).toEqual({ ok: false, reason: 'checksum' });
  });
});

const first17 = fc
  .record({
    province: fc.constantFrom('11', '41', '44', '65', '82'),
    rest: fc.stringMatching(/^\d{4}$/),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-06-30T00:00:00Z'),
      noInvalidDate: true,
    }),
    seq: fc.stringMatching(/^\d{3}$/),
  })
  .map(({ province, rest, birth, seq }) => province + rest + birth.toISOString().slice(0, 10).replace(/-/g, '') + seq);

describe('idNumberCheckDigit', () => {
  it('makes every well-formed number with a real birth date valid', () => {
    fc.assert(fc.property(first17, (f) => isValidIdNumber(withCheck(f), { today })));
  });

  it('lets a single mistyped digit be caught by the checksum', () => {
    fc.assert(
      fc.property(first17, fc.nat({ max: 16 }), fc.integer({ min: 1, max: 9 }), (f, pos, delta) => {
        const typo = f.slice(0, pos) + ((Number(f[pos]) + delta) % 10) + f.slice(pos + 1);
        const check = parseIdNumber(typo + idNumberCheckDigit(f), { today });
        return !check.ok;
      }),
    );
  });

  it('refuses input that is not 17 digits', () => {
    expect(() => idNumberCheckDigit('1234')).toThrow(RangeError);
  });
});

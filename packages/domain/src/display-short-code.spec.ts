import { formatShortCode, normaliseShortCode, SHORT_CODE_ALPHABET } from './display-short-code';

describe('亮证短码', () => {
  it('has 32 characters that cannot be mistaken for one another', () => {
    expect(new Set(SHORT_CODE_ALPHABET).size).toBe(32);
    for (const c of 'ILOU') expect(SHORT_CODE_ALPHABET).not.toContain(c);
  });

  it('is printed in two groups of four', () => {
    expect(formatShortCode('K7QM3XP2')).toBe('K7QM 3XP2');
  });

  it.each([
    ['K7QM3XP2', 'K7QM3XP2'],
    ['K7QM 3XP2', 'K7QM3XP2'],
    ['  k7qm-3xp2 ', 'K7QM3XP2'],
    ['k7qm\u30003xp2', 'K7QM3XP2'], // the full-width space of a Chinese keyboard
    ['Ｋ７ＱＭ３ＸＰ２', 'K7QM3XP2'], // full-width letters and digits
    ['OIL0 1ABC', '01101ABC'], // look-alikes read as the digits shown
    ['o1l0-i2b3', '011012B3'],
  ])('reads %p as %p', (typed, canonical) => expect(normaliseShortCode(typed)).toBe(canonical));

  it.each(['K7QM3XP', 'K7QM3XP22', 'K7QM3XPU', 'K7QM3XP!', '', 'abcdefghijklmnop.qrstuvwxyz012345'])(
    'refuses %p',
    (typed) => expect(normaliseShortCode(typed)).toBeNull(),
  );
});

import { describe, expect, it } from '@jest/globals';
import { windowCodeDeadline, windowCodeLeft } from './windowCode';

const asked = Date.parse('2026-12-07T10:30:00+08:00');

describe('the window code as the resident shows it', () => {
  it('lasts as long as the server says, measured on this phone, never longer than 15 minutes', () => {
    expect(windowCodeDeadline('2026-12-07T10:45:00+08:00', asked)).toBe(asked + 15 * 60_000);
    // A phone clock 5 minutes fast: the code looks 5 minutes shorter, never longer.
    expect(windowCodeDeadline('2026-12-07T10:45:00+08:00', asked + 5 * 60_000)).toBe(asked + 15 * 60_000);
    // A phone clock 10 minutes slow: still at most 15 minutes.
    expect(windowCodeDeadline('2026-12-07T10:45:00+08:00', asked - 10 * 60_000)).toBe(asked + 5 * 60_000);
    expect(windowCodeDeadline('not a time', asked)).toBe(asked + 15 * 60_000);
  });

  it('says how long it still works in whole minutes, and nothing once it has run out', () => {
    const deadline = asked + 15 * 60_000;
    expect(windowCodeLeft(deadline, asked)).toBe('还能用 15 分钟');
    expect(windowCodeLeft(deadline, asked + 1000)).toBe('还能用 15 分钟');
    expect(windowCodeLeft(deadline, asked + 13 * 60_000 + 30_000)).toBe('还能用 2 分钟');
    expect(windowCodeLeft(deadline, asked + 14 * 60_000 + 30_000)).toBe('还能用不到 1 分钟');
    expect(windowCodeLeft(deadline, deadline)).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import {
  clockOf,
  dayLabel,
  formatDate,
  formatLongDate,
  formatMoment,
  formatSlotStart,
  formatSlotTime,
  localDateOf,
  nearDayWord,
} from './when';

describe('slot times on the Beijing clock', () => {
  // 2026-05-05 (Tuesday) 22:30 in Beijing is still 5 May, but already 6 May nowhere near; UTC says 14:30.
  const now = Date.parse('2026-05-05T22:30:00+08:00');

  it('reads the time and the date in Beijing whatever the phone zone', () => {
    expect(clockOf('2026-05-06T09:00:00+08:00')).toBe('09:00');
    expect(clockOf('2026-05-06T01:00:00Z')).toBe('09:00');
    expect(localDateOf('2026-05-05T23:30:00+08:00')).toBe('2026-05-05');
    expect(localDateOf('2026-05-05T16:30:00Z')).toBe('2026-05-06');
  });

  it('names the date with its weekday', () => {
    expect(formatDate('2026-05-06')).toBe('5月6日 周三');
    expect(formatDate('2026-05-10')).toBe('5月10日 周日');
    expect(formatDate('not a date')).toBe('not a date');
  });

  it('says 今天, 明天 and 后天 for the next days, and nothing further out or in the past', () => {
    expect(nearDayWord('2026-05-05', now)).toBe('今天');
    expect(nearDayWord('2026-05-06', now)).toBe('明天');
    expect(nearDayWord('2026-05-07', now)).toBe('后天');
    expect(nearDayWord('2026-05-08', now)).toBeNull();
    expect(nearDayWord('2026-05-04', now)).toBeNull();
    expect(dayLabel('2026-05-06', now)).toBe('明天 5月6日 周三');
    expect(dayLabel('2026-05-09', now)).toBe('5月9日 周六');
  });

  it('writes a slot as day and time range', () => {
    expect(formatSlotTime('2026-05-06T09:00:00+08:00', '2026-05-06T09:30:00+08:00', now)).toBe(
      '明天 5月6日 周三 09:00-09:30',
    );
    expect(formatSlotStart('2026-05-11T14:30:00+08:00', now)).toBe('5月11日 周一 14:30');
  });

  it('does not crash on an unreadable time', () => {
    expect(clockOf('soon')).toBe('--:--');
    expect(localDateOf('soon')).toBe('');
  });
});

describe('moments of an application', () => {
  const now = Date.parse('2026-05-06T10:00:00+08:00');

  it('says 今天 for today, the day for this year, and adds the year otherwise', () => {
    expect(formatMoment('2026-05-06T08:05:00+08:00', now)).toBe('今天 08:05');
    expect(formatMoment('2026-05-04T23:30:00+08:00', now)).toBe('5月4日 23:30');
    expect(formatMoment('2025-12-31T16:00:00.000Z', now)).toBe('1月1日 00:00');
    expect(formatMoment('2025-11-03T09:00:00+08:00', now)).toBe('2025年11月3日 09:00');
  });

  it('writes a promised date out in full', () => {
    expect(formatLongDate('2026-05-20')).toBe('2026年5月20日');
  });
});

import { describe, expect, it } from '@jest/globals';
import { formatWeekdays, hoursLines, kindText, nextSlotText } from './centerText';

describe('center text', () => {
  it('groups weekdays as residents read them', () => {
    expect(formatWeekdays([1, 2, 3, 4, 5])).toBe('周一至周五');
    expect(formatWeekdays([6, 7])).toBe('周六、周日');
    expect(formatWeekdays([1, 3, 5])).toBe('周一、周三、周五');
    expect(formatWeekdays([7, 1, 2, 3, 6])).toBe('周一至周三、周六、周日');
    expect(formatWeekdays([1, 2, 3, 4, 5, 6, 7])).toBe('每天');
  });

  it('shows the lunch break between the morning and the afternoon, and the days off', () => {
    expect(
      hoursLines([
        {
          weekdays: [1, 2, 3, 4, 5],
          ranges: [
            ['08:30', '12:00'],
            ['14:30', '17:30'],
          ],
        },
      ]),
    ).toEqual([
      { days: '周一至周五', ranges: '08:30-12:00、14:30-17:30', lunch: '12:00-14:30' },
      { days: '周六、周日', ranges: '休息', lunch: null },
    ]);
  });

  it('adds a late evening to that day instead of listing it as the day’s only hours', () => {
    const lines = hoursLines([
      {
        weekdays: [1, 2, 3, 4, 5],
        ranges: [
          ['08:30', '12:00'],
          ['14:30', '17:30'],
        ],
      },
      { weekdays: [3], ranges: [['17:30', '19:00']] },
      { weekdays: [6], ranges: [['09:00', '12:00']] },
    ]);
    expect(lines).toEqual([
      { days: '周一、周二、周四、周五', ranges: '08:30-12:00、14:30-17:30', lunch: '12:00-14:30' },
      { days: '周三', ranges: '08:30-12:00、14:30-19:00', lunch: '12:00-14:30' },
      { days: '周六', ranges: '09:00-12:00', lunch: null },
      { days: '周日', ranges: '休息', lunch: null },
    ]);
  });

  it('joins ranges that touch: a bank open through noon has no lunch break', () => {
    const [weekend] = hoursLines([
      {
        weekdays: [6, 7],
        ranges: [
          ['12:00', '16:00'],
          ['09:00', '12:00'],
        ],
      },
    ]).slice(-1);
    expect(weekend).toEqual({ days: '周六、周日', ranges: '09:00-16:00', lunch: null });
  });

  it('says nothing when no hours are published', () => {
    expect(hoursLines([])).toEqual([]);
    expect(hoursLines([{ weekdays: [1], ranges: [] }])).toEqual([]);
  });

  it('names every kind, and the next free slot with the places left', () => {
    expect(kindText('bank-point')).toBe('政银通办网点');
    const now = Date.parse('2026-05-05T10:00:00+08:00');
    expect(nextSlotText({ start: '2026-05-06T09:00:00+08:00', end: '2026-05-06T09:30:00+08:00', left: 3 }, now)).toBe(
      '最早可约：明天 5月6日 周三 09:00，还剩 3 个名额',
    );
    expect(nextSlotText(null, now)).toBeNull();
  });
});

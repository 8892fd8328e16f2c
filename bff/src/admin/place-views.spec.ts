import { hoursText, isLate, lunchBreak, weekdaysText } from './place-views';

describe('place views', () => {
  const hall = [
    {
      weekdays: [1, 2, 3, 4, 5],
      ranges: [
        ['08:30', '12:00'],
        ['14:30', '17:30'],
      ] as [string, string][],
    },
    { weekdays: [3], ranges: [['17:30', '19:00']] as [string, string][] },
    { weekdays: [6], ranges: [['09:00', '12:00']] as [string, string][] },
  ];

  it('reads weekdays as a resident would', () => {
    expect(weekdaysText([5, 1, 2, 3, 4])).toBe('周一至周五');
    expect(weekdaysText([6, 7])).toBe('周六、周日');
    expect(weekdaysText([1, 3, 5])).toBe('周一、周三、周五');
  });

  it('writes one line per entry, spots the late evening and the weekday lunch break', () => {
    expect(hoursText(hall)).toEqual(['周一至周五 08:30-12:00, 14:30-17:30', '周三 17:30-19:00', '周六 09:00-12:00']);
    expect(isLate(hall)).toBe(true);
    expect(isLate([hall[0]])).toBe(false);
    expect(lunchBreak(hall)).toBe('12:00-14:30');
    // a bank that runs straight through noon has none
    expect(
      lunchBreak([
        {
          weekdays: [1, 2, 3, 4, 5],
          ranges: [
            ['08:30', '12:00'],
            ['12:00', '17:30'],
          ],
        },
      ]),
    ).toBeNull();
    expect(lunchBreak([{ weekdays: [1, 2, 3, 4, 5, 6, 7], ranges: [['08:00', '20:00']] }])).toBeNull();
  });
});

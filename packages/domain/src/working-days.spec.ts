import fc from 'fast-check';
import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkingCalendar } from './working-days';

// 2024 National Day: 10-01…10-07 off, Sunday 09-29 and Saturday 10-12 worked.
const cal: WorkingCalendar = {
  holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'],
  workdays: ['2024-09-29', '2024-10-12'],
};

describe('working days', () => {
  it('treats weekdays as working, weekends as not, unless the calendar says otherwise', () => {
    expect(isWorkingDay('2024-09-27', cal)).toBe(true);
    expect(isWorkingDay('2024-09-28', cal)).toBe(false);
    expect(isWorkingDay('2024-09-29', cal)).toBe(true);
    expect(isWorkingDay('2024-10-03', cal)).toBe(false);
    expect(isWorkingDay('2024-10-12', cal)).toBe(true);
  });

  it('counts a 5-working-day limit across National Day to the right date', () => {
    // Applied Monday 09-30: counts 10-08, 10-09, 10-10, 10-11, 10-12 (the worked Saturday).
    expect(addWorkingDays('2024-09-30', 5, cal)).toBe('2024-10-12');
  });

  it('does not count the starting day and returns it for zero days', () => {
    expect(addWorkingDays('2024-09-27', 1, cal)).toBe('2024-09-29');
    expect(addWorkingDays('2024-09-28', 0, cal)).toBe('2024-09-28');
  });

  it('counts backwards for negative days', () => {
    expect(addWorkingDays('2024-10-08', -1, cal)).toBe('2024-09-30');
  });

  it('is unaffected by the host time zone because it never builds local Date objects', () => {
    expect(addWorkingDays('2024-03-29', 1, { holidays: [], workdays: [] })).toBe('2024-04-01');
    expect(addWorkingDays('2024-12-31', 1, { holidays: [], workdays: [] })).toBe('2025-01-01');
  });

  it('refuses dates that do not exist', () => {
    expect(() => isWorkingDay('2024-02-30', cal)).toThrow(RangeError);
    expect(() => addWorkingDays('2024/10/01', 1, cal)).toThrow(RangeError);
  });

  const date = fc
    .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

  it('makes workingDaysBetween the inverse of addWorkingDays', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), (start, n) => {
        return workingDaysBetween(start, addWorkingDays(start, n, cal), cal) === n;
      }),
    );
  });

  it('always lands on a working day when moving a nonzero number of days', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 30 }), (start, n) =>
        isWorkingDay(addWorkingDays(start, n, cal), cal),
      ),
    );
  });

  it('counts the working days after the start up to and including the end', () => {
    // 09-29 (worked Sunday), 09-30 and 10-08.
    expect(workingDaysBetween('2024-09-27', '2024-10-08', cal)).toBe(3);
    expect(workingDaysBetween('2024-10-08', '2024-09-27', cal)).toBe(-3);
    expect(workingDaysBetween('2024-10-01', '2024-10-01', cal)).toBe(0);
  });
});

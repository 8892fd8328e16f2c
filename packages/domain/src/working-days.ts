import { fromDayNumber, toDayNumber, weekdayOf, type LocalDate } from './dates';

/**
 * The State Council's holiday arrangement for some years, as data: `holidays` are days off that would
 * otherwise be working days, `workdays` are weekends made working days (调休上班).
 */
export interface WorkingCalendar {
  holidays: readonly LocalDate[];
  workdays: readonly LocalDate[];
}

// Calendars are long-lived and queried day by day, so their lists are turned into sets once.
const compiled = new WeakMap<WorkingCalendar, { holidays: Set<number>; workdays: Set<number> }>();

function compile(cal: WorkingCalendar): { holidays: Set<number>; workdays: Set<number> } {
  let sets = compiled.get(cal);
  if (!sets) {
    sets = { holidays: new Set(cal.holidays.map(toDayNumber)), workdays: new Set(cal.workdays.map(toDayNumber)) };
    compiled.set(cal, sets);
  }
  return sets;
}

function isWorkingDayNumber(day: number, cal: WorkingCalendar): boolean {
  const { holidays, workdays } = compile(cal);
  if (workdays.has(day)) return true;
  if (holidays.has(day)) return false;
  const weekday = weekdayOf(day);
  return weekday !== 0 && weekday !== 6;
}

export function isWorkingDay(date: LocalDate, cal: WorkingCalendar): boolean {
  return isWorkingDayNumber(toDayNumber(date), cal);
}

/**
 * The date `n` working days after `date` (before it when n < 0); `date` itself never counts, so a time
 * limit of 5 working days from a Friday application ends on the following Friday. n = 0 returns `date`.
 */
export function addWorkingDays(date: LocalDate, n: number, cal: WorkingCalendar): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be an integer: ${n}`);
  let day = toDayNumber(date);
  const step = n < 0 ? -1 : 1;
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingDayNumber(day, cal)) left -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Signed working-day distance, the inverse of addWorkingDays: addWorkingDays(a, workingDaysBetween(a, b))
 * is b whenever b is a working day. Forward it counts (a, b]; backward it counts [b, a), negated, because
 * stepping back from a lands on the working days before it.
 */
export function workingDaysBetween(a: LocalDate, b: LocalDate, cal: WorkingCalendar): number {
  const from = toDayNumber(a);
  const to = toDayNumber(b);
  let count = 0;
  if (from <= to) {
    for (let day = from + 1; day <= to; day += 1) if (isWorkingDayNumber(day, cal)) count += 1;
    return count;
  }
  for (let day = to; day < from; day += 1) if (isWorkingDayNumber(day, cal)) count += 1;
  return -count;
}

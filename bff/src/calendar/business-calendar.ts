import { readFileSync } from 'node:fs';
import { toDayNumber, weekdayOf, type LocalDate, type WorkingCalendar } from '@zsb/domain';
import { z } from 'zod';

const dateKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const calendarFile = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      source: z.string(),
      provisional: z.boolean(),
      holidays: z.record(dateKey, z.string().min(1)),
      workdays: z.record(dateKey, z.string().min(1)),
    }),
  ),
});

export type DayKind =
  | { kind: 'workday' }
  | { kind: 'weekend' }
  | { kind: 'holiday'; name: string }
  | { kind: 'adjusted-workday'; name: string };

/**
 * China's public holidays and adjusted working days (调休) from config/holidays-cn.json. A year missing from
 * the file is treated as plain weekdays/weekends, and `covers()` says so, so the slot list can warn instead of
 * silently offering a holiday.
 */
export class BusinessCalendar {
  private readonly holidays = new Map<LocalDate, string>();
  private readonly workdays = new Map<LocalDate, string>();
  private readonly years = new Set<string>();
  readonly provisionalYears: string[] = [];

  constructor(data: unknown) {
    const parsed = calendarFile.parse(data);
    for (const [year, y] of Object.entries(parsed.years)) {
      this.years.add(year);
      if (y.provisional) this.provisionalYears.push(year);
      for (const [d, name] of Object.entries(y.holidays)) this.holidays.set(d, name);
      for (const [d, name] of Object.entries(y.workdays)) this.workdays.set(d, name);
    }
  }

  /** The same days in the shape @zsb/domain's working-day arithmetic takes (promised completion dates). */
  get working(): WorkingCalendar {
    this.workingDays ??= { holidays: [...this.holidays.keys()], workdays: [...this.workdays.keys()] };
    return this.workingDays;
  }

  private workingDays: WorkingCalendar | undefined;

  static fromFile(path: string): BusinessCalendar {
    return new BusinessCalendar(JSON.parse(readFileSync(path, 'utf8')));
  }

  covers(date: LocalDate): boolean {
    return this.years.has(date.slice(0, 4));
  }

  dayKind(date: LocalDate): DayKind {
    const holiday = this.holidays.get(date);
    if (holiday) return { kind: 'holiday', name: holiday };
    const workday = this.workdays.get(date);
    if (workday) return { kind: 'adjusted-workday', name: workday };
    const weekday = weekdayOf(toDayNumber(date));
    return weekday === 0 || weekday === 6 ? { kind: 'weekend' } : { kind: 'workday' };
  }
}

import { fromDayNumber, toDayNumber, todayInShanghai, weekdayOf, type LocalDate } from '@zsb/domain';
import type { CatalogCenter } from '../model/catalog.types';
import type { BusinessCalendar } from './business-calendar';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const MINUTE_MS = 60_000;

/** A center's hours on one day: minute-of-day ranges, or why it is closed. */
export type DayHours = { open: true; ranges: [number, number][] } | { open: false; reason: string };

// Offices (centers, stations) follow the State Council's holiday arrangement; banks and kiosks keep their own hours.
const FOLLOWS_HOLIDAYS = new Set<CatalogCenter['kind']>(['center', 'station']);

export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** ISO weekday 1 (Monday) … 7 (Sunday) of a local date. */
function isoWeekday(date: LocalDate): number {
  return weekdayOf(toDayNumber(date)) || 7;
}

// A snapshot's centers never change (a sync replaces them), so each center's ranges per weekday are worked out once:
// the service map asks for them for 20 places on every answer, and parsing "08:30" each time was a fifth of its CPU.
const weekRanges = new WeakMap<CatalogCenter, [number, number][][]>();

/** The union of every hours entry that includes the weekday, merged where ranges touch or overlap. */
function rangesOn(center: CatalogCenter, weekday: number): [number, number][] {
  let week = weekRanges.get(center);
  if (!week) {
    week = [];
    weekRanges.set(center, week);
  }
  return (week[weekday - 1] ??= mergedRanges(center, weekday));
}

function mergedRanges(center: CatalogCenter, weekday: number): [number, number][] {
  const ranges = center.hours
    .filter((h) => h.weekdays.includes(weekday))
    .flatMap((h) => h.ranges.map(([a, b]) => [minutesOf(a), minutesOf(b)] as [number, number]))
    .sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export function hoursOn(center: CatalogCenter, date: LocalDate, calendar: BusinessCalendar): DayHours {
  const day = calendar.dayKind(date);
  let weekday = isoWeekday(date);
  if (FOLLOWS_HOLIDAYS.has(center.kind)) {
    if (day.kind === 'holiday') return { open: false, reason: `${day.name}放假` };
    // An adjusted working Saturday or Sunday (调休上班) keeps Monday's hours.
    if (day.kind === 'adjusted-workday') weekday = 1;
  }
  const ranges = rangesOn(center, weekday);
  return ranges.length ? { open: true, ranges } : { open: false, reason: weekday >= 6 ? '周末休息' : '当天不对外办公' };
}

/** "08:30-12:00, 14:30-17:30" as shown on a card. */
export function describeRanges(ranges: [number, number][]): string {
  return ranges.map(([a, b]) => `${hhmm(a)}-${hhmm(b)}`).join(', ');
}

/** Local date and minute of day in Asia/Shanghai of an instant. */
export function localParts(ms: number): { date: LocalDate; minute: number } {
  const shifted = ms + SHANGHAI_OFFSET_MS;
  return { date: todayInShanghai(ms), minute: Math.floor((shifted % 86_400_000) / MINUTE_MS) };
}

/** The instant a local date and minute of day in Asia/Shanghai is. */
export function instantOf(date: LocalDate, minute: number): number {
  return toDayNumber(date) * 86_400_000 + minute * MINUTE_MS - SHANGHAI_OFFSET_MS;
}

export function addDays(date: LocalDate, n: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + n);
}

export function isOpenAt(center: CatalogCenter, ms: number, calendar: BusinessCalendar): boolean {
  const { date, minute } = localParts(ms);
  const hours = hoursOn(center, date, calendar);
  return hours.open && hours.ranges.some(([a, b]) => minute >= a && minute < b);
}

/** A local calendar date in Asia/Shanghai written YYYY-MM-DD. */
export type LocalDate = string;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

// Dates are handled as whole days since the epoch in UTC, so the host time zone never shifts a day.
export function parseLocalDate(date: LocalDate): number | null {
  const m = DATE_PATTERN.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 02-30 over to 03-01; a real calendar date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

export function toDayNumber(date: LocalDate): number {
  const day = parseLocalDate(date);
  if (day === null) throw new RangeError(`not a YYYY-MM-DD calendar date: ${date}`);
  return day;
}

export function fromDayNumber(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday.
  return (((day + 4) % 7) + 7) % 7;
}

/** Today's date in Asia/Shanghai (China has no daylight saving time, so a fixed +08:00 is exact). */
export function todayInShanghai(now: number = Date.now()): LocalDate {
  return new Date(now + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/** Whole years from a birth date to `today` (both YYYY-MM-DD); a birthday counts from its own day. */
export function ageInYears(birthDate: LocalDate, today: LocalDate): number {
  toDayNumber(birthDate);
  toDayNumber(today);
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  // MM-DD strings compare as dates within a year; someone born 02-29 turns a year older on 03-01 in other years.
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

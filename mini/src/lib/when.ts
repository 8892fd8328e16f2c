import { parseLocalDate, todayInShanghai } from '@zsb/domain';

// Slot times come as ISO 8601 with +08:00 and days as Asia/Shanghai dates; a resident reads both on the Beijing
// clock whatever time zone the phone is set to (China has no daylight saving time, so +8 h is exact).
const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const WEEKDAY = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const pad = (n: number) => String(n).padStart(2, '0');

function beijing(iso: string): Date | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms + BEIJING_OFFSET_MS);
}

/** 「09:00」 */
export function clockOf(iso: string): string {
  const d = beijing(iso);
  return d ? `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : '--:--';
}

/** The Asia/Shanghai date (YYYY-MM-DD) an ISO time falls on. */
export function localDateOf(iso: string): string {
  const d = beijing(iso);
  return d ? d.toISOString().slice(0, 10) : '';
}

/** 「5月6日 周三」 */
export function formatDate(date: string): string {
  const day = parseLocalDate(date);
  if (day === null) return date;
  const d = new Date(day * 86_400_000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${WEEKDAY[d.getUTCDay()]}`;
}

const NEAR = ['今天', '明天', '后天'];

/** 今天 / 明天 / 后天 for the next days (what residents say), else null. */
export function nearDayWord(date: string, nowMs: number): string | null {
  const day = parseLocalDate(date);
  const today = parseLocalDate(todayInShanghai(nowMs));
  if (day === null || today === null) return null;
  return NEAR[day - today] ?? null;
}

/** 「明天 5月6日 周三」 or 「5月9日 周六」 */
export function dayLabel(date: string, nowMs: number): string {
  const near = nearDayWord(date, nowMs);
  return near ? `${near} ${formatDate(date)}` : formatDate(date);
}

/** 「明天 5月6日 周三 09:00-09:30」 */
export function formatSlotTime(start: string, end: string, nowMs: number): string {
  return `${dayLabel(localDateOf(start), nowMs)} ${clockOf(start)}-${clockOf(end)}`;
}

/** 「明天 5月6日 周三 09:00」 when the end is not known. */
export function formatSlotStart(start: string, nowMs: number): string {
  return `${dayLabel(localDateOf(start), nowMs)} ${clockOf(start)}`;
}

/** 「今天 14:05」「5月6日 14:05」, with the year when it is not this year: when a step of an application happened. */
export function formatMoment(iso: string, nowMs: number): string {
  const date = localDateOf(iso);
  if (!date) return iso;
  const near = nearDayWord(date, nowMs);
  if (near === '今天') return `今天 ${clockOf(iso)}`;
  const [y, m, d] = date.split('-').map(Number);
  const thisYear = localDateOf(new Date(nowMs).toISOString()).slice(0, 4) === String(y);
  return `${thisYear ? '' : `${y}年`}${m}月${d}日 ${clockOf(iso)}`;
}

/** 「2026年5月20日」 for a local date (YYYY-MM-DD). */
export function formatLongDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : date;
}

import type { OpeningHours } from '@zsb/contracts';

// How a place's hours read on the console's 中心 page. Pure.

const DAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];
/** Open past this on some day: 延时服务. */
const LATE_AFTER = '18:00';

/** "周一至周五", "周三", "周六、周日" */
export function weekdaysText(days: readonly number[]): string {
  const sorted = [...days].sort((a, b) => a - b);
  const consecutive = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1);
  if (sorted.length >= 3 && consecutive) return `${DAY[sorted[0]]}至${DAY[sorted[sorted.length - 1]]}`;
  return sorted.map((d) => DAY[d]).join('、');
}

/** One line per entry: "周一至周五 08:30-12:00, 14:30-17:30". */
export function hoursText(hours: readonly OpeningHours[]): string[] {
  return hours.map((h) => `${weekdaysText(h.weekdays)} ${h.ranges.map(([a, b]) => `${a}-${b}`).join(', ')}`);
}

export function isLate(hours: readonly OpeningHours[]): boolean {
  return hours.some((h) => h.ranges.some(([, end]) => end > LATE_AFTER));
}

/**
 * The weekday lunch break: the gap between the morning and the afternoon of the entry that covers Monday. An entry
 * whose morning runs straight into the afternoon (12:00-12:00, a bank's) has none.
 */
export function lunchBreak(hours: readonly OpeningHours[]): string | null {
  const weekday = hours.find((h) => h.weekdays.includes(1) && h.ranges.length >= 2);
  if (!weekday) return null;
  const [[, amEnd], [pmStart]] = weekday.ranges;
  return pmStart > amEnd ? `${amEnd}-${pmStart}` : null;
}

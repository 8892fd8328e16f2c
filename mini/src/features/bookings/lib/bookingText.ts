import type { Booking, BookingStatus } from '@zsb/contracts';
import { clockOf, formatDate, formatSlotTime, localDateOf } from '@/lib/when';

const STATUS: Record<BookingStatus, { text: string; tone: 'ok' | 'done' | 'muted' | 'warn' }> = {
  confirmed: { text: '已预约', tone: 'ok' },
  'checked-in': { text: '已签到', tone: 'done' },
  cancelled: { text: '已取消', tone: 'muted' },
  'no-show': { text: '已爽约', tone: 'warn' },
};

export function statusOf(b: Pick<Booking, 'status' | 'end'>, nowMs: number): { text: string; tone: string } {
  // A confirmed booking whose slot is over and that the server has not yet marked: say so plainly.
  if (b.status === 'confirmed' && Date.parse(b.end) <= nowMs) return { text: '已结束', tone: 'muted' };
  return STATUS[b.status] ?? { text: b.status, tone: 'muted' };
}

/** Still to come: confirmed and not over. */
export function isUpcoming(b: Pick<Booking, 'status' | 'end'>, nowMs: number): boolean {
  return b.status === 'confirmed' && Date.parse(b.end) > nowMs;
}

/** Upcoming first, soonest on top; then the rest, latest on top. */
export function splitBookings(items: readonly Booking[], nowMs: number): { upcoming: Booking[]; past: Booking[] } {
  const upcoming = items.filter((b) => isUpcoming(b, nowMs)).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = items.filter((b) => !isUpcoming(b, nowMs)).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  return { upcoming, past };
}

/** Cancel and reschedule are open until `changeableUntil` (30 minutes before the slot by default). */
export function canChange(b: Pick<Booking, 'status' | 'end' | 'changeableUntil'>, nowMs: number): boolean {
  return isUpcoming(b, nowMs) && Date.parse(b.changeableUntil) > nowMs;
}

export function whenText(b: Pick<Booking, 'start' | 'end'>, nowMs: number): string {
  return formatSlotTime(b.start, b.end, nowMs);
}

/**
 * Plain text to keep (copied to the clipboard): what, when, where, and what to show at the window. The date is
 * written out, never 明天: the note is read again on another day.
 */
export function noteText(b: Booking): string {
  return [
    `预约办理：${b.matterName}`,
    `时间：${formatDate(localDateOf(b.start))} ${clockOf(b.start)}-${clockOf(b.end)}`,
    `地点：${b.centerName}（${b.centerAddress}）`,
    b.centerPhone ? `电话：${b.centerPhone}` : null,
    '请本人带居民身份证按时到窗口，打开“掌上办 - 我的预约”出示签到码。',
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

import type { ClosureReason } from '@zsb/contracts';
import type { Notice } from './waitlist-notices';

// 临时停止服务: a center closed for a period (停电, 装修 …). Pure: which slots a closure takes away, whether a
// period can be closed, and what residents are told when their booking is moved or cancelled because of it.

export const REASON_NAMES: Record<ClosureReason, string> = {
  power: '停电',
  renovation: '装修',
  weather: '恶劣天气',
  other: '临时调整',
};

export const MAX_CLOSURE_DAYS = 31;
/** How far ahead a closure may be decided: beyond it nobody can have booked yet, and plans change. */
export const MAX_CLOSURE_AHEAD_DAYS = 90;
const DAY_MS = 86_400_000;

export interface ClosedPeriod {
  startsAt: Date;
  endsAt: Date;
  reason: ClosureReason;
  note: string;
}

/** Why this period cannot be closed (a message for the operator), or null. */
export function closureProblem(startMs: number, endMs: number, nowMs: number): string | null {
  if (!(endMs > startMs)) return '结束时间应晚于开始时间';
  if (endMs - startMs > MAX_CLOSURE_DAYS * DAY_MS) return `一次最多暂停 ${MAX_CLOSURE_DAYS} 天，更长的请分段安排`;
  if (endMs <= nowMs) return '这段时间已经过去了';
  if (startMs > nowMs + MAX_CLOSURE_AHEAD_DAYS * DAY_MS) return `只能安排 ${MAX_CLOSURE_AHEAD_DAYS} 天内的暂停服务`;
  return null;
}

/** A slot [start, end) that a closure [start, end) touches at all cannot be served. */
export function overlaps(slot: { startMs: number; endMs: number }, c: { startsAt: Date; endsAt: Date }): boolean {
  return slot.startMs < c.endsAt.getTime() && slot.endMs > c.startsAt.getTime();
}

export function closureOf<T extends { startMs: number; endMs: number }>(
  slot: T,
  closures: readonly ClosedPeriod[],
): ClosedPeriod | undefined {
  return closures.find((c) => overlaps(slot, c));
}

/** How a day's closure reads on the day picker: 暂停服务（停电：线路检修）. */
export function closedReason(c: ClosedPeriod): string {
  return `暂停服务（${REASON_NAMES[c.reason]}：${c.note}）`;
}

/** 12月9日 14:30, Beijing time. */
export function shortTime(d: Date): string {
  const b = new Date(d.getTime() + 8 * 3_600_000);
  const hh = String(b.getUTCHours()).padStart(2, '0');
  const mm = String(b.getUTCMinutes()).padStart(2, '0');
  return `${b.getUTCMonth() + 1}月${b.getUTCDate()}日 ${hh}:${mm}`;
}

const why = (centerName: string, c: ClosedPeriod) =>
  `因${REASON_NAMES[c.reason]}（${c.note}），${centerName} ${shortTime(c.startsAt)} 至 ${shortTime(c.endsAt)} 暂停服务`;

/** The booking was moved to the first free slot after the closure: what the booking and the message say. */
export function movedNotice(
  centerName: string,
  c: ClosedPeriod,
  move: { from: Date; to: Date; bookingId: string },
): Notice {
  const { from, to, bookingId } = move;
  return {
    kind: 'center-closure',
    title: '您的预约已改期',
    body: `${why(centerName, c)}。您原定 ${shortTime(from)} 的预约已改到 ${shortTime(to)}；如不方便，可在“我的预约”里改期或取消。`,
    target: `/bookings/${bookingId}`,
  };
}

/** No free slot after the closure in the booking horizon: the booking was cancelled. */
export function cancelledNotice(centerName: string, c: ClosedPeriod, from: Date, bookingId: string): Notice {
  return {
    kind: 'center-closure',
    title: '您的预约已取消',
    body: `${why(centerName, c)}。您原定 ${shortTime(from)} 的预约已为您取消，不影响您以后预约；请另选时间或附近的其他中心。`,
    target: `/bookings/${bookingId}`,
  };
}

/** The waitlist for a closed slot will never move: the entry ends with a reason. */
export function waitlistEndedNotice(centerName: string, c: ClosedPeriod, slot: Date): Notice {
  return {
    kind: 'center-closure',
    title: '您的候补已结束',
    body: `${why(centerName, c)}。您候补的 ${shortTime(slot)} 不再办理，候补已结束；请另选时间或附近的其他中心预约。`,
    target: null,
  };
}

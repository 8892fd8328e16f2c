import type { PersonalRefusal } from './booking-rules';

/** Why a waiter whose turn came could not take the place: the personal rules a booker meets too. */
export type PassOverReason = PersonalRefusal;

export interface Notice {
  kind: string;
  title: string;
  body: string;
  target: string | null;
}

/** The waiter got the freed place: a booking was made for them. */
export function waitlistBookedNotice(bookingId: string): Notice {
  return {
    kind: 'waitlist-booked',
    title: '候补成功，已为您预约',
    body: '您候补的时段有人取消，已自动为您预约。请在“我的预约”查看签到码；如不能前往，请及时取消。',
    target: `/bookings/${bookingId}`,
  };
}

/** The waiter's turn came but a rule stopped the booking, so the place went to the next person: say which rule. */
export function waitlistPassedOverNotice(reason: PassOverReason, maxActive: number): Notice {
  const why: Record<PassOverReason, string> = {
    BOOKING_LIMIT_REACHED: `您当时已有${maxActive}个未完成的预约（同时最多${maxActive}个），不能再自动为您预约`,
    BOOKING_SUSPENDED: '您因多次预约未到，暂时不能在线预约',
    BOOKING_DUPLICATE_MATTER: '这个事项您已经有一个预约了',
  };
  return {
    kind: 'waitlist-skipped',
    title: '候补名额已顺延给下一位',
    body: `您候补的时段有人取消，轮到您时${why[reason]}，名额已按顺序给了下一位，您的候补已结束。如仍需办理，请在“我的预约”里调整后重新预约或候补。`,
    target: null,
  };
}

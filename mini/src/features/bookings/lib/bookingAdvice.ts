import { adviceFor, type AnyErrorCode } from '@/lib/errorAdvice';

/** What a resident can do after a booking refusal; each is a button. */
export type BookingStep = 'waitlist' | 'slots' | 'centers' | 'bookings' | 'identity' | 'mine' | 'retry' | 'call';

export const STEP_LABEL: Record<BookingStep, string> = {
  waitlist: '登记候补',
  slots: '重新选时间',
  centers: '换个办事点',
  bookings: '查看我的预约',
  identity: '去实名认证',
  mine: '去“我的”登录',
  retry: '再试一次',
  call: '拨打 12345 咨询',
};

/** Modal buttons: WeChat refuses showModal with a button of more than 4 characters. */
export const STEP_SHORT: Record<BookingStep, string> = {
  waitlist: '登记候补',
  slots: '重选时间',
  centers: '换办事点',
  bookings: '我的预约',
  identity: '实名认证',
  mine: '去登录',
  retry: '再试一次',
  call: '打电话',
};

export interface BookingAdvice {
  /** One line under the server's message: why, and what to do now. */
  hint: string;
  steps: BookingStep[];
}

const SIGN_IN: BookingAdvice = { hint: '预约要先登录，到“我的”登录后再回来', steps: ['mine'] };

const TABLE: Partial<Record<AnyErrorCode, BookingAdvice>> = {
  BOOKING_SLOT_FULL: {
    hint: '可以选下面其他有空的时段，或者登记候补：有人取消时按顺序为您约上',
    steps: ['waitlist', 'slots'],
  },
  SLOT_TOO_LATE: { hint: '这个时段已经开始或过了当天的预约截止时间，请换个时段', steps: ['slots'] },
  SLOT_NOT_OFFERED: { hint: '这个时段不能预约（可能放假或不在办公时间），请重新选时间', steps: ['slots'] },
  MATTER_NOT_HANDLED: { hint: '请换一个能办这件事的办事点', steps: ['centers'] },
  CENTER_NOT_FOUND: { hint: '这个办事点可能已经调整，请重新选一个', steps: ['centers'] },
  BOOKING_DUPLICATE_MATTER: { hint: '同一件事只能有一个预约，可以到“我的预约”改期或取消原来的', steps: ['bookings'] },
  BOOKING_LIMIT_REACHED: { hint: '可以先到“我的预约”取消不需要的预约，再来预约', steps: ['bookings'] },
  BOOKING_SUSPENDED: { hint: '这段时间可以直接到办事点取号办理，或拨打 12345 咨询', steps: ['call'] },
  BOOKING_NOT_FOUND: { hint: '回到“我的预约”看看现在的预约', steps: ['bookings'] },
  BOOKING_NOT_ACTIVE: { hint: '这个预约已经取消、签到或结束，回到“我的预约”看看', steps: ['bookings'] },
  BOOKING_CHANGE_TOO_LATE: { hint: '来不了或要晚到，请打电话告诉办事点', steps: ['call', 'bookings'] },
  IDEMPOTENCY_KEY_REUSED: { hint: '请重新选一次时段再提交', steps: ['slots'] },
  WAITLIST_NOT_NEEDED: { hint: '这个时段有空位可以直接预约，或者您已经在候补了', steps: ['slots', 'bookings'] },
  WAITLIST_NOT_FOUND: { hint: '回到“我的预约”看看现在的候补', steps: ['bookings'] },
  IDENTITY_REQUIRED: { hint: '预约要用您的实名信息，先完成实名认证，只需一次', steps: ['identity'] },
  AUTH_REQUIRED: SIGN_IN,
  AUTH_TOKEN_INVALID: SIGN_IN,
  REFRESH_TOKEN_INVALID: SIGN_IN,
};

/** Booking-specific advice; other errors (network, server) keep the app's usual advice. */
export function bookingAdviceFor(code: AnyErrorCode | string): BookingAdvice {
  const own = TABLE[code as AnyErrorCode];
  if (own) return own;
  const general = adviceFor(code);
  const steps = general.actions.filter(
    (a): a is 'retry' | 'call' | 'mine' => a === 'retry' || a === 'call' || a === 'mine',
  );
  return { hint: general.hint, steps: steps.length > 0 ? steps : ['call'] };
}

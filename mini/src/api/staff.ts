import type { CheckIn, StaffScopes } from '@zsb/contracts';
import { authed } from './auth';

export type { StaffScopes };

/** 窗口工作人员: the centers a signed-in resident serves, and 签到 of a resident's booking by its QR. */
export const staffApi = {
  me: () => authed<StaffScopes>('GET', '/staff/me'),
  /** STAFF_ONLY (403), CHECK_IN_OTHER_CENTER (403), CHECK_IN_CODE_INVALID (400: unknown, used, or not today). */
  checkIn: (code: string) => authed<CheckIn>('POST', '/staff/check-ins', { body: { code } }),
};

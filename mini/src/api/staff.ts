import type {
  CheckIn,
  IdentitySmsCodeSent,
  StaffScopes,
  WindowIdentityCheck,
  WindowIdentityCheckRequest,
} from '@zsb/contracts';
import { authed } from './auth';

export type { StaffScopes };

/** 窗口工作人员: the centers a signed-in resident serves, 签到 of a booking by its QR, and 窗口核验身份. */
export const staffApi = {
  me: () => authed<StaffScopes>('GET', '/staff/me'),
  /** STAFF_ONLY (403), CHECK_IN_OTHER_CENTER (403), CHECK_IN_CODE_INVALID (400: unknown, used, or not today). */
  checkIn: (code: string) => authed<CheckIn>('POST', '/staff/check-ins', { body: { code } }),
  /** A code to the phone the resident wants on file; the resident reads it out at the window. STAFF_ONLY (403). */
  sendWindowPhoneCode: (phone: string) =>
    authed<IdentitySmsCodeSent>('POST', '/staff/identity-checks/sms-codes', { body: { phone } }),
  /**
   * After comparing the ID card original with the person: WINDOW_CODE_INVALID, SMS_CODE_INVALID, ID_NUMBER_INVALID,
   * VALIDATION_FAILED (400), IDENTITY_MISMATCH (422), IDENTITY_ALREADY_VERIFIED (409), STAFF_ONLY (403).
   */
  checkIdentity: (body: WindowIdentityCheckRequest) =>
    authed<WindowIdentityCheck>('POST', '/staff/identity-checks', { body }),
};

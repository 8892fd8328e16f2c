import type {
  CheckIn,
  IdentitySmsCodeSent,
  StaffReviewAction,
  StaffReviewCase,
  StaffReviewList,
  StaffScopes,
  WindowIdentityCheck,
  WindowIdentityCheckRequest,
} from '@zsb/contracts';
import { authed } from './auth';

export type { StaffScopes };

const seg = encodeURIComponent;

/** 窗口工作人员: the centers a signed-in resident serves, 签到 of a booking by its QR, 窗口核验身份 and 差评整改. */
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
  /** The open 差评 cases of the staff member's centers, overdue first, then by deadline. STAFF_ONLY (403). */
  reviews: () => authed<StaffReviewList>('GET', '/staff/reviews'),
  /**
   * 核实, 整改, 无法整改, 申诉 or 回访 of one case (Idempotency-Key: the same one again when retrying after no answer).
   * REVIEW_STEP_NOT_OPEN (409) when the case is not waiting for it; STAFF_ONLY (403); REVIEW_NOT_FOUND (404).
   */
  reviewAction: (id: string, body: StaffReviewAction, idempotencyKey: string) =>
    authed<StaffReviewCase>('POST', `/staff/reviews/${seg(id)}/actions`, {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
};

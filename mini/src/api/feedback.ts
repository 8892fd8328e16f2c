import type {
  Feedback,
  FeedbackList,
  FeedbackRequest,
  StaffFeedback,
  StaffFeedbackAction,
  StaffFeedbackList,
} from '@zsb/contracts';
import { authed, type TokenOptions } from './auth';

// Ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;
const keyed = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

/**
 * 办不成事 and 咨询 of the signed-in resident (实名 is not needed). Writes carry an Idempotency-Key: send the same one
 * again when retrying the same attempt after no answer, so the BFF answers the first result instead of filing twice.
 */
export const feedbackApi = {
  /** The resident's own cases and questions, newest first. */
  list: (options?: TokenOptions) => authed<FeedbackList>('GET', '/feedback', options),
  /** FEEDBACK_NOT_FOUND (404). */
  detail: (id: string, options?: TokenOptions) => authed<Feedback>('GET', `/feedback/${seg(id)}`, options),
  /**
   * 201 (200 on a replay). VALIDATION_FAILED (400) with `details`; MATTER_NOT_FOUND, APPLICATION_NOT_FOUND,
   * BOOKING_NOT_FOUND, CENTER_NOT_FOUND (404) for a link that is not the resident's or does not exist.
   */
  submit: (body: FeedbackRequest, idempotencyKey: string) =>
    authed<Feedback>('POST', '/feedback', { body, headers: keyed(idempotencyKey) }),
};

/** The 办不成事 and 咨询 queue of a staff member's centers. STAFF_ONLY (403). */
export const staffFeedbackApi = {
  /** Open cases and questions, in the server's order (overdue first). */
  list: () => authed<StaffFeedbackList>('GET', '/staff/feedback'),
  /** 记录办理情况 or 书面答复. FEEDBACK_ANSWERED (409), FEEDBACK_NOT_FOUND (404). */
  act: (id: string, body: StaffFeedbackAction, idempotencyKey: string) =>
    authed<StaffFeedback>('POST', `/staff/feedback/${seg(id)}/actions`, { body, headers: keyed(idempotencyKey) }),
};

import type {
  Review,
  ReviewAnswerRequest,
  ReviewInvitationList,
  ReviewList,
  ReviewRequest,
  ReviewRevision,
} from '@zsb/contracts';
import { authed, type TokenOptions } from './auth';

// Review ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;
const keyed = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey });

/**
 * 好差评 of the signed-in (实名) resident. Writes carry an Idempotency-Key: send the same one again when retrying
 * the same attempt after no answer, so the BFF answers the first result (200) instead of recording a second one.
 */
export const reviewsApi = {
  /** What the resident may rate now. `signIn: false` for a side card that must not leave the page on H5. */
  invitations: (options?: TokenOptions) => authed<ReviewInvitationList>('GET', '/reviews/invitations', options),
  /** The resident's own reviews, newest first. */
  list: (options?: TokenOptions) => authed<ReviewList>('GET', '/reviews', options),
  /** REVIEW_NOT_FOUND (404). */
  detail: (id: string) => authed<Review>('GET', `/reviews/${seg(id)}`),
  /** 201 (200 on a replay). VALIDATION_FAILED with `details`, REVIEW_NOT_OPEN / REVIEW_ALREADY_GIVEN (409). */
  submit: (body: ReviewRequest, idempotencyKey: string) =>
    authed<Review>('POST', '/reviews', { body, headers: keyed(idempotencyKey) }),
  /** The one change of a review: REVIEW_REVISION_USED (409) once it is spent or the period is over. */
  revise: (id: string, body: ReviewRevision, idempotencyKey: string) =>
    authed<Review>('POST', `/reviews/${seg(id)}/revision`, { body, headers: keyed(idempotencyKey) }),
  /** 对整改结果 满意/不满意 (追评), once: REVIEW_STEP_NOT_OPEN (409) when the case is not waiting for it. */
  answer: (id: string, body: ReviewAnswerRequest, idempotencyKey: string) =>
    authed<Review>('POST', `/reviews/${seg(id)}/answer`, { body, headers: keyed(idempotencyKey) }),
};

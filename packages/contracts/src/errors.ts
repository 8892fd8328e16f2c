/**
 * Every error the BFF answers with has this body. `code` is stable and safe to branch on; `message` is plain
 * Chinese for the resident; `requestId` ties the answer to the server's log lines.
 */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  requestId: string;
  /** Per-field problems for VALIDATION_FAILED, in the resident's words. */
  details?: FieldError[];
  /** With BOOKING_SLOT_FULL: the next free slots at this and nearby centers, so a full slot is never a dead end. */
  offers?: import('./bookings').SlotOffer[];
  /** With IDENTITY_PHONE_PROOF_REQUIRED: the phone on file, masked (138****0001), where the next code will go. */
  phoneOnFileMasked?: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export type ErrorCode =
  /** 400: a parameter or body field is missing, malformed, out of range or unknown. */
  | 'VALIDATION_FAILED'
  /** 400: the matter code is not of the catalog's code format. */
  | 'MATTER_CODE_INVALID'
  /** 404: no matter with this code in the current catalog. */
  | 'MATTER_NOT_FOUND'
  /** 404: no service center with this id. */
  | 'CENTER_NOT_FOUND'
  /** 404: no theme with this id. */
  | 'THEME_NOT_FOUND'
  /** 404: no such route. */
  | 'ROUTE_NOT_FOUND'
  /** 400/405/408/413/414/415/431: a request that is malformed (URL, headers, JSON, a body that is not an object) or too large. */
  | 'REQUEST_MALFORMED'
  /** 401: no or unreadable sign-in; sign in again. */
  | 'AUTH_REQUIRED'
  /** 401: the access token expired, was revoked or is not ours. */
  | 'AUTH_TOKEN_INVALID'
  /** 401: a refresh token that is unknown, expired, already used (the whole session is then revoked) or revoked. */
  | 'REFRESH_TOKEN_INVALID'
  /** 401: the WeChat or Alipay login code was refused (expired, used, not from this app). */
  | 'LOGIN_CODE_INVALID'
  /** 403: the route needs a verified (实名) resident. */
  | 'IDENTITY_REQUIRED'
  /** 400: the ID number fails GB 11643 (format, region, birth date or check digit). */
  | 'ID_NUMBER_INVALID'
  /** 422: the identity service says name and ID number do not belong together. */
  | 'IDENTITY_MISMATCH'
  /** 422: name and ID number agree, but the phone is not registered to that person (三要素) nor the one on file. */
  | 'IDENTITY_PHONE_NOT_REGISTERED'
  /**
   * 409: this ID number is already verified with another phone: prove the phone on file (`phoneOnFileMasked`, then
   * POST /me/identity/phone-on-file/sms-codes and /me/identity/phone-on-file) or have it checked at a window.
   */
  | 'IDENTITY_PHONE_PROOF_REQUIRED'
  /** 409: the step that needed the phone on file is gone (timed out or done): submit 实名认证 again. */
  | 'IDENTITY_STEP_EXPIRED'
  /** 409: this account is already verified as another person; it cannot become somebody else. */
  | 'IDENTITY_ALREADY_VERIFIED'
  /** 400: a window identity-check code that is unknown, used or expired. */
  | 'WINDOW_CODE_INVALID'
  /** 400: the SMS code is wrong, expired or for another phone. */
  | 'SMS_CODE_INVALID'
  /** 400: the resident did not agree to the purpose of processing their personal data. */
  | 'CONSENT_REQUIRED'
  /** 404: no such licence of this resident (also when it is someone else's). */
  | 'LICENCE_NOT_FOUND'
  /** 409: the licence is expired or revoked and cannot be shown. */
  | 'LICENCE_NOT_VALID'
  /** 400: a display code that is forged, expired or already used. */
  | 'DISPLAY_CODE_INVALID'
  /** 404: no such consent of this resident. */
  | 'CONSENT_NOT_FOUND'
  /** 400: the matter does not take this licence type as a material. */
  | 'CONSENT_NOT_APPLICABLE'
  /** 400: the center does not handle this matter, or is a self-service kiosk with nothing to book. */
  | 'MATTER_NOT_HANDLED'
  /** 400: no slot starts then at this center: closed day, holiday, outside the hours or the booking horizon. */
  | 'SLOT_NOT_OFFERED'
  /** 409: the slot has started, or today's booking cut-off has passed. */
  | 'SLOT_TOO_LATE'
  /** 409: the slot is full; the body carries `offers` (other slots) and the waitlist is open. */
  | 'BOOKING_SLOT_FULL'
  /** 409: the resident already holds an active booking for this matter. */
  | 'BOOKING_DUPLICATE_MATTER'
  /** 409: the resident holds the maximum number of active bookings. */
  | 'BOOKING_LIMIT_REACHED'
  /** 403: booking is paused for a while after repeated no-shows. */
  | 'BOOKING_SUSPENDED'
  /** 404: no such booking of this resident (also when it is someone else's). */
  | 'BOOKING_NOT_FOUND'
  /** 409: cancelled, checked in or missed: nothing to change. */
  | 'BOOKING_NOT_ACTIVE'
  /** 409: too close to the slot to cancel or reschedule online. */
  | 'BOOKING_CHANGE_TOO_LATE'
  /**
   * 409: many people were changing bookings of the same slots at this moment and this change did not go through
   * even when tried again; nothing was changed. Send it again (Retry-After).
   */
  | 'BOOKING_BUSY'
  /** 422: this Idempotency-Key was already used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** 409: already waiting for this slot, or the slot has free places (book it instead). */
  | 'WAITLIST_NOT_NEEDED'
  /** 404: no such waitlist entry of this resident. */
  | 'WAITLIST_NOT_FOUND'
  /** 403: the route is for window staff. */
  | 'STAFF_ONLY'
  /** 403: only the center's admin (中心管理员) may do this (a 差评's 申诉 or 无法整改). */
  | 'CENTER_ADMIN_ONLY'
  /** 409: the center does not serve residents at that time (临时停止服务: 停电, 装修 …). */
  | 'CENTER_CLOSED'
  /** 403: the console is for county and center admins (县级管理员、中心管理员). */
  | 'ADMIN_ONLY'
  /** 404: no such area, place, grant or list in the caller's area (another county's is not found either). */
  | 'ADMIN_NOT_FOUND'
  /** 403: this role may not grant that role there (a center admin grants only staff and agents of their center). */
  | 'ADMIN_GRANT_NOT_ALLOWED'
  /** 404: no verified resident has this phone number (they sign in and complete 实名 in the app first). */
  | 'ADMIN_PERSON_NOT_FOUND'
  /** 400: the check-in code is unknown, used, cancelled or for another day. */
  | 'CHECK_IN_CODE_INVALID'
  /** 403: the booking is at another center than the staff member's. */
  | 'CHECK_IN_OTHER_CENTER'
  /** 409: the matter cannot be applied for on the phone (not 掌上办); the guide says where to go. */
  | 'FORM_NOT_AVAILABLE'
  /** 404: no such draft of this resident (or it expired after 30 days). */
  | 'DRAFT_NOT_FOUND'
  /** 413: the file is larger than the limit. */
  | 'UPLOAD_TOO_LARGE'
  /** 415: not a JPEG, PNG or WebP image or a PDF by its content (whatever its name says; HEIC cannot be decoded here). */
  | 'UPLOAD_TYPE_NOT_ALLOWED'
  /** 400: the file is empty, damaged, or not what its content claims (e.g. a polyglot). */
  | 'UPLOAD_MALFORMED'
  /** 400: an upload id that is unknown, expired or someone else's. */
  | 'UPLOAD_NOT_FOUND'
  /** 404: GET/DELETE of an upload that is unknown, expired, deleted or someone else's (all answered alike). */
  | 'FILE_NOT_FOUND'
  /** 404: no such application of this resident. */
  | 'APPLICATION_NOT_FOUND'
  /** 409: a licence material needs the resident's consent for this matter first (授权用证). */
  | 'LICENCE_CONSENT_REQUIRED'
  /** 409: nothing is waiting for a 补正, or the answer does not match what was asked. */
  | 'SUPPLEMENT_NOT_REQUESTED'
  /** 404: the number and query code do not match an application (the same whether the number exists or not). */
  | 'PROGRESS_NOT_FOUND'
  /** 404: no such review of this resident, or (staff) no such case at their centers. */
  | 'REVIEW_NOT_FOUND'
  /** 409: this application or visit cannot be rated (not finished, not checked in, or the rating period is over). */
  | 'REVIEW_NOT_OPEN'
  /** 409: it has already been rated; change that rating instead (once). */
  | 'REVIEW_ALREADY_GIVEN'
  /** 409: the one change of a rating is spent, or its period is over. */
  | 'REVIEW_REVISION_USED'
  /** 409: the case is not waiting for this step (an answer before 已整改, a second answer, an action out of turn). */
  | 'REVIEW_STEP_NOT_OPEN'
  /** 404: no such 办不成事 case or question of this resident, or (staff) none at their centers. */
  | 'FEEDBACK_NOT_FOUND'
  /** 409: already answered: nothing more can be recorded on it. */
  | 'FEEDBACK_ANSWERED'
  /**
   * 404: no such 委托 of this person, or it has expired or been revoked, or it does not cover this action: a helper
   * acting outside a 委托 is told no more than that.
   */
  | 'MANDATE_NOT_FOUND'
  /** 409: the 委托 is already revoked or expired. */
  | 'MANDATE_NOT_ACTIVE'
  /** 409: the principal already has the most family members (亲情账号) allowed, or names themself. */
  | 'MANDATE_NOT_ALLOWED'
  /** 400: the helper's QR (邀请码) is unknown or expired. */
  | 'MANDATE_INVITE_INVALID'
  /** 422: the face check did not pass, was for someone else, or was already used or expired. */
  | 'MANDATE_FACE_NOT_PASSED'
  /** 409: the application has no result to hand over yet, or it was handed over already. */
  | 'HANDOVER_NOT_OPEN'
  /** 404: no such 上门服务 request of this resident, or (staff) none at their centers. */
  | 'HOME_VISIT_NOT_FOUND'
  /** 409: the request is not waiting for this step (accepting a declined one, cancelling one already done …). */
  | 'HOME_VISIT_STEP_NOT_OPEN'
  /** 401: a platform callback without a valid signature. */
  | 'CALLBACK_SIGNATURE_INVALID'
  /** 429: too many requests from this client. */
  | 'RATE_LIMITED'
  /** 503: the catalog has never been synced and the platform cannot be reached. */
  | 'CATALOG_UNAVAILABLE'
  /** 502/503: an upstream system failed and nothing could be served in its place. */
  | 'UPSTREAM_UNAVAILABLE'
  /**
   * 503: the BFF's own database cannot be reached (stopped, restarting, failing over, connections refused or ended).
   * Send the same request again in a few seconds (Retry-After), with the same Idempotency-Key: if the connection
   * ended while the change was being committed, that answers what was done instead of doing it twice.
   */
  | 'DATABASE_UNAVAILABLE'
  /** 500: a bug; the request id finds it in the logs. */
  | 'INTERNAL_ERROR';

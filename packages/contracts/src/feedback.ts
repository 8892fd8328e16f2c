// 办不成事 and 咨询: a resident reports what they could not get done, or asks whether they can do a matter; either
// gets a number, an owner (a center), a deadline in working days and a timeline they can follow in 我的反映.

/** 网上办不成 | 窗口办不成 | 多次跑动仍未办成 | 对结果有异议 | 工作人员作风 | 其他 */
export type FeedbackCaseKind =
  'online_failed' | 'window_failed' | 'repeat_visits' | 'result_dispute' | 'staff_conduct' | 'other';

export type FeedbackType = 'case' | 'consultation';

/** 已受理 (waiting for the owner) → 办理中 (the owner recorded progress) → 已答复 (a written answer). */
export type FeedbackState = 'received' | 'handling' | 'answered';

/** POST /api/v1/feedback (Idempotency-Key). Links are optional and must be the resident's own. */
export interface FeedbackRequest {
  type: FeedbackType;
  /** Required for a case; none for a consultation. */
  kind?: FeedbackCaseKind;
  /** A consultation needs the matter it asks about; a case may name one. */
  matterCode?: string;
  applicationId?: string;
  bookingId?: string;
  centerId?: string;
  /** What happened, or the question: 5–1000 characters. */
  text: string;
  /** Up to 3 uploaded photos (cases only). */
  photos: string[];
}

export interface FeedbackStep {
  /** 已受理, 办理中, 已答复 */
  label: string;
  at: string;
  /** The center that acted; null for the system. */
  by: string | null;
  note: string;
}

export interface Feedback {
  id: string;
  /** BC… for a 办不成事 case, ZX… for a consultation: what to quote on the phone. */
  number: string;
  type: FeedbackType;
  kind: FeedbackCaseKind | null;
  /** 网上办不成 …, or 咨询 */
  kindLabel: string;
  /** The matter's name when one is linked. */
  matterName: string | null;
  text: string;
  photoCount: number;
  /** The center that must answer. */
  ownerName: string;
  state: FeedbackState;
  stateLabel: string;
  createdAt: string;
  /** Answer due (end of this day, working days from filing). */
  due: string;
  /** Not answered by `due`: flagged, and the county level is told to follow it up (督办). */
  overdue: boolean;
  steps: FeedbackStep[];
  /** The written answer once 已答复. */
  answer: string | null;
}

/** GET /api/v1/feedback: the resident's own, newest first. */
export interface FeedbackList {
  items: Feedback[];
}

/** What staff see: the resident's masked name, never their phone or ID number. */
export interface StaffFeedback extends Feedback {
  residentNameMasked: string;
  ownerCenterId: string;
}

/** GET /api/v1/staff/feedback: open cases and questions of the staff member's centers, overdue first. */
export interface StaffFeedbackList {
  items: StaffFeedback[];
}

/** POST /api/v1/staff/feedback/:id/actions (Idempotency-Key). */
export interface StaffFeedbackAction {
  /** 'progress' records what is being done (已受理 → 办理中); 'answer' gives the written answer (→ 已答复). */
  action: 'progress' | 'answer';
  note: string;
}

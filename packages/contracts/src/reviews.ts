// 好差评: a resident rates a finished application (一事一评), a visit to a window (一次一评) or a window through its
// printed QR; a bad review becomes a case the office rectifies in the resident's view. The provincial 好差评 system
// holds the evaluations; the BFF answers these shapes from its link to them and its read model.

/** 评价等级: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意 (1–2 are 差评). */
export type ReviewLevel = 1 | 2 | 3 | 4 | 5;
/** The indicator set answered, by channel and version: online-2019 for applications, window-2019 for windows. */
export type IndicatorSetId = 'online-2019' | 'window-2019';
/** 态度不好 | 效率太低 | 材料要求不清楚/反复要求补材料 | 多次跑动 | 系统不好用 | 其他 */
export type BadReason = 'attitude' | 'slow' | 'unclear_materials' | 'repeat_visits' | 'system' | 'other';
export type ReviewCaseState =
  | 'VERIFYING'
  | 'RECTIFYING'
  | 'RECTIFIED'
  | 'FOLLOWED_UP'
  | 'APPEALING'
  | 'INVALID'
  | 'UNRECTIFIABLE_REVIEW'
  | 'UNRECTIFIABLE'
  | 'WITHDRAWN';
export type ReviewCaseEventKind =
  | 'opened'
  | 'verified'
  | 'rectified'
  | 'answered'
  | 'followed_up'
  | 'reopened'
  | 'appealed'
  | 'appeal_decided'
  | 'unrectifiable_claimed'
  | 'unrectifiable_decided'
  | 'withdrawn';

/** What is rated: an application of the resident, a booking they were checked in for, or a window by its QR. */
export type ReviewSubjectRef =
  { kind: 'application'; id: string } | { kind: 'visit'; id: string } | { kind: 'window'; centerId: string };

/** A service the resident may rate now (one per application or visit, open for a configured period). */
export interface ReviewInvitation {
  subject: { kind: 'application' | 'visit'; id: string };
  /** The matter's name. */
  title: string;
  /** The center of a visit; the office of an application; null when unknown. */
  place: string | null;
  /** When the application was 办结/不予受理, or the visit checked in (ISO 8601 +08:00). */
  doneAt: string;
  /** The last moment to rate it. */
  openUntil: string;
}

/** GET /api/v1/reviews/invitations */
export interface ReviewInvitationList {
  items: ReviewInvitation[];
}

/** POST /api/v1/reviews (Idempotency-Key), and the body of a revision (without `subject`). */
export interface ReviewRequest {
  subject: ReviewSubjectRef;
  level: ReviewLevel;
  /** Every indicator of the subject's set, each with a level. */
  indicators: Record<string, ReviewLevel>;
  /** At least one for 不满意/非常不满意; none otherwise. */
  reasons: BadReason[];
  /** 评价内容, up to 500 characters; may be empty. */
  content: string;
  /** Up to 3 uploaded photos (POST /api/v1/uploads with kind photo), by id. */
  photos: string[];
}

export type ReviewRevision = Omit<ReviewRequest, 'subject'>;

/** The resident's answer once a bad review says 已整改 (追评): once; 不满意 reopens the case once. */
export interface ReviewAnswerRequest {
  satisfied: boolean;
  note: string;
}

export interface ReviewCaseStep {
  kind: ReviewCaseEventKind;
  /** 已受理, 已核实, 已整改 … */
  label: string;
  at: string;
  /** The office that acted, or null for the system and the resident. */
  by: string | null;
  /** The finding, what was changed, the answer, a reviewer's reason. */
  note: string;
}

export interface ReviewCase {
  caseNo: string;
  state: ReviewCaseState;
  /** 核实中, 整改中, 已整改, 已回访, 无效差评 … */
  stateLabel: string;
  reopened: boolean;
  steps: ReviewCaseStep[];
  /** 核实回访 due (working days after it was opened), then 整改反馈 due. */
  verifyDue: string;
  rectifyDue: string;
  /** Past a due date with that step not done. */
  overdue: boolean;
  /** The resident may answer 满意/不满意 now (state 已整改 and no answer spent for this round). */
  canAnswer: boolean;
}

export interface Review {
  id: string;
  subject: { kind: 'application' | 'visit' | 'window'; id: string | null; title: string; place: string | null };
  level: ReviewLevel;
  levelLabel: string;
  indicatorSet: IndicatorSetId;
  indicators: Record<string, ReviewLevel>;
  reasons: BadReason[];
  content: string;
  photoCount: number;
  createdAt: string;
  /** Whether the one revision is still available (not used, and the rating period not over). */
  revisable: boolean;
  /** 'pending' until the provincial 好差评 system has it (it is kept and sent when the system is back). */
  delivery: 'pending' | 'delivered';
  /** Done for the resident by an agent or family member (帮办代办); null when they did it themselves. */
  agentName: string | null;
  case: ReviewCase | null;
}

/** GET /api/v1/reviews: the resident's own, newest first. */
export interface ReviewList {
  items: Review[];
}

/** A bad review in a center's queue: what the staff member may see (never the resident's phone or ID number). */
export interface StaffReviewCase {
  id: string;
  centerId: string;
  centerName: string;
  residentNameMasked: string;
  subject: Review['subject'];
  level: ReviewLevel;
  levelLabel: string;
  reasons: BadReason[];
  content: string;
  case: ReviewCase;
  /** Whether the caller may file 申诉 or 无法整改 for it: the center's admin (中心管理员) only. */
  canDispute: boolean;
}

/** GET /api/v1/staff/reviews: the staff member's centers' open cases, overdue first, then by deadline. */
export interface StaffReviewList {
  items: StaffReviewCase[];
}

/** POST /api/v1/staff/reviews/:id/actions (Idempotency-Key): what the office records. */
export type StaffReviewAction =
  | { action: 'verify' | 'rectify' | 'claim_unrectifiable'; note: string }
  | { action: 'follow_up'; note: string; satisfied: boolean; method: 'phone' | 'message' | 'visit' }
  | { action: 'appeal'; note: string; ground: 'mistaken' | 'malicious' };

/** Figures of one center (or, with `centerId` null, of all the asked centers) over a date range. */
export interface ServiceStats {
  centerId: string | null;
  centerName: string;
  /** Services given: applications that ended (办结/不予受理) and visits checked in, in the range. */
  services: number;
  /** Of those, rated by the resident (一事一评, 一次一评). */
  evaluated: number;
  /** 主动评价率 = evaluated / services; null when there were no services. */
  activeRate: number | null;
  /** 未评价率 = 1 − activeRate. */
  unratedRate: number | null;
  /** Services given a default level without the resident rating them: never done here, and never counted as active. */
  defaultApplied: number;
  /** Ratings through a window's printed QR (no service record behind them), counted apart. */
  windowQrReviews: number;
  /** Every rating of the range (services and QR), minus 差评 found 无效 on 申诉. */
  reviews: number;
  /** 好评率: 基本满意 or better / reviews. */
  goodRate: number | null;
  /** 差评 counted (申诉 upheld ones excluded). */
  bad: number;
  /** 差评 excluded after an upheld 申诉 (无效差评). */
  invalid: number;
  /** 差评 rectified (已整改 at least once). 整改率 = rectified / (bad − 无法整改 upheld). */
  rectified: number;
  /** The base of 整改率: 差评 counted minus those upheld as 无法整改 or withdrawn. */
  rectifiable: number;
  rectifyRate: number | null;
  /** 按期整改率: rectified by the 整改 deadline / the same base. */
  rectifiedOnTime: number;
  onTimeRate: number | null;
  /** 回访率: rectified cases with the resident's answer (追评 or 回访) / rectified. */
  followedUp: number;
  followUpRate: number | null;
  /** 回访满意率: satisfied answers / followedUp. */
  satisfied: number;
  satisfiedRate: number | null;
  /** 办不成事 cases and 咨询 filed in the range: received, answered, answered by their deadline. */
  cases: { received: number; answered: number; answeredOnTime: number };
  consultations: { received: number; answered: number; answeredOnTime: number };
}

/** GET /api/v1/staff/service-stats?from=&to=: per center of the caller, then the total. */
export interface ServiceStatsReport {
  from: string;
  to: string;
  items: ServiceStats[];
  total: ServiceStats;
}

// 帮办代办: a principal (委托人) lets a helper act for them — a village agent (帮办代办员) or a family member (亲友) —
// for named matters, for a limited time, with a 委托 the principal can see and revoke. The helper sends requests
// with the X-Acting-For header (ACTING_FOR_HEADER in @zsb/domain) naming the 委托; the BFF then answers them as
// the principal's, within its scope.

/** 帮办代办员 of a station or center | 亲友 the principal named. */
export type MandateKind = 'agent' | 'family';

/** 查询 (read progress and results) | 办理 (also fill and submit, book and cancel, answer 补正). */
export type MandateLevel = 'query' | 'handle';

/**
 * How the principal agreed, kept with the 委托: on their own phone with an SMS code (principal-sms); by reading back
 * a code sent to their registered phone to the helper beside them (readback-sms); at a window with the ID card and
 * a signed 委托书 (window); by face verification (face).
 */
export type MandateGrantedVia = 'principal-sms' | 'readback-sms' | 'window' | 'face';

export type MandateState = 'active' | 'revoked' | 'expired';

export interface MandateMatter {
  code: string;
  name: string;
}

export interface Mandate {
  id: string;
  kind: MandateKind;
  level: MandateLevel;
  /** The matters it covers: the helper can see and do nothing else of the principal's. */
  matters: MandateMatter[];
  /** The principal's e-licence types the helper may attach to applications (each use is in the principal's 用证记录). */
  licenceTypes: { code: string; name: string }[];
  /** Masked: a helper never sees the principal's full name, ID number or phone. */
  principalName: string;
  helperName: string;
  /** An agent's station or center; null for family. */
  centerName: string | null;
  grantedVia: MandateGrantedVia;
  grantedAt: string;
  expiresAt: string;
  revokedAt: string | null;
  state: MandateState;
  /** Which side of it the reader is on. */
  role: 'principal' | 'helper';
}

/** GET /api/v1/mandates: the ones I granted (newest first) and the ones I hold for others. */
export interface MandateList {
  granted: Mandate[];
  held: Mandate[];
  /** The centers and stations where the reader is a 帮办代办员 (empty for almost everyone). */
  agentCenters: { id: string; name: string }[];
}

/** What a helper may be allowed, asked for by either grant path. */
export interface MandateScope {
  level: MandateLevel;
  /** 1–20 matter codes. */
  matterCodes: string[];
  /** 0–10 licence type codes. */
  licenceTypeCodes: string[];
  /** 1–90 days from now. */
  days: number;
}

/**
 * POST /api/v1/mandate-invites: the helper's QR, shown on their phone for the principal to scan. `as`: agent (the
 * helper must be an agent of that center) or family.
 */
export interface MandateInviteRequest {
  as: MandateKind;
  centerId?: string;
}

export interface MandateInvite {
  /** Put into the QR; good for `expiresInSec`, for any number of principals. */
  token: string;
  /** The page the QR opens. */
  path: string;
  expiresInSec: number;
}

/** POST /api/v1/mandate-invites/lookup { token }: who is asking, for the principal to check before agreeing. */
export interface MandateInviteInfo {
  kind: MandateKind;
  helperName: string;
  centerName: string | null;
}

/** POST /api/v1/mandates (Idempotency-Key): the principal, on their own phone, with the SMS code from /mandates/code. */
export interface MandateGrantRequest extends MandateScope {
  inviteToken: string;
  code: string;
}

/**
 * POST /api/v1/mandate-requests: a helper beside a principal without a smartphone enters who they are. A code goes
 * to the phone registered to that ID number (their phone on file, or, for someone new to the app, the phone given
 * here once the identity service confirms it is registered to them). The answer is the same whether or not anyone
 * was found: the helper learns nothing from it.
 */
export interface MandateReadbackRequest extends MandateScope {
  as: MandateKind;
  centerId?: string;
  principalName: string;
  principalIdNumber: string;
  /** Needed only when the principal has never used the app. */
  principalPhone?: string;
}

export interface MandateReadbackSent {
  requestId: string;
  expiresInSec: number;
}

/** What a helper did under a 委托 (代办记录). */
export interface MandateAction {
  at: string;
  helperName: string;
  /** 提交申请, 补正, 预约, 取消预约, 改期, 查看办件 … */
  label: string;
  /** The matter, where the action had one. */
  matterName: string | null;
  /** The application or booking acted on; null where none. */
  subjectId: string | null;
}

export interface MandateActionList {
  items: MandateAction[];
}

/** 帮办代办 figures of one center (or the total) over a date range: what the operator dashboard counts per station. */
export interface AgentStats {
  /** null for the total. */
  centerId: string | null;
  centerName: string;
  /** 委托 granted to the center's agents in the range. */
  mandates: number;
  /** Distinct residents served under them. */
  principals: number;
  /** Applications submitted, windows booked, 补正 answered under them. */
  applications: number;
  bookings: number;
  supplements: number;
  /** The matters handled, most first. */
  matters: { name: string; count: number }[];
  /** Median hours from a 委托 to its first application; null when none was made. */
  medianHoursToApply: number | null;
}

/** GET /api/v1/staff/agent-stats?from=&to= */
export interface AgentStatsReport {
  from: string;
  to: string;
  items: AgentStats[];
  total: AgentStats;
}

/**
 * POST /api/v1/staff/mandates (window staff, Idempotency-Key): a 委托 recorded at a window for someone who cannot
 * receive an SMS. Staff have compared the ID card original with the principal and typed name and ID number from
 * it; the helper, present too, shows their 代办码; the signed paper 委托书 is photographed (uploads by the staff
 * member). Someone new to the app also gives the phone registered to them (checked with the identity service).
 */
export interface MandateWindowRequest extends MandateScope {
  centerId: string;
  principalName: string;
  principalIdNumber: string;
  principalPhone?: string;
  inviteToken: string;
  /** 1–3 photos of the signed 委托书. */
  paperUploadIds: string[];
}

/** What a helper should do next for a principal, most urgent first. */
export type MandateTodoKind = 'supplement' | 'visit-soon' | 'result-ready' | 'visit' | 'in-progress';

export interface MandateTodo {
  kind: MandateTodoKind;
  /** 需要补正 / 明天到窗口 / 结果已出，请交给委托人 / 办理中 … */
  label: string;
  matterName: string;
  subjectKind: 'application' | 'booking';
  subjectId: string;
  /** The booking's start, or when the application last changed. */
  at: string | null;
}

/** GET /api/v1/mandates/workbench: 我代办的 — each principal (by 委托 in force) with what needs doing, most urgent first. */
export interface MandateWorkbench {
  items: { mandate: Mandate; todos: MandateTodo[] }[];
}

/** 上门服务: why the resident cannot come — 年老行动不便 | 残疾 | 重病 | 其他. */
export type HomeVisitReason = 'elderly' | 'disabled' | 'ill' | 'other';

/** 待受理 → 已安排 (with a time) → 已上门; or 未安排 (with the center's reason), or 已取消 by the resident. */
export type HomeVisitState = 'requested' | 'accepted' | 'declined' | 'done' | 'cancelled';

/** POST /api/v1/home-visits (Idempotency-Key; a helper may ask under a 委托 that covers the matter). */
export interface HomeVisitRequest {
  matterCode: string;
  /** The center asked to come: it must handle the matter. */
  centerId: string;
  reason: HomeVisitReason;
  /** What is needed and anything the visitor should know: 5–300 characters. */
  note: string;
  /** Where to come: 5–100 characters. */
  address: string;
}

export interface HomeVisit {
  id: string;
  /** SM…: what to quote on the phone. */
  number: string;
  matterCode: string;
  matterName: string;
  centerId: string;
  centerName: string;
  reason: HomeVisitReason;
  reasonLabel: string;
  note: string;
  address: string;
  state: HomeVisitState;
  stateLabel: string;
  scheduledAt: string | null;
  /** Why it was declined, or the center's note on the visit. */
  answer: string | null;
  requestedAt: string;
  /** The helper who asked, masked; null when the resident asked. */
  askedBy: string | null;
}

export interface HomeVisitList {
  items: HomeVisit[];
}

/** The center's view: who to visit and how to reach them (the center's own staff only). */
export interface StaffHomeVisit extends HomeVisit {
  residentName: string;
  residentPhone: string;
}

export interface StaffHomeVisitList {
  items: StaffHomeVisit[];
}

/** POST /api/v1/staff/home-visits/:id/actions */
export interface StaffHomeVisitAction {
  action: 'accept' | 'decline' | 'done';
  /** accept: when (ISO 8601, within 30 days). */
  scheduledAt?: string;
  /** decline: why, required; done: optional note. */
  answer?: string;
}

/**
 * POST /api/v1/mandates/face (Idempotency-Key): 亲情账号 — a family member binds a principal after the principal's
 * own face was checked on the family member's phone (wx.startFacialRecognitionVerify / Alipay's face check for the
 * principal's name and ID number), whose opaque result is sent here. At most 5 family members at once.
 */
export interface MandateFaceRequest extends MandateScope {
  principalName: string;
  principalIdNumber: string;
  /** Needed only when the principal has never used the app. */
  principalPhone?: string;
  verifyResult: string;
}

/**
 * 交付: a helper hands an application's result to the principal. POST /api/v1/applications/:id/handover-code sends
 * the principal a code naming the helper and the matter; POST /api/v1/applications/:id/handover records it, with
 * that code read back (`code`), or with 1–2 photos of the signed receipt (`signature`) and who received it.
 */
export type HandoverRequest =
  | { method: 'code'; code: string }
  | { method: 'signature'; uploadIds: string[]; receiverName: string; relation: string };

export interface Handover {
  applicationId: string;
  matterName: string;
  method: 'code' | 'signature';
  /** Masked: 委托人本人, or the receiver's name masked with the relation. */
  receiver: string;
  helperName: string;
  at: string;
}

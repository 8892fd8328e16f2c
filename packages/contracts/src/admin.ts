// The operators' console API (/api/v1/admin/…): roles and their areas, the 达标 dashboard the policy assesses
// counties by, the lists behind its figures, people (grant and revoke) and the audit log.

/** 县级管理员 · 中心管理员 · 窗口人员 · 帮办代办员 (GLOSSARY: countyAdmin, centerAdmin, staff, agent). */
export type AdminRole = 'countyAdmin' | 'centerAdmin' | 'staff' | 'agent';

/** One role the person holds and the area it covers: a county, or one center of it. */
export interface AdminScope {
  role: AdminRole;
  county: string;
  /** null for a county admin (the whole county). */
  centerId: string | null;
  centerName: string | null;
  /** The center's township (乡镇/街道); null for a county admin. */
  township: string | null;
}

/** GET /api/v1/admin/me — 403 ADMIN_ONLY for anyone who is neither a county nor a center admin. */
export interface AdminMe {
  /** Masked: 王*国 */
  name: string;
  scopes: AdminScope[];
  /** Roles this person may grant, with the areas they may grant them in. */
  grantable: { role: AdminRole; county: string; centerId: string | null }[];
  /** Whether the audit log is theirs to read (county admins). */
  canReadAudit: boolean;
}

/** GET /api/v1/admin/areas — the caller's area: counties, their townships, and the places in each. */
export interface AdminAreas {
  counties: {
    name: string;
    townships: {
      name: string;
      places: {
        id: string;
        name: string;
        kind: 'center' | 'station' | 'bank-point' | 'kiosk';
        level: 'township' | 'street' | 'village';
      }[];
    }[];
  }[];
}

/** The targets of the 掌上办达标 policy, each counted for a county (or one township) over one month. */
export type TargetKey =
  | 'center-matters'
  | 'mobile-matters'
  | 'immediate-share'
  | 'average-visits'
  | 'active-rating'
  | 'bad-rectified'
  | 'answered-on-time'
  | 'kiosk-coverage';

/** Figures shown beside the targets without a threshold of their own. */
export type IndicatorKey =
  'agent-mandates' | 'agent-applications' | 'bookings' | 'booking-utilisation' | 'no-show-rate';

export type FigureUnit = 'count' | 'percent' | 'visits';

export interface MonthPoint {
  /** YYYY-MM */
  month: string;
  actual: number | null;
}

export interface TargetFigure {
  key: TargetKey;
  /** 乡镇(街道)中心、村(社区)站事项数达标 … as the county reports it */
  name: string;
  /** How it is counted, one sentence in Chinese (shown under the figure). */
  rule: string;
  threshold: number;
  direction: 'atLeast' | 'atMost';
  unit: FigureUnit;
  /** Percent as 0–100 with one decimal; null when there was nothing to count (no service that month). */
  actual: number | null;
  /** null with actual null: neither red nor green. */
  met: boolean | null;
  numerator: number;
  denominator: number;
  /** The six months up to and including this one, oldest first. */
  trend: MonthPoint[];
}

export interface IndicatorFigure {
  key: IndicatorKey;
  name: string;
  rule: string;
  unit: FigureUnit;
  actual: number | null;
  numerator: number;
  denominator: number;
  trend: MonthPoint[];
}

/** One row of the drill-down: a township of the county (or, inside a township, one of its places). */
export interface PlaceFigures {
  /** Township name, or the place's id inside a township. */
  key: string;
  name: string;
  /** Places counted (centers and stations; kiosks and bank points are not assessed by matter count). */
  places: number;
  placesMeetingFloor: number;
  kiosks: number;
  applications: number;
  visits: number;
  /** 主动评价率, percent; null with no service. */
  activeRating: number | null;
  badReviews: number;
  badRectified: number;
  feedback: number;
  feedbackOnTime: number;
  bookings: number;
  noShows: number;
}

/** GET /api/v1/admin/dashboard?county=&township=&month= */
export interface DashboardReport {
  county: string;
  township: string | null;
  /** YYYY-MM (Beijing) */
  month: string;
  /**
   * When the oldest of the counts shown was counted (ISO 8601 +08:00): a running month's counts are kept for up to
   * 5 minutes, a finished month's for up to 6 hours, so an answer may be that old.
   */
  generatedAt: string;
  targets: TargetFigure[];
  indicators: IndicatorFigure[];
  /** By township for a county; by place for a township. */
  places: PlaceFigures[];
}

/** GET /api/v1/admin/dashboard/list?county=&township=&month=&figure= — the rows behind one figure, masked. */
export interface FigureList {
  figure: TargetKey | IndicatorKey;
  title: string;
  columns: { key: string; title: string }[];
  rows: Record<string, string | number | null>[];
  /** Rows in all; `rows` holds at most 500 (the first ones in the list's order). */
  total: number;
}

/** A role held by a person for an area, as the people page lists it. */
export interface PersonGrant {
  /** Opaque; names this grant for revoking it. */
  id: string;
  /** Masked name and phone. */
  name: string;
  phone: string;
  role: AdminRole;
  county: string;
  centerId: string | null;
  centerName: string | null;
  /** ISO 8601 +08:00 */
  grantedAt: string;
}

/** GET /api/v1/admin/people?county=&centerId= */
export interface PersonGrantList {
  items: PersonGrant[];
}

/**
 * POST /api/v1/admin/people — grants a role to a verified resident found by their phone number (they signed in and
 * completed 实名 in the app). A county admin needs `county`; the others need `centerId`. Granting again changes
 * nothing (the same grant is answered); clerk ↔ center admin at one center is a change of role.
 */
export interface PersonGrantRequest {
  phone: string;
  role: AdminRole;
  county?: string;
  centerId?: string;
}

/** One change made through the console: never edited, never deleted. */
export interface AuditEntry {
  id: string;
  /** ISO 8601 +08:00 */
  at: string;
  /** Masked name of who made the change. */
  actor: string;
  /** e.g. people.grant, people.revoke */
  action: string;
  county: string;
  centerId: string | null;
  /** What was changed, masked: 王*国 138****5678 窗口人员 @ 柏庄镇便民服务中心 */
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** GET /api/v1/admin/audit?county=&before= — newest first, 50 a page; `before` is the last entry's id. */
export interface AuditPage {
  items: AuditEntry[];
  nextBefore: string | null;
}

/** 临时停止服务: why a center closes for a while. */
export type ClosureReason = 'power' | 'renovation' | 'weather' | 'other';

/**
 * POST /api/v1/admin/closures (Idempotency-Key) — closes a center for a period. In one transaction every booking
 * in it is moved to the center's first free slot after it (or cancelled when there is none in the booking horizon),
 * each resident is told why, and the waitlist for the period ends with a notice.
 */
export interface ClosureRequest {
  centerId: string;
  /** ISO 8601 with offset; the end is after the start, at most 31 days later. */
  start: string;
  end: string;
  reason: ClosureReason;
  /** What residents are told, e.g. 线路检修停电 (2–60 characters). */
  note: string;
}

export interface Closure {
  id: string;
  centerId: string;
  centerName: string;
  start: string;
  end: string;
  reason: ClosureReason;
  note: string;
  /** Masked name of the admin who decided it. */
  decidedBy: string;
  createdAt: string;
  /** Bookings moved to a later slot, cancelled, and waitlist entries ended. */
  moved: number;
  cancelled: number;
  waitlistEnded: number;
}

/** GET /api/v1/admin/closures?county=&centerId= — newest first. */
export interface ClosureList {
  items: Closure[];
}

/** One place of the area as the console's 中心 page shows it. */
export interface AdminPlace {
  id: string;
  name: string;
  kind: 'center' | 'station' | 'bank-point' | 'kiosk';
  level: 'township' | 'street' | 'village';
  township: string;
  address: string;
  phone: string | null;
  /** 办事窗口 (0 for a kiosk). */
  windows: number;
  matterCount: number;
  /** The policy floor of matters (200/150/40); null for bank points and kiosks. */
  matterFloor: number | null;
  /** Opening hours as the resident reads them, one line per set of weekdays: "周一至周五 08:30-12:00, 14:30-17:30". */
  hours: string[];
  /** Open into the evening on some day (延时服务). */
  lateHours: boolean;
  /** The lunch break on weekdays, "12:00-14:30"; null when there is none. */
  lunchBreak: string | null;
  /** Kinds of service: 帮办代办 (agents granted here), 上门服务 (staffed centers), 自助终端 (a kiosk in the township). */
  services: ('agent' | 'home-visit' | 'kiosk')[];
  /** People holding a role here. */
  staff: number;
  agents: number;
  /** Closures not yet over, earliest first. */
  closures: Closure[];
}

/** GET /api/v1/admin/centers?county=&township= */
export interface AdminPlaceList {
  items: AdminPlace[];
}

/** The work queues across an area: 差评整改, 办不成事, 咨询, 上门服务. */
export type QueueKind = 'review' | 'case' | 'consultation' | 'home-visit';

export interface QueueItem {
  kind: QueueKind;
  id: string;
  /** 差评工单号, BC…/ZX… or the 上门 number. */
  number: string;
  centerId: string;
  centerName: string;
  /** The matter or what was rated. */
  title: string;
  /** The state in Chinese (核实中, 整改中, 办理中, 待安排 …). */
  state: string;
  open: boolean;
  /** ISO 8601 +08:00 */
  filedAt: string;
  /** The last day to answer (YYYY-MM-DD); null where the kind has none. */
  dueOn: string | null;
  overdue: boolean;
  /** Masked name of the staff member it is assigned to. */
  assignee: string | null;
}

/**
 * GET /api/v1/admin/queues?county=&centerId=&kind=&open= — overdue first, then the oldest; at most 500. `open=true`
 * only items still to do, `open=false` only finished ones, no `open` both.
 */
export interface QueueList {
  items: QueueItem[];
  total: number;
}

/**
 * POST /api/v1/admin/queues/assign — gives an item to someone holding a role at its center (a PersonGrant id of
 * a 窗口人员 or 中心管理员 there). Audited; assigning to the same person again changes nothing.
 */
export interface QueueAssignRequest {
  kind: QueueKind;
  id: string;
  grantId: string;
}

/** What residents searched for and found nothing (搜索缺口), across the catalog, the most asked first. */
export interface SearchGap {
  /** As typed, normalised (trimmed, lower case, spaces collapsed, at most 30 characters); every digit shown as *. */
  query: string;
  count: number;
  /** ISO 8601 +08:00 */
  lastAt: string;
}

/** GET /api/v1/admin/search-gaps?days=30 (county admins) — at most 200. */
export interface SearchGapList {
  items: SearchGap[];
  /** The first day counted (YYYY-MM-DD). */
  since: string;
}

/**
 * POST /api/v1/admin/synonyms (county admins, Idempotency-Key) — "when residents say X, search for Y": X a word or
 * phrase (1–20 characters), Y 1–5 phrases that occur in matter names. It takes effect with the next catalog
 * snapshot (the next sync), for everyone: the catalog is the whole city's.
 */
export interface SynonymRequest {
  says: string;
  means: string[];
}

export interface OperatorSynonym {
  id: string;
  says: string;
  means: string[];
  /** Masked name of the county admin who added it, and their county. */
  addedBy: string;
  county: string;
  addedAt: string;
  /** Whether the catalog snapshot now answering searches includes it. */
  inEffect: boolean;
}

/** GET /api/v1/admin/synonyms; DELETE /api/v1/admin/synonyms/:id (204) removes one at the next snapshot. */
export interface SynonymList {
  items: OperatorSynonym[];
}

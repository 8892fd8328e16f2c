// Wire formats of the provincial 好差评 system as CONTRACT.md describes them. snake_case on purpose: the
// platform's names, seen only by the BFF's evaluation adapter.

/** 评价等级: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意; 1–2 are 差评. */
export type EvaluationLevel = 1 | 2 | 3 | 4 | 5;

export const CHANNELS = ['mobile', 'qrcode'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface AffairObject {
  type: 'affair';
  application_no: string;
  matter_code: string;
  matter_name: string;
  office: string;
}

export interface WindowObject {
  type: 'window';
  center_id: string;
  center_name: string;
  window: string | null;
  /** The BFF's booking id when the visit was booked, else null. */
  booking_ref: string | null;
}

export type EvaluationObject = AffairObject | WindowObject;

/** Each indicator set and its codes, in the national 好差评 order. */
export const INDICATOR_SETS = {
  'online-2019': ['overall', 'efficiency', 'guide', 'convenience', 'usability'],
  'window-2019': ['overall', 'efficiency', 'service', 'attitude'],
} as const;
export type IndicatorSet = keyof typeof INDICATOR_SETS;

export const BAD_REASONS = ['attitude', 'slow', 'unclear_materials', 'repeat_visits', 'system', 'other'] as const;
export type BadReason = (typeof BAD_REASONS)[number];

export interface Photo {
  file_name: string;
  content_type: 'image/jpeg' | 'image/png';
  sha256: string;
  size: number;
  content_base64: string;
}

export interface Agent {
  name: string;
  relation: 'agent' | 'family';
}

/** What a revision replaces. */
export interface EvaluationContent {
  level: EvaluationLevel;
  indicators: Record<string, EvaluationLevel>;
  bad_reasons: BadReason[];
  content: string;
  photos: Photo[];
}

export interface EvaluationRequest extends EvaluationContent {
  channel: Channel;
  object: EvaluationObject;
  evaluator: { name: string; id_number: string; phone: string };
  agent: Agent | null;
  indicator_set: IndicatorSet;
}

export const CASE_STATES = [
  'VERIFYING',
  'RECTIFYING',
  'RECTIFIED',
  'FOLLOWED_UP',
  'APPEALING',
  'INVALID',
  'UNRECTIFIABLE_REVIEW',
  'UNRECTIFIABLE',
  'WITHDRAWN',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export type CaseEventKind =
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

export interface CaseActor {
  role: 'system' | 'office' | 'reviewer' | 'evaluator';
  name: string | null;
  office: string | null;
}

export interface CaseEvent {
  event_id: string;
  seq: number;
  kind: CaseEventKind;
  /** The state after this event. */
  state: CaseState;
  at: string;
  actor: CaseActor;
  note: string;
}

export type AppealGround = 'mistaken' | 'malicious';

export interface EvaluationCase {
  case_no: string;
  state: CaseState;
  opened_at: string;
  reopened: boolean;
  answer: null | { satisfied: boolean; via: 'evaluator' | 'office'; at: string };
  appeal: null | {
    ground: AppealGround;
    note: string;
    decided: null | { upheld: boolean; note: string; at: string };
  };
  events: CaseEvent[];
}

export interface Evaluation {
  evaluation_id: string;
  channel: Channel;
  object: EvaluationObject;
  agent: Agent | null;
  /** Masked (张*国): the evaluator's ID number and phone are never answered. */
  evaluator_name: string;
  level: EvaluationLevel;
  indicator_set: IndicatorSet;
  indicators: Record<string, EvaluationLevel>;
  bad_reasons: BadReason[];
  content: string;
  photo_count: number;
  evaluated_at: string;
  revised_at: string | null;
  case: EvaluationCase | null;
}

export type FollowUpMethod = 'phone' | 'message' | 'visit';

/** The body of POST …/case/actions once checked. */
export type CaseActionRequest = { actor: { name: string; office: string }; note: string } & (
  | { action: 'verify' | 'rectify' | 'claim_unrectifiable' }
  | { action: 'follow_up'; satisfied: boolean; method: FollowUpMethod }
  | { action: 'appeal'; ground: AppealGround }
  | { action: 'decide_appeal' | 'decide_unrectifiable'; upheld: boolean }
);

/** The body of POST …/case/answer (追评). */
export interface CaseAnswerRequest {
  satisfied: boolean;
  note: string;
}

/** The body of a status callback: one case event, and the evaluation and case it belongs to. */
export interface EvaluationCallback {
  evaluation_id: string;
  case_no: string;
  event: CaseEvent;
}

/** A row of GET /__sandbox/evaluations. */
export interface EvaluationListing {
  evaluation_id: string;
  idempotency_key: string;
  receipts: number;
  level: EvaluationLevel;
  object_type: EvaluationObject['type'];
  /** application_no, or booking_ref, or center_id for a window visit without a booking. */
  object_ref: string;
  case_state: CaseState | null;
  /** 代评: who rated for the evaluator, as submitted; null when they rated themselves. */
  agent: Evaluation['agent'];
}

// The provincial 好差评 system: the store of record of every evaluation (豫"放管服"组办〔2019〕5号). The BFF submits
// to it, reads cases back and records the office's steps in it; it keeps only links and a read model.
import type {
  BadReason,
  IndicatorSetId,
  ReviewCaseEventKind,
  ReviewCaseState,
  ReviewLevel,
  StaffReviewAction,
} from '@zsb/contracts';

export type EvaluationObject =
  | { type: 'affair'; applicationNo: string; matterCode: string; matterName: string; office: string }
  | { type: 'window'; centerId: string; centerName: string; window: string | null; bookingRef: string | null };

export interface EvaluationPhoto {
  fileName: string;
  contentType: 'image/jpeg' | 'image/png';
  sha256: string;
  size: number;
  content: Buffer;
}

export interface EvaluationRating {
  level: ReviewLevel;
  indicators: Record<string, ReviewLevel>;
  badReasons: BadReason[];
  content: string;
  photos: EvaluationPhoto[];
}

export interface EvaluationSubmission extends EvaluationRating {
  channel: 'mobile' | 'qrcode';
  object: EvaluationObject;
  evaluator: { name: string; idNumber: string; phone: string };
  agent: null | { name: string; relation: 'agent' | 'family' };
  indicatorSet: IndicatorSetId;
}

export interface EvaluationCaseEvent {
  eventId: string;
  seq: number;
  kind: ReviewCaseEventKind;
  state: ReviewCaseState;
  at: Date;
  actor: { role: 'system' | 'office' | 'reviewer' | 'evaluator'; name: string | null; office: string | null };
  note: string;
}

export interface EvaluationCase {
  caseNo: string;
  state: ReviewCaseState;
  openedAt: Date;
  reopened: boolean;
  /** The resident's last answer to a rectification (their 追评, or as staff recorded it at 回访). */
  answer: { satisfied: boolean } | null;
  events: EvaluationCaseEvent[];
}

export interface EvaluationRecord {
  evaluationId: string;
  level: ReviewLevel;
  case: EvaluationCase | null;
}

export type OfficeAction = StaffReviewAction & { actor: { name: string; office: string } };

export abstract class EvaluationSystem {
  /** The same idempotency key always answers the first evaluation and records nothing twice. */
  abstract submit(submission: EvaluationSubmission, idempotencyKey: string): Promise<EvaluationRecord>;
  abstract get(evaluationId: string): Promise<EvaluationRecord>;
  abstract revise(evaluationId: string, rating: EvaluationRating, idempotencyKey: string): Promise<EvaluationRecord>;
  abstract answer(
    evaluationId: string,
    answer: { satisfied: boolean; note: string },
    idempotencyKey: string,
  ): Promise<EvaluationRecord>;
  /** An office step; a step the case is not waiting for is refused (UpstreamError 'refused'). */
  abstract act(evaluationId: string, action: OfficeAction, idempotencyKey: string): Promise<EvaluationRecord>;
}

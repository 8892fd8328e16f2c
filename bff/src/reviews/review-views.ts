import type {
  BadReason,
  IndicatorSetId,
  Review,
  ReviewCase,
  ReviewCaseEventKind,
  ReviewCaseState,
  ReviewLevel,
} from '@zsb/contracts';
import {
  CASE_EVENT_LABELS,
  CASE_STATE_LABELS,
  reviewLevelLabel,
  todayInShanghai,
  type WorkingCalendar,
} from '@zsb/domain';
import { toShanghaiIso } from '../common/time';
import { caseDeadlines, caseOverdue, mayAnswer, type CaseDeadlines } from './review-rules';
import type { ReviewRow } from './reviews.repository';

/** A case event as stored in the read model (its time as an ISO string). */
interface StoredEvent {
  seq: number;
  kind: ReviewCaseEventKind;
  state: ReviewCaseState;
  at: string;
  actor: { role: string; name: string | null; office: string | null };
  note: string;
}

export interface ViewContext {
  calendar: WorkingCalendar;
  days: { verifyDays: number; rectifyDays: number };
  now: Date;
  pending: boolean;
}

export function deadlinesOf(row: ReviewRow, ctx: Pick<ViewContext, 'calendar' | 'days'>): CaseDeadlines | null {
  return row.case_opened_at
    ? caseDeadlines(todayInShanghai(row.case_opened_at.getTime()), ctx.calendar, ctx.days)
    : null;
}

/** The case as the resident and staff read it: the office's steps, never who at the office by name. */
export function toCase(row: ReviewRow, ctx: Pick<ViewContext, 'calendar' | 'days' | 'now'>): ReviewCase | null {
  const deadlines = deadlinesOf(row, ctx);
  if (!row.case_no || !row.case_state || !deadlines) return null;
  const state = row.case_state as ReviewCaseState;
  const events = (row.case_events as StoredEvent[]).slice().sort((a, b) => a.seq - b.seq);
  return {
    caseNo: row.case_no,
    state,
    stateLabel: CASE_STATE_LABELS[state],
    reopened: row.case_reopened,
    steps: events.map((e) => ({
      kind: e.kind,
      label: CASE_EVENT_LABELS[e.kind],
      at: toShanghaiIso(new Date(e.at)),
      by: e.actor.role === 'office' || e.actor.role === 'reviewer' ? e.actor.office : null,
      note: e.note,
    })),
    verifyDue: deadlines.verifyDue,
    rectifyDue: deadlines.rectifyDue,
    overdue: caseOverdue(state, deadlines, todayInShanghai(ctx.now.getTime())),
    canAnswer: mayAnswer(state, row.answers, row.case_reopened),
  };
}

export function toReview(row: ReviewRow, content: string, ctx: ViewContext): Review {
  const level = row.level as ReviewLevel;
  return {
    id: row.id,
    subject: { kind: row.subject_kind, id: row.subject_id, title: row.title, place: row.place },
    level,
    levelLabel: reviewLevelLabel(level),
    indicatorSet: row.indicator_set as IndicatorSetId,
    indicators: row.indicators as Record<string, ReviewLevel>,
    reasons: row.reasons as BadReason[],
    content,
    photoCount: (row.photos as string[]).length,
    createdAt: toShanghaiIso(row.created_at),
    revisable: !row.revised && ctx.now.getTime() <= row.open_until.getTime(),
    delivery: ctx.pending || !row.evaluation_id ? 'pending' : 'delivered',
    agentName: row.agent_name,
    case: toCase(row, ctx),
  };
}

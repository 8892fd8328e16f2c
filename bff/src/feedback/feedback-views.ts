import type { Feedback, FeedbackCaseKind, FeedbackState } from '@zsb/contracts';
import { FEEDBACK_STATE_LABELS, feedbackKindLabel } from '@zsb/domain';
import { toShanghaiIso } from '../common/time';
import { isOverdue } from './feedback-rules';
import type { FeedbackEventRow, FeedbackRow } from './feedback.repository';

export interface FeedbackViewContext {
  today: string;
  decrypt(text: string): string;
  centerName(id: string): string | null;
  matterName(code: string): string | null;
}

/** A filing as the resident reads it (staff get the same plus a masked name): steps by center, never by person. */
export function toFeedback(row: FeedbackRow, events: FeedbackEventRow[], ctx: FeedbackViewContext): Feedback {
  const kind = row.kind as FeedbackCaseKind | null;
  const state = row.state as FeedbackState;
  return {
    id: row.id,
    number: row.number,
    type: row.type,
    kind,
    kindLabel: feedbackKindLabel(kind),
    matterName: row.matter_code ? ctx.matterName(row.matter_code) : null,
    text: ctx.decrypt(row.text_enc),
    photoCount: (row.photos as string[]).length,
    ownerName: ctx.centerName(row.owner_center_id) ?? '便民服务中心',
    state,
    stateLabel: FEEDBACK_STATE_LABELS[state],
    createdAt: toShanghaiIso(row.created_at),
    due: row.due_on,
    overdue: isOverdue(state, row.due_on, ctx.today),
    steps: events.map((e) => ({
      label: FEEDBACK_STATE_LABELS[e.state as FeedbackState] ?? e.state,
      at: toShanghaiIso(e.at),
      by: e.center_id ? ctx.centerName(e.center_id) : null,
      note: ctx.decrypt(e.note_enc),
    })),
    answer: row.answer_enc ? ctx.decrypt(row.answer_enc) : null,
  };
}

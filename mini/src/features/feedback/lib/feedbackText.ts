import type { Feedback, FeedbackState } from '@zsb/contracts';
import { FEEDBACK_STATE_LABELS, feedbackKindLabel } from '@zsb/domain';
import { formatLongDate, localDateOf } from '@/lib/when';

// How a case or question reads in 我的反映 and on its page.

export type Tone = 'ok' | 'info' | 'warn' | 'bad';

export const OVERDUE_TEXT = '已超期（已转县级督办）';

export function kindText(f: Pick<Feedback, 'kind' | 'type'>): string {
  return f.type === 'consultation' ? '咨询' : feedbackKindLabel(f.kind);
}

export function stateText(state: FeedbackState): string {
  return FEEDBACK_STATE_LABELS[state] ?? state;
}

/** 已答复 green; an overdue one red; 办理中 blue; waiting for its owner amber. */
export function stateTone(f: Pick<Feedback, 'state' | 'overdue'>): Tone {
  if (f.state === 'answered') return 'ok';
  if (f.overdue) return 'bad';
  return f.state === 'handling' ? 'info' : 'warn';
}

/** 「2026年5月20日前」: the answer is due by the end of that day. */
export function dueText(due: string): string {
  const date = localDateOf(due);
  return date ? `${formatLongDate(date)}前` : due;
}

/** Whether the answer is still to come and late (the server decides 超期; an answered one is never flagged). */
export function showsOverdue(f: Pick<Feedback, 'state' | 'overdue'>): boolean {
  return f.overdue && f.state !== 'answered';
}

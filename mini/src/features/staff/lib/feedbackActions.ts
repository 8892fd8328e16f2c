import type { FeedbackState, StaffFeedbackAction } from '@zsb/contracts';

// 办不成事 and 咨询 on the center's side: what may be recorded now, and the body that records it.

export type FeedbackActionKind = StaffFeedbackAction['action'];

export const FEEDBACK_ACTION_LABEL: Record<FeedbackActionKind, string> = {
  progress: '记录办理情况',
  answer: '书面答复',
};

/** What the note box asks for each action; the resident reads it in 我的反映. */
export const FEEDBACK_NOTE_LABEL: Record<FeedbackActionKind, string> = {
  progress: '办理情况',
  answer: '答复内容',
};

export const MAX_FEEDBACK_NOTE = 1000;

/** Until it is answered, progress may be recorded (more than once) and the written answer given; then nothing. */
export function allowedFeedbackActions(state: FeedbackState): FeedbackActionKind[] {
  return state === 'answered' ? [] : ['progress', 'answer'];
}

export function feedbackNoteProblem(action: FeedbackActionKind, note: string): string | null {
  const n = [...note.trim()].length;
  if (n === 0) return `请填写${FEEDBACK_NOTE_LABEL[action]}`;
  if (n > MAX_FEEDBACK_NOTE) return `最多 ${MAX_FEEDBACK_NOTE} 个字`;
  return null;
}

/** The body to send, or null while the note is missing or too long. */
export function buildFeedbackAction(action: FeedbackActionKind, note: string): StaffFeedbackAction | null {
  return feedbackNoteProblem(action, note) ? null : { action, note: note.trim() };
}

// 办不成事 and 咨询: the kinds a resident chooses from and the words of each state.

import type { FeedbackCaseKind, FeedbackState } from '@zsb/contracts';

export const FEEDBACK_CASE_KINDS: readonly { code: FeedbackCaseKind; label: string; hint: string }[] = [
  { code: 'online_failed', label: '网上办不成', hint: '在手机或网上办不下去、提交不了' },
  { code: 'window_failed', label: '窗口办不成', hint: '到了窗口却办不了' },
  { code: 'repeat_visits', label: '多次跑动仍未办成', hint: '跑了好几趟还没办完' },
  { code: 'result_dispute', label: '对结果有异议', hint: '不认可办理结果' },
  { code: 'staff_conduct', label: '工作人员作风', hint: '推诿、刁难、态度差' },
  { code: 'other', label: '其他', hint: '其他办事难题' },
];

export function feedbackKindLabel(kind: FeedbackCaseKind | null): string {
  return kind ? (FEEDBACK_CASE_KINDS.find((k) => k.code === kind)?.label ?? '其他') : '咨询';
}

export const FEEDBACK_STATE_LABELS: Readonly<Record<FeedbackState, string>> = {
  received: '已受理',
  handling: '办理中',
  answered: '已答复',
};

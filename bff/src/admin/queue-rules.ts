import type { QueueItem, QueueKind } from '@zsb/contracts';

// The county's work queues (差评整改, 办不成事, 咨询, 上门服务) as one list: what each state is called, which are still
// open, and the order an operator works them in. Pure.

export const KIND_NAMES: Record<QueueKind, string> = {
  review: '差评整改',
  case: '办不成事',
  consultation: '咨询',
  'home-visit': '上门服务',
};

const REVIEW_STATES: Record<string, { name: string; open: boolean }> = {
  VERIFYING: { name: '核实中', open: true },
  RECTIFYING: { name: '整改中', open: true },
  RECTIFIED: { name: '已整改待回访', open: true },
  FOLLOWED_UP: { name: '已回访', open: false },
  APPEALING: { name: '申诉中', open: true },
  INVALID: { name: '申诉成立', open: false },
  UNRECTIFIABLE_REVIEW: { name: '无法整改复核中', open: true },
  UNRECTIFIABLE: { name: '无法整改', open: false },
  WITHDRAWN: { name: '已撤回', open: false },
};
const FEEDBACK_STATES: Record<string, { name: string; open: boolean }> = {
  received: { name: '已受理', open: true },
  handling: { name: '办理中', open: true },
  answered: { name: '已答复', open: false },
};
const VISIT_STATES: Record<string, { name: string; open: boolean }> = {
  requested: { name: '待安排', open: true },
  accepted: { name: '已安排', open: true },
  declined: { name: '已婉拒', open: false },
  done: { name: '已上门', open: false },
  cancelled: { name: '已取消', open: false },
};

export function stateOf(kind: QueueKind, state: string | null): { name: string; open: boolean } {
  const table = kind === 'review' ? REVIEW_STATES : kind === 'home-visit' ? VISIT_STATES : FEEDBACK_STATES;
  return table[state ?? ''] ?? { name: '待建工单', open: true };
}

/** Late: still open after the last day to answer (Beijing dates compare as text). */
export function isOverdue(open: boolean, dueOn: string | null, today: string): boolean {
  return open && dueOn !== null && dueOn < today;
}

/** Overdue first, then open before closed, then the earliest due, then the oldest. */
export function byUrgency(a: QueueItem, b: QueueItem): number {
  return (
    Number(b.overdue) - Number(a.overdue) ||
    Number(b.open) - Number(a.open) ||
    (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999') ||
    a.filedAt.localeCompare(b.filedAt)
  );
}

// The 工作队列 page's words and choices: kinds in Chinese, the due date, who an item can be given to.
import type { PersonGrant, QueueItem, QueueKind } from '@zsb/contracts';

export const QUEUE_KIND_NAME: Record<QueueKind, string> = {
  review: '差评整改',
  case: '办不成事',
  consultation: '咨询',
  'home-visit': '上门服务',
};

export const QUEUE_KIND_COLOR: Record<QueueKind, string> = {
  review: 'volcano',
  case: 'magenta',
  consultation: 'blue',
  'home-visit': 'cyan',
};

export const QUEUE_KINDS: QueueKind[] = ['review', 'case', 'consultation', 'home-visit'];

/** The kind filter: 全部 (no kind sent) then each kind. */
export const kindOptions = (): { value: QueueKind | ''; label: string }[] => [
  { value: '', label: '全部' },
  ...QUEUE_KINDS.map((k) => ({ value: k, label: QUEUE_KIND_NAME[k] })),
];

/** The last day to answer as the table shows it (2026-12-09, or 无时限), and whether to mark it 已超期 in red. */
export function dueLabel(item: Pick<QueueItem, 'dueOn' | 'overdue' | 'open'>): { text: string; overdue: boolean } {
  if (!item.dueOn) return { text: '无时限', overdue: false };
  return { text: item.dueOn, overdue: item.overdue && item.open };
}

/** Who an item at `centerId` can be given to: 窗口人员 and 中心管理员 of that center, staff first. */
export function assignees(people: PersonGrant[], centerId: string): PersonGrant[] {
  const rank = (p: PersonGrant) => (p.role === 'staff' ? 0 : 1);
  return people
    .filter((p) => p.centerId === centerId && (p.role === 'staff' || p.role === 'centerAdmin'))
    .sort((a, b) => rank(a) - rank(b));
}

/** What the table says when a filter finds nothing. */
export function emptyText(kind: QueueKind | '', open: boolean): string {
  if (!open) return kind ? `这里还没有${QUEUE_KIND_NAME[kind]}` : '这里还没有工单';
  return kind ? `当前没有待办的${QUEUE_KIND_NAME[kind]}` : '当前没有待办';
}

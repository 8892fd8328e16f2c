import type { ApplicationStatus } from '@zsb/contracts';
import type { ApprovalStatus } from '../upstream/approval/approval.port';

const FROM_WIRE: Record<ApprovalStatus, ApplicationStatus> = {
  SUBMITTED: 'submitted',
  PRE_REVIEW: 'pre-review',
  ACCEPTED: 'accepted',
  REJECTED: 'rejected',
  NEED_SUPPLEMENT: 'supplement',
  IN_REVIEW: 'review',
  DECIDED: 'decided',
  COMPLETED: 'completed',
  DELIVERED: 'delivered',
};

/** The words of ../shared/data/statuses.md, as a resident reads them. */
export const STATUS_LABEL: Record<ApplicationStatus, string> = {
  submitted: '已提交',
  'pre-review': '预审',
  accepted: '受理',
  rejected: '不予受理',
  supplement: '补正',
  review: '审查',
  decided: '决定',
  completed: '办结',
  delivered: '送达',
};

export const TERMINAL: ReadonlySet<ApplicationStatus> = new Set(['rejected', 'completed', 'delivered']);

export function statusOfWire(s: ApprovalStatus): ApplicationStatus {
  return FROM_WIRE[s];
}

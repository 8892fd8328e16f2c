import type { ApplicationStatus, ApplicationSummary } from '@zsb/contracts';
import { STEP_TITLE, isStep } from '@/lib/applicationForm';

export type StatusTone = 'info' | 'warn' | 'ok' | 'bad';

/** The chip of an application: 需要补正 stands out, an end is green or red, the rest is under way. */
export function statusChip(a: Pick<ApplicationSummary, 'status' | 'statusLabel' | 'actionNeeded' | 'number'>): {
  text: string;
  tone: StatusTone;
} {
  if (a.actionNeeded || a.status === 'supplement') return { text: '需要补正', tone: 'warn' };
  if (a.status === 'rejected') return { text: a.statusLabel || '不予受理', tone: 'bad' };
  if (a.status === 'completed' || a.status === 'delivered') return { text: a.statusLabel || '办结', tone: 'ok' };
  if (a.status === 'submitted' && !a.number) return { text: '已提交', tone: 'info' };
  return { text: a.statusLabel || '办理中', tone: 'info' };
}

const ENDED: ReadonlySet<ApplicationStatus> = new Set(['rejected', 'completed', 'delivered']);

export function isOpen(status: ApplicationStatus): boolean {
  return !ENDED.has(status);
}

/** 「填到：提交材料」 for a draft. */
export function draftStepText(step: string | undefined): string {
  return isStep(step) ? `填到：${STEP_TITLE[step]}` : '刚开始填写';
}

/** The list order: waiting for the resident first, then open ones, newest first; ended ones last. */
export function sortApplications<T extends Pick<ApplicationSummary, 'actionNeeded' | 'status' | 'updatedAt'>>(
  items: readonly T[],
): T[] {
  const rank = (a: T) => (a.actionNeeded ? 0 : isOpen(a.status) ? 1 : 2);
  return [...items].sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt));
}

/** Why the two boxes cannot be sent yet, or null. */
export function queryProblem(number: string, code: string): string | null {
  if (!/^[A-Za-z0-9-]{6,40}$/.test(number.trim())) return '请填写办件编号（字母和数字，提交成功的页面和短信里都有）';
  // 10 digits; codes given before the query code was lengthened (6 digits) still work.
  if (!/^(\d{6}|\d{10})$/.test(code.trim())) return '请填写 10 位数字查询码';
  return null;
}

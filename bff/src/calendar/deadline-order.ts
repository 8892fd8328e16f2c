import type { LocalDate } from '@zsb/domain';

/** A work queue's order (差评 cases, 办不成事, questions): overdue first, then the nearest deadline, then the oldest. */
export function byDeadline(
  a: { overdue: boolean; due: LocalDate; openedAt: Date },
  b: { overdue: boolean; due: LocalDate; openedAt: Date },
): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  return a.openedAt.getTime() - b.openedAt.getTime();
}

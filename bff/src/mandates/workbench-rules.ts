// 我代办的: what a helper should do next for each principal, and which principal comes first. Pure.

import type { ApplicationSummary, Booking, MandateTodo, MandateTodoKind } from '@zsb/contracts';

const RANK: Record<MandateTodoKind, number> = {
  supplement: 0,
  'visit-soon': 1,
  'result-ready': 2,
  visit: 3,
  'in-progress': 4,
};

const RESULT_READY = new Set(['decided', 'completed', 'delivered', 'rejected']);

/** Beijing date (YYYY-MM-DD) of an instant. */
const dayOf = (ms: number): string => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The to-dos of one principal within a 委托's matters: a 补正 asked, a window visit today or tomorrow, a result to
 * hand over, a later visit, an application in progress; most urgent first, then soonest.
 */
export function todosOf(
  matterCodes: readonly string[],
  applications: readonly ApplicationSummary[],
  bookings: readonly Booking[],
  now: number,
): MandateTodo[] {
  const covered = new Set(matterCodes);
  const todos: MandateTodo[] = [];
  for (const a of applications) {
    if (!covered.has(a.matterCode)) continue;
    const kind: MandateTodoKind =
      a.status === 'supplement' ? 'supplement' : RESULT_READY.has(a.status) ? 'result-ready' : 'in-progress';
    const label =
      kind === 'supplement'
        ? '需要补正材料'
        : kind === 'result-ready'
          ? `${a.statusLabel}，请把结果告知委托人`
          : `${a.statusLabel}，等待办理`;
    todos.push({ kind, label, matterName: a.matterName, subjectKind: 'application', subjectId: a.id, at: a.updatedAt });
  }
  const today = dayOf(now);
  const tomorrow = dayOf(now + 86_400_000);
  for (const b of bookings) {
    if (!covered.has(b.matterCode) || b.status !== 'confirmed' || Date.parse(b.end) <= now) continue;
    const day = dayOf(Date.parse(b.start));
    const soon = day === today || day === tomorrow;
    const time = b.start.slice(11, 16);
    todos.push({
      kind: soon ? 'visit-soon' : 'visit',
      label: `${day === today ? '今天' : day === tomorrow ? '明天' : day.slice(5)} ${time} 到${b.centerName}`,
      matterName: b.matterName,
      subjectKind: 'booking',
      subjectId: b.id,
      at: b.start,
    });
  }
  return todos.sort((x, y) => RANK[x.kind] - RANK[y.kind] || (x.at ?? '').localeCompare(y.at ?? ''));
}

/** Principals with the most urgent to-do first; those with nothing to do last, soonest-expiring first among equals. */
export function byUrgency<T extends { todos: MandateTodo[]; expiresAt: string }>(items: readonly T[]): T[] {
  const top = (t: T) => (t.todos.length ? RANK[t.todos[0].kind] : 99);
  return [...items].sort((a, b) => top(a) - top(b) || a.expiresAt.localeCompare(b.expiresAt));
}

// 上门服务, without a database: which step may follow which, and when a visit may be arranged for.

import type { HomeVisitState } from '@zsb/contracts';

export type HomeVisitStep = 'accept' | 'decline' | 'done' | 'cancel';

const NEXT: Record<HomeVisitState, Partial<Record<HomeVisitStep, HomeVisitState>>> = {
  requested: { accept: 'accepted', decline: 'declined', cancel: 'cancelled' },
  // The center may still find it cannot come (and say why); the resident may still call it off.
  accepted: { done: 'done', decline: 'declined', cancel: 'cancelled' },
  declined: {},
  done: {},
  cancelled: {},
};

/** The state after a step, or null when the request is not waiting for it. */
export function nextState(state: HomeVisitState, step: HomeVisitStep): HomeVisitState | null {
  return NEXT[state][step] ?? null;
}

export const MAX_SCHEDULE_DAYS = 30;

/** Why a visit cannot be arranged for this time, in staff's words; null when it can. */
export function scheduleProblem(at: Date, now: Date): string | null {
  if (Number.isNaN(at.getTime())) return '上门时间不正确';
  if (at.getTime() <= now.getTime()) return '上门时间应在现在之后';
  if (at.getTime() - now.getTime() > MAX_SCHEDULE_DAYS * 86_400_000) return `上门时间应在 ${MAX_SCHEDULE_DAYS} 天之内`;
  return null;
}

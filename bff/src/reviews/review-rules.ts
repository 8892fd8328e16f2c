import type { FieldError, IndicatorSetId, ReviewCaseState, ReviewLevel, ReviewRevision } from '@zsb/contracts';
import {
  addWorkingDays,
  BAD_REASONS,
  INDICATOR_SETS,
  isBadLevel,
  type LocalDate,
  type WorkingCalendar,
} from '@zsb/domain';

// The rules of 好差评 that do not need a database: what a rating must hold, how long a service stays open to
// rating, a 差评's deadlines in working days, when it is overdue, and the order of the staff queue.

export const MAX_CONTENT = 500;
export const MAX_PHOTOS = 3;

/** Online services answer the online indicator set; a visit or a window the window set. */
export function indicatorSetOf(kind: 'application' | 'visit' | 'window'): IndicatorSetId {
  return kind === 'application' ? 'online-2019' : 'window-2019';
}

const isLevel = (v: unknown): v is ReviewLevel => v === 1 || v === 2 || v === 3 || v === 4 || v === 5;

/**
 * What is wrong with a rating, in the resident's words; empty when it can be sent. Nothing is ever filled in for
 * them: every indicator must be chosen, and a 差评 needs at least one reason (GB/T 39734: free, never preset).
 */
export function ratingProblems(rating: ReviewRevision, set: IndicatorSetId): FieldError[] {
  const problems: FieldError[] = [];
  if (!isLevel(rating.level)) problems.push({ field: 'level', message: '请选择您对这次服务的满意程度' });
  const indicators = INDICATOR_SETS[set];
  const given = rating.indicators ?? {};
  for (const key of Object.keys(given))
    if (!indicators.some((i) => i.code === key))
      problems.push({ field: `indicators.${key}`.slice(0, 60), message: '评价指标不正确，请刷新后重新评价' });
  for (const i of indicators)
    if (!isLevel(given[i.code]))
      problems.push({ field: `indicators.${i.code}`, message: `请为“${i.label}”选择满意程度` });
  const reasons = rating.reasons ?? [];
  const known = new Set<string>(BAD_REASONS.map((r) => r.code));
  if (reasons.some((r) => !known.has(r)) || new Set(reasons).size !== reasons.length)
    problems.push({ field: 'reasons', message: '不满意的原因不正确，请重新选择' });
  else if (isLevel(rating.level) && isBadLevel(rating.level) && reasons.length === 0)
    problems.push({ field: 'reasons', message: '请选择不满意的原因（可多选），方便我们整改' });
  else if (isLevel(rating.level) && !isBadLevel(rating.level) && reasons.length > 0)
    problems.push({ field: 'reasons', message: '满意的评价不需要选择不满意的原因' });
  if ([...(rating.content ?? '')].length > MAX_CONTENT)
    problems.push({ field: 'content', message: `评价内容最多 ${MAX_CONTENT} 个字` });
  if ((rating.photos ?? []).length > MAX_PHOTOS)
    problems.push({ field: 'photos', message: `最多上传 ${MAX_PHOTOS} 张照片` });
  return problems;
}

/** The last moment a service finished at `doneAt` can be rated (and its rating changed once). */
export function ratingOpenUntil(doneAt: Date, openDays: number): Date {
  return new Date(doneAt.getTime() + openDays * 86_400_000);
}

export interface CaseDeadlines {
  /** 核实 (the office contacts the resident and checks what happened): the end of this day. */
  verifyDue: LocalDate;
  /** 整改 with written feedback to the resident: the end of this day. */
  rectifyDue: LocalDate;
}

/** Working days counted from the day the case was opened (that day never counts), holidays and 调休 included. */
export function caseDeadlines(
  openedOn: LocalDate,
  calendar: WorkingCalendar,
  days: { verifyDays: number; rectifyDays: number },
): CaseDeadlines {
  return {
    verifyDue: addWorkingDays(openedOn, days.verifyDays, calendar),
    rectifyDue: addWorkingDays(openedOn, days.rectifyDays, calendar),
  };
}

/**
 * Past a deadline with its step not done. While a reviewer decides an 申诉 or a 无法整改 claim the office cannot act,
 * so the case is not counted against it then; a case reopened by the resident's 不满意 is overdue again once past
 * the 整改 deadline.
 */
export function caseOverdue(state: ReviewCaseState, deadlines: CaseDeadlines, today: LocalDate): boolean {
  if (state === 'VERIFYING') return today > deadlines.verifyDue || today > deadlines.rectifyDue;
  if (state === 'RECTIFYING') return today > deadlines.rectifyDue;
  return false;
}

/**
 * Whether the resident may answer 满意/不满意 now: the case says 已整改 and they have not answered this round. One
 * answer per round, and at most two rounds (不满意 reopens the case once).
 */
export function mayAnswer(state: ReviewCaseState, answersGiven: number, reopened: boolean): boolean {
  return state === 'RECTIFIED' && answersGiven < (reopened ? 2 : 1);
}

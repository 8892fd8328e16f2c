import type { FeedbackCaseKind, FeedbackRequest, FeedbackState, FieldError } from '@zsb/contracts';
import { addWorkingDays, FEEDBACK_CASE_KINDS, type LocalDate, type WorkingCalendar } from '@zsb/domain';

// The rules of 办不成事 and 咨询 that need no database: what a filing must hold, its deadline in working days,
// when it is overdue (and so escalated to the county), and which staff step may follow which.

export const MIN_TEXT = 5;
export const MAX_TEXT = 1000;
export const MAX_PHOTOS = 3;

/** What is wrong with a filing, in the resident's words; empty when it can be recorded. */
export function filingProblems(r: FeedbackRequest): FieldError[] {
  const problems: FieldError[] = [];
  const text = [...(r.text ?? '').trim()];
  if (r.type === 'case') {
    if (!FEEDBACK_CASE_KINDS.some((k) => k.code === r.kind))
      problems.push({ field: 'kind', message: '请选择遇到的是哪一类问题' });
  } else if (r.kind !== undefined) {
    problems.push({ field: 'kind', message: '咨询不需要选择问题类别' });
  }
  if (r.type === 'consultation' && !r.matterCode) problems.push({ field: 'matterCode', message: '请选择要咨询的事项' });
  if (r.type === 'consultation' && (r.applicationId || r.bookingId))
    problems.push({ field: 'applicationId', message: '咨询只需选择事项' });
  if (text.length < MIN_TEXT)
    problems.push({
      field: 'text',
      message:
        r.type === 'case'
          ? `请把遇到的情况说清楚一些（至少 ${MIN_TEXT} 个字）`
          : `请把问题写清楚一些（至少 ${MIN_TEXT} 个字）`,
    });
  if (text.length > MAX_TEXT) problems.push({ field: 'text', message: `最多 ${MAX_TEXT} 个字` });
  if (r.photos.length > MAX_PHOTOS) problems.push({ field: 'photos', message: `最多上传 ${MAX_PHOTOS} 张照片` });
  if (r.type === 'consultation' && r.photos.length > 0)
    problems.push({ field: 'photos', message: '咨询不需要上传照片' });
  return problems;
}

/** Working days to answer: per kind for a case, one figure for a question. */
export function answerDays(
  type: 'case' | 'consultation',
  kind: FeedbackCaseKind | null,
  days: { caseDays: Record<FeedbackCaseKind, number>; consultationDays: number },
): number {
  return type === 'consultation' || !kind ? days.consultationDays : days.caseDays[kind];
}

/** The last day to answer, counted from the day of filing (which never counts), holidays and 调休 included. */
export function answerDue(filedOn: LocalDate, days: number, calendar: WorkingCalendar): LocalDate {
  return addWorkingDays(filedOn, days, calendar);
}

/** Not answered after its last day: flagged, and the county level follows it up (督办). */
export function isOverdue(state: FeedbackState, due: LocalDate, today: LocalDate): boolean {
  return state !== 'answered' && today > due;
}

/** The states a staff step leads to; an answered filing takes no more steps. */
export function nextState(state: FeedbackState, action: 'progress' | 'answer'): FeedbackState | null {
  if (state === 'answered') return null;
  return action === 'answer' ? 'answered' : 'handling';
}

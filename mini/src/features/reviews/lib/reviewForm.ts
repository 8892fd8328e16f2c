import type {
  BadReason,
  IndicatorSetId,
  Review,
  ReviewLevel,
  ReviewRequest,
  ReviewRevision,
  ReviewSubjectRef,
} from '@zsb/contracts';
import { INDICATOR_SETS, isBadLevel } from '@zsb/domain';

// The 评价 form: nothing is chosen for the resident, a 差评 says why, and the request is built only from what the
// resident chose.

export const MAX_CONTENT = 500;
export const MAX_PHOTOS = 3;

export interface ReviewForm {
  level: ReviewLevel | null;
  indicators: Partial<Record<string, ReviewLevel>>;
  reasons: BadReason[];
  content: string;
  photos: string[];
}

export const EMPTY_FORM: ReviewForm = { level: null, indicators: {}, reasons: [], content: '', photos: [] };

/** What the page's query asks to rate; null when it names nothing (or a revision, which takes its review's). */
export function subjectFromParams(p: {
  application?: string;
  visit?: string;
  center?: string;
}): ReviewSubjectRef | null {
  if (p.application) return { kind: 'application', id: p.application };
  if (p.visit) return { kind: 'visit', id: p.visit };
  if (p.center) return { kind: 'window', centerId: p.center };
  return null;
}

/** Applications are rated on the online set, visits and windows on the window set. */
export function indicatorSetFor(kind: ReviewSubjectRef['kind']): IndicatorSetId {
  return kind === 'application' ? 'online-2019' : 'window-2019';
}

/** Characters as the resident counts them (an emoji or a rare character is one). */
export function contentLength(content: string): number {
  return [...content].length;
}

export interface FormProblems {
  level?: string;
  /** Codes of the indicators not answered yet. */
  indicators: string[];
  reasons?: string;
  content?: string;
}

export function formProblems(form: ReviewForm, set: IndicatorSetId): FormProblems {
  const bad = form.level !== null && isBadLevel(form.level);
  return {
    level: form.level === null ? '请选择您对这次服务的评价' : undefined,
    indicators: INDICATOR_SETS[set].filter((i) => form.indicators[i.code] === undefined).map((i) => i.code),
    reasons: bad && form.reasons.length === 0 ? '请至少选一个不满意的原因' : undefined,
    content: bad && contentLength(form.content) > MAX_CONTENT ? `最多写 ${MAX_CONTENT} 个字` : undefined,
  };
}

/** 提交 is enabled only now: a level, every indicator, and for a 差评 at least one reason. */
export function isComplete(form: ReviewForm, set: IndicatorSetId): boolean {
  const p = formProblems(form, set);
  return !p.level && p.indicators.length === 0 && !p.reasons && !p.content;
}

/** What the resident has still to do, in one line under the disabled button. */
export function missingText(form: ReviewForm, set: IndicatorSetId): string | null {
  const p = formProblems(form, set);
  const left: string[] = [];
  if (p.level) left.push('总体评价');
  if (p.indicators.length > 0) left.push(`${p.indicators.length} 项具体评价`);
  if (p.reasons) left.push('不满意的原因');
  if (p.content) return p.content;
  return left.length > 0 ? `还要选：${left.join('、')}` : null;
}

/**
 * The revision body (also the request without its subject). A good level sends no reasons, text or photos: those
 * belong to a 差评 and are only asked for one.
 */
export function buildRevision(form: ReviewForm, set: IndicatorSetId): ReviewRevision {
  if (form.level === null || !isComplete(form, set)) throw new Error('the review form is not complete');
  const bad = isBadLevel(form.level);
  const indicators: Record<string, ReviewLevel> = {};
  for (const i of INDICATOR_SETS[set]) indicators[i.code] = form.indicators[i.code] as ReviewLevel;
  return {
    level: form.level,
    indicators,
    reasons: bad ? [...form.reasons] : [],
    content: bad ? form.content.trim() : '',
    photos: bad ? form.photos.slice(0, MAX_PHOTOS) : [],
  };
}

export function buildRequest(subject: ReviewSubjectRef, form: ReviewForm, set: IndicatorSetId): ReviewRequest {
  return { subject, ...buildRevision(form, set) };
}

/**
 * 修改评价 starts from what was given. Photos are not offered again (the review only says how many it has): a
 * revision that wants photos adds them anew.
 */
export function formFromReview(r: Review): ReviewForm {
  return {
    level: r.level,
    indicators: { ...r.indicators },
    reasons: [...r.reasons],
    content: r.content,
    photos: [],
  };
}

export function toggleReason(reasons: BadReason[], reason: BadReason): BadReason[] {
  return reasons.includes(reason) ? reasons.filter((r) => r !== reason) : [...reasons, reason];
}

import type { FeedbackCaseKind, FeedbackRequest } from '@zsb/contracts';
import { FEEDBACK_CASE_KINDS } from '@zsb/domain';

// 反映办不成事 and 咨询: what the resident must give before 提交, and the request built only from what they gave.

export const MIN_TEXT = 5;
export const MAX_TEXT = 1000;
export const MAX_PHOTOS = 3;

/** What a report is about: each optional, each the resident's own (the BFF checks). */
export interface FeedbackLinks {
  matterCode?: string;
  applicationId?: string;
  bookingId?: string;
  centerId?: string;
}

const LINK_KEYS = ['matterCode', 'applicationId', 'bookingId', 'centerId'] as const;

/** The links a page's query names (blank ones dropped). */
export function linksFromParams(p: Partial<Record<string, string | undefined>>): FeedbackLinks {
  const links: FeedbackLinks = {};
  for (const k of LINK_KEYS) {
    const v = p[k]?.trim();
    if (v) links[k] = v;
  }
  return links;
}

export function hasLinks(links: FeedbackLinks): boolean {
  return LINK_KEYS.some((k) => Boolean(links[k]));
}

/** A kind passed in the query, only when it is one of the six; nothing is chosen otherwise. */
export function kindFromParam(v: string | undefined): FeedbackCaseKind | null {
  return FEEDBACK_CASE_KINDS.find((k) => k.code === v)?.code ?? null;
}

/** Characters as the resident counts them (an emoji or a rare character is one). */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

/** Why the words cannot be sent yet, or null. */
export function textProblem(text: string): string | null {
  const n = textLength(text);
  if (n < MIN_TEXT) return n === 0 ? '请写一写情况' : `至少写 ${MIN_TEXT} 个字，还差 ${MIN_TEXT - n} 个字`;
  if (n > MAX_TEXT) return `最多 ${MAX_TEXT} 个字，请删去 ${n - MAX_TEXT} 个字`;
  return null;
}

export interface CaseForm {
  kind: FeedbackCaseKind | null;
  text: string;
  photos: string[];
}

export function emptyCaseForm(kind: FeedbackCaseKind | null = null): CaseForm {
  return { kind, text: '', photos: [] };
}

export function isCaseComplete(form: CaseForm): boolean {
  return form.kind !== null && textProblem(form.text) === null;
}

/** What is left to do, in one line under the disabled 提交 (null when nothing is). */
export function caseMissingText(form: CaseForm): string | null {
  if (form.kind === null) return textProblem(form.text) ? '还要：选择遇到的问题，写清楚情况' : '还要：选择遇到的问题';
  const text = textProblem(form.text);
  return text ? `还要：写清楚情况（${text}）` : null;
}

/** The 办不成事 request: the kind, the words (trimmed), up to 3 photos and the links. */
export function buildCaseRequest(links: FeedbackLinks, form: CaseForm): FeedbackRequest {
  if (!isCaseComplete(form) || form.kind === null) throw new Error('the report is not complete');
  return { type: 'case', kind: form.kind, ...links, text: form.text.trim(), photos: form.photos.slice(0, MAX_PHOTOS) };
}

/** A 咨询 names its matter and carries no kind, links or photos. */
export function buildConsultRequest(matterCode: string, text: string): FeedbackRequest {
  if (!matterCode || textProblem(text) !== null) throw new Error('the question is not complete');
  return { type: 'consultation', matterCode, text: text.trim(), photos: [] };
}

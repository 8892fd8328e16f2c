// The 搜索缺口 page's words and the 添加同义词 form: periods, what an empty list says, and the synonym a form makes
// (trimmed, de-duplicated, checked against the contract's limits before it is sent).
import type { OperatorSynonym, SearchGap, SynonymRequest } from '@zsb/contracts';

export type GapDays = 7 | 30 | 90;

export const GAP_PERIODS: { value: GapDays; label: string }[] = [
  { value: 7, label: '近7天' },
  { value: 30, label: '近30天' },
  { value: 90, label: '近90天' },
];

export const DEFAULT_GAP_DAYS: GapDays = 30;

export const emptyGapsText = (days: GapDays): string => `近${days}天没有搜不到结果的搜索`;

/** The limits in SynonymRequest: says 1–20 characters, 1–5 means of 1–20 characters each. */
export const SAYS_MAX = 20;
export const MEANS_MAX = 5;
export const MEAN_MAX = 20;

// The server refuses angle brackets (and control characters, which an input box does not let through).
const ANGLE = /[<>]/;

/** Characters as a person counts them (a character outside the BMP is one, not two UTF-16 units). */
const length = (text: string): number => [...text].length;

/** Spaces at the ends off, runs of spaces inside as one (the way the server writes a search word). */
export const tidy = (text: string): string => text.trim().replace(/\s+/g, ' ');

/** The same word for matching a gap with a synonym: tidied and in lower case, as SearchGap.query is normalised. */
const normalised = (text: string): string => tidy(text).toLowerCase();

/** The means as they will be sent: tidied, empty ones dropped, each phrase once, in the order typed. */
export function tidyMeans(means: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of means.map(tidy)) {
    if (!m || seen.has(m)) continue;
    seen.add(m);
    out.push(m);
  }
  return out;
}

export function saysProblem(says: string | undefined): string | null {
  const s = tidy(says ?? '');
  if (!s) return '请填写群众的说法';
  if (length(s) > SAYS_MAX) return `说法最多 ${SAYS_MAX} 个字`;
  if (ANGLE.test(s)) return '说法里不能有尖括号';
  return null;
}

export function meansProblem(means: readonly string[] | undefined): string | null {
  const m = tidyMeans(means ?? []);
  if (m.length === 0) return '请至少填写一个对应的词';
  if (m.length > MEANS_MAX) return `对应的词最多 ${MEANS_MAX} 个`;
  const long = m.find((x) => length(x) > MEAN_MAX);
  if (long) return `“${long}”太长了，每个词最多 ${MEAN_MAX} 个字`;
  if (m.some((x) => ANGLE.test(x))) return '对应的词里不能有尖括号';
  return null;
}

export interface SynonymForm {
  says?: string;
  means?: string[];
}

/** The request a form makes, or what is wrong with it (by field, in the operator's words). */
export function synonymRequest(
  form: SynonymForm,
): { ok: true; request: SynonymRequest } | { ok: false; problems: Partial<Record<keyof SynonymRequest, string>> } {
  const problems: Partial<Record<keyof SynonymRequest, string>> = {};
  const says = saysProblem(form.says);
  const means = meansProblem(form.means);
  if (says) problems.says = says;
  if (means) problems.means = means;
  if (says || means) return { ok: false, problems };
  return { ok: true, request: { says: tidy(form.says ?? ''), means: tidyMeans(form.means ?? []) } };
}

/** The form opened from a gap's row: the word residents typed as the saying (cut to the limit), no means yet. */
export const draftOf = (gap: Pick<SearchGap, 'query'>): SynonymForm => ({
  says: [...tidy(gap.query)].slice(0, SAYS_MAX).join(''),
  means: [],
});

/** What the operator is about to do, in one sentence (shown under the form while it is valid). */
export function synonymSentence(request: SynonymRequest): string {
  const means = request.means.map((m) => `“${m}”`).join('、');
  return `群众搜“${request.says}”时，也会找到名称含${means}的事项。`;
}

export const synonymState = (s: Pick<OperatorSynonym, 'inEffect'>): string =>
  s.inEffect ? '已生效' : '下次目录同步后生效';

/** Whether a gap's word already has an operator synonym saying it (the row then shows 已添加 instead of the button). */
export function hasSynonym(gap: Pick<SearchGap, 'query'>, synonyms: readonly Pick<OperatorSynonym, 'says'>[]): boolean {
  const q = normalised(gap.query);
  return synonyms.some((s) => normalised(s.says) === q);
}

/** A gap's word with digits hidden by the server (each digit a *): the saying needs the operator's words instead. */
export const hasMaskedDigits = (text: string): boolean => text.includes('*');

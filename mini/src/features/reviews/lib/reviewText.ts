import type { BadReason, IndicatorSetId, Review, ReviewCase, ReviewInvitation, ReviewLevel } from '@zsb/contracts';
import { BAD_REASONS, INDICATOR_SETS, isBadLevel, reviewLevelLabel } from '@zsb/domain';
import { dayLabel, formatMoment } from '@/lib/when';

// What a resident reads about a review and its case, in words: no codes, no states in English.

export type Tone = 'ok' | 'info' | 'warn' | 'bad';

/** Good levels read calm, 基本满意 neutral, a 差评 in red. */
export function levelTone(level: ReviewLevel): Tone {
  if (isBadLevel(level)) return 'bad';
  return level === 3 ? 'info' : 'ok';
}

export function reasonLabels(reasons: BadReason[]): string[] {
  return reasons.map((r) => BAD_REASONS.find((b) => b.code === r)?.label ?? r);
}

/** Each indicator of the set with the level given, in the set's order. */
export function indicatorRows(
  set: IndicatorSetId,
  given: Record<string, ReviewLevel>,
): { label: string; value: string }[] {
  return INDICATOR_SETS[set]
    .filter((i) => given[i.code] !== undefined)
    .map((i) => ({ label: i.label, value: reviewLevelLabel(given[i.code]) }));
}

/** The one line under a review in 我的评价: where its 差评 stands, or that it is still on its way. */
export function reviewStatusLine(r: Pick<Review, 'delivery' | 'case'>): { text: string; tone: Tone } | null {
  if (r.delivery === 'pending') return { text: '正在提交到省好差评系统', tone: 'info' };
  if (!r.case) return null;
  return { text: `${r.case.stateLabel}${r.case.overdue ? ' · 已超期' : ''}`, tone: r.case.overdue ? 'bad' : 'warn' };
}

const KIND_WORD: Record<Review['subject']['kind'], string> = {
  application: '网上办件',
  visit: '窗口办事',
  window: '窗口服务',
};

export function subjectKindWord(kind: Review['subject']['kind']): string {
  return KIND_WORD[kind];
}

/** 「评价截止 5月20日 18:00」 */
export function invitationDue(inv: Pick<ReviewInvitation, 'openUntil'>, nowMs: number): string {
  return `评价截止 ${formatMoment(inv.openUntil, nowMs)}`;
}

/**
 * The case's two deadlines: days (YYYY-MM-DD), each the last day the office has, so 「截至 明天 5月6日 周三」 — not a
 * time of day, which a date read as an instant would invent (08:00 on the Beijing clock).
 */
export function caseDeadlines(c: Pick<ReviewCase, 'verifyDue' | 'rectifyDue'>, nowMs: number) {
  return [
    { label: '核实回访期限', value: `截至 ${dayLabel(c.verifyDue, nowMs)}` },
    { label: '整改反馈期限', value: `截至 ${dayLabel(c.rectifyDue, nowMs)}` },
  ];
}

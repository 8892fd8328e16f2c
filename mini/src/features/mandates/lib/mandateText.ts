import type { Mandate, MandateLevel, MandateState, MandateTodo, MandateWorkbench } from '@zsb/contracts';
import { MANDATE_KIND_LABELS, MANDATE_STATE_LABELS } from '@zsb/domain';
import { localDateOf } from '@/lib/when';

/** 有效 / 已撤销 / 已到期 */
export const stateText = (state: MandateState): string => MANDATE_STATE_LABELS[state];

export function stateTone(state: MandateState): 'ok' | 'bad' | 'info' {
  if (state === 'active') return 'ok';
  return state === 'revoked' ? 'bad' : 'info';
}

/** The short words on a card; the long ones (MANDATE_LEVEL_LABELS) explain them on the detail page and the forms. */
export const LEVEL_SHORT: Readonly<Record<MandateLevel, string>> = { handle: '可以办理', query: '只能查询' };

/** 亲友, or 帮办代办员 · 城关镇便民服务中心 */
export function kindLine(m: Pick<Mandate, 'kind' | 'centerName'>): string {
  const kind = MANDATE_KIND_LABELS[m.kind];
  return m.kind === 'agent' && m.centerName ? `${kind} · ${m.centerName}` : kind;
}

/** The other side of a 委托, as the reader sees it (names are masked by the BFF). */
export function otherName(m: Pick<Mandate, 'role' | 'helperName' | 'principalName'>): string {
  return m.role === 'principal' ? m.helperName : m.principalName;
}

/** 到 2026-12-31 (the last day it works, Beijing time). */
export function untilText(expiresAt: string): string {
  return `到 ${localDateOf(expiresAt)}`;
}

/** 「城乡居民养老保险参保登记、社会保障卡补领」 */
export const mattersText = (m: Pick<Mandate, 'matters'>): string => m.matters.map((x) => x.name).join('、');

/** 「9 分 05 秒」「45 秒」 */
export function formatCountdown(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  if (s < 60) return `${s} 秒`;
  return `${Math.floor(s / 60)} 分 ${String(s % 60).padStart(2, '0')} 秒`;
}

/** A helper may act (为TA办理) only on a 委托 in force that they hold. */
export const canActUnder = (m: Pick<Mandate, 'role' | 'state'>): boolean => m.role === 'helper' && m.state === 'active';

/** 「需要补正材料 · 病残津贴申领」: one to-do of 我代办的, the matter after what to do. */
export const todoText = (t: Pick<MandateTodo, 'label' | 'matterName'>): string => `${t.label} · ${t.matterName}`;

/** A to-do that cannot wait (a 补正 asked, a visit today or tomorrow) stands out on the card. */
export const todoUrgent = (t: Pick<MandateTodo, 'kind'>): boolean => t.kind === 'supplement' || t.kind === 'visit-soon';

/**
 * 我帮谁办 in 我代办的's order (the principal with the most urgent to-do first), then the 委托 no longer in force as
 * they came; each with its to-dos (none for an ended one).
 */
export function heldByUrgency(
  held: readonly Mandate[],
  bench: MandateWorkbench | null,
): { m: Mandate; todos: MandateTodo[] }[] {
  const todos = new Map((bench?.items ?? []).map((i, rank) => [i.mandate.id, { rank, todos: i.todos }]));
  const rank = (m: Mandate) => todos.get(m.id)?.rank ?? Number.MAX_SAFE_INTEGER;
  return [...held]
    .map((m, i) => ({ m, i }))
    .sort((a, b) => rank(a.m) - rank(b.m) || a.i - b.i)
    .map(({ m }) => ({ m, todos: todos.get(m.id)?.todos ?? [] }));
}

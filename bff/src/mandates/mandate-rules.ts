// The rules of a 委托, without a database: when it is in force, what it lets a helper do, and who may be given one.

import type { MandateKind, MandateLevel, MandateState } from '@zsb/contracts';

/** 亲情账号: a principal names at most this many family members at once (as 郑好办 does). */
export const MAX_FAMILY_HELPERS = 5;
export const MAX_MANDATE_DAYS = 90;

export interface MandateTerms {
  level: MandateLevel;
  matters: readonly { code: string }[];
  expiresAt: Date;
  revokedAt: Date | null;
}

/** What a route needs: 查询 or 办理, and the matter it touches where the route knows it before acting. */
export interface MandateNeed {
  level: MandateLevel;
  matterCode?: string;
}

export function stateOf(terms: MandateTerms, now: Date): MandateState {
  if (terms.revokedAt) return 'revoked';
  return terms.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active';
}

/** Whether a 委托 in these terms lets its helper do what a route needs, now. 办理 includes 查询; 查询 is only 查询. */
export function allows(terms: MandateTerms, need: MandateNeed, now: Date): boolean {
  if (stateOf(terms, now) !== 'active') return false;
  if (need.level === 'handle' && terms.level !== 'handle') return false;
  return need.matterCode === undefined || terms.matters.some((m) => m.code === need.matterCode);
}

/** The end of a 委托 granted now for `days` days: today and `days` more, to the end of the last in Beijing. */
export function expiryOf(now: Date, days: number): Date {
  const beijing = new Date(now.getTime() + 8 * 3600_000);
  const end = Date.UTC(beijing.getUTCFullYear(), beijing.getUTCMonth(), beijing.getUTCDate() + days + 1) - 1;
  return new Date(end - 8 * 3600_000);
}

export interface GrantFacts {
  kind: MandateKind;
  principalId: string;
  helperId: string;
  /** Helpers other than this one who hold an active family 委托 of the principal. */
  otherFamilyHelpers: number;
}

/** Why this grant may not be made, in words for the person granting; null when it may. */
export function grantProblem(facts: GrantFacts): string | null {
  if (facts.principalId === facts.helperId) return '不能委托自己，请让代办人或家人出示他们的代办码';
  if (facts.kind === 'family' && facts.otherFamilyHelpers >= MAX_FAMILY_HELPERS)
    return `最多可以委托 ${MAX_FAMILY_HELPERS} 位亲友，请先在“委托代办”里撤销一位`;
  return null;
}

/**
 * The licence types a helper may be allowed to attach: only those a material of the named matters asks for.
 * Returns the unknown code when one is asked for that none of these matters uses.
 */
export function licenceTypesFor(
  matters: readonly { materials: readonly { licenceType?: { code: string; name: string } | null }[] }[],
  codes: readonly string[],
): { types: { code: string; name: string }[] } | { unknown: string } {
  const offered = new Map<string, string>();
  for (const m of matters)
    for (const x of m.materials) if (x.licenceType) offered.set(x.licenceType.code, x.licenceType.name);
  const types: { code: string; name: string }[] = [];
  for (const code of new Set(codes)) {
    const name = offered.get(code);
    if (name === undefined) return { unknown: code };
    types.push({ code, name });
  }
  return { types };
}

/** A short description of what a 委托 covers, for the SMS the principal reads: 城乡居民养老保险参保登记等2项. */
export function scopeSummary(matterNames: readonly string[]): string {
  const first = matterNames[0] ?? '';
  const short = Array.from(first).length > 24 ? `${Array.from(first).slice(0, 23).join('')}…` : first;
  return matterNames.length > 1 ? `${short}等${matterNames.length}项事项` : short;
}

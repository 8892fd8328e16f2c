// 帮办代办 figures, without a database: how many 委托 a center's agents took, for how many people, what they did
// under them and how fast the first application followed.

import type { AgentStats } from '@zsb/contracts';

export interface AgentMandateFact {
  id: string;
  centerId: string;
  principalId: string;
  grantedAt: Date;
}

export interface AgentActionFact {
  mandateId: string;
  /** The 代办记录 line: 提交申请, 预约窗口, 补正 … */
  action: string;
  matterName: string | null;
  at: Date;
}

export function agentStats(
  center: { centerId: string | null; centerName: string },
  mandates: readonly AgentMandateFact[],
  actions: readonly AgentActionFact[],
): AgentStats {
  const ids = new Set(mandates.map((m) => m.id));
  const mine = actions.filter((a) => ids.has(a.mandateId));
  const count = (label: string) => mine.filter((a) => a.action === label).length;
  const matters = new Map<string, number>();
  for (const a of mine) if (a.matterName) matters.set(a.matterName, (matters.get(a.matterName) ?? 0) + 1);
  const firstApply = new Map<string, number>();
  for (const a of mine)
    if (a.action === '提交申请')
      firstApply.set(a.mandateId, Math.min(firstApply.get(a.mandateId) ?? Infinity, a.at.getTime()));
  const hours = mandates
    .filter((m) => firstApply.has(m.id))
    .map((m) => (firstApply.get(m.id)! - m.grantedAt.getTime()) / 3_600_000);
  return {
    ...center,
    mandates: mandates.length,
    principals: new Set(mandates.map((m) => m.principalId)).size,
    applications: count('提交申请'),
    bookings: count('预约窗口'),
    supplements: count('补正'),
    matters: [...matters]
      .map(([name, n]) => ({ name, count: n }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1)),
    medianHoursToApply: median(hours),
  };
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return Math.round(m * 10) / 10;
}

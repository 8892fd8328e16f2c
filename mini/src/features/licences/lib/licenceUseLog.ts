import type { LicenceUse, LicenceUseAction } from '@zsb/contracts';

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * ISO time → 「11月23日 14:05」 on the Beijing clock whatever the phone's time zone; the year is added when it is
 * not the current one, so a line from last winter is not read as this year's.
 */
export function formatBeijingTime(iso: string, nowMs: number): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '时间未知';
  const d = new Date(ms + BEIJING_OFFSET_MS);
  const thisYear = new Date(nowMs + BEIJING_OFFSET_MS).getUTCFullYear();
  const year = d.getUTCFullYear() === thisYear ? '' : `${d.getUTCFullYear()}年`;
  return `${year}${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

const ACTION: Record<LicenceUseAction, string> = {
  read: '查看',
  display: '出示',
  verify: '核验',
  use: '办件使用',
};

export function actionText(action: LicenceUseAction): string {
  return ACTION[action] ?? '使用';
}

/** 本人 · 核验方 张* · 办件 */
export function actorText(use: Pick<LicenceUse, 'actor' | 'actorNameMasked'>): string {
  if (use.actor === 'self') return '本人';
  if (use.actor === 'verifier') return use.actorNameMasked ? `核验方 ${use.actorNameMasked}` : '核验方';
  return '办件';
}

export interface UseLogLine {
  id: string;
  when: string;
  typeName: string;
  action: string;
  /** Someone other than the resident: the line is drawn so it stands out. */
  byOthers: boolean;
  who: string;
  purpose: string;
}

export function toUseLogLine(use: LicenceUse, nowMs: number): UseLogLine {
  return {
    id: use.id,
    when: formatBeijingTime(use.at, nowMs),
    typeName: use.typeName,
    action: actionText(use.action),
    byOthers: use.actor !== 'self',
    who: actorText(use),
    purpose: use.purpose,
  };
}

/** Newest first; a line with an unreadable time goes last rather than on top. */
export function newestFirst(uses: readonly LicenceUse[]): LicenceUse[] {
  const time = (u: LicenceUse) => {
    const ms = Date.parse(u.at);
    return Number.isNaN(ms) ? -Infinity : ms;
  };
  return [...uses].sort((a, b) => time(b) - time(a));
}

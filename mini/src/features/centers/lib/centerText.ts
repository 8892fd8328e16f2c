import type { CenterKind, CenterLevel, NextSlot, OpeningHours } from '@zsb/contracts';
import { clockOf, dayLabel, localDateOf } from '@/lib/when';

/** The kind filter chips, in the order a resident looks for them. */
export const KIND_CHIPS: { kind: CenterKind; label: string }[] = [
  { kind: 'center', label: '中心' },
  { kind: 'station', label: '站点' },
  { kind: 'bank-point', label: '银行网点' },
  { kind: 'kiosk', label: '自助终端' },
];

const KIND_TEXT: Record<CenterKind, string> = {
  center: '便民服务中心',
  station: '便民服务站',
  'bank-point': '政银通办网点',
  kiosk: '自助终端',
};

const LEVEL_TEXT: Record<CenterLevel, string> = {
  township: '乡镇',
  street: '街道',
  village: '村（社区）',
};

export const kindText = (kind: CenterKind): string => KIND_TEXT[kind] ?? '服务点';
export const levelText = (level: CenterLevel): string => LEVEL_TEXT[level] ?? '';

const DAY = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日'];

/** [1,2,3,4,5] → 「周一至周五」, [6,7] → 「周六、周日」, [1,3,5] → 「周一、周三、周五」. */
export function formatWeekdays(weekdays: readonly number[]): string {
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  if (days.length === 7) return '每天';
  const runs: number[][] = [];
  for (const d of days) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1] === d - 1) run.push(d);
    else runs.push([d]);
  }
  return runs
    .map((run) => (run.length >= 3 ? `${DAY[run[0]]}至${DAY[run[run.length - 1]]}` : run.map((d) => DAY[d]).join('、')))
    .join('、');
}

export interface HoursLine {
  days: string;
  /** 「08:30-12:00、14:30-17:30」; ranges that touch are joined (a bank open through noon reads 08:30-17:30). */
  ranges: string;
  /** 「12:00-14:30」 when the day has a gap between two ranges. */
  lunch: string | null;
}

function union(ranges: readonly (readonly [string, string])[]): [string, string][] {
  const merged: [string, string][] = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0].localeCompare(b[0]))) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = to > last[1] ? to : last[1];
    else merged.push([from, to]);
  }
  return merged;
}

/**
 * One line per group of weekdays with the same hours. Entries combine as a union, so a late evening listed on
 * its own (周三 17:30-19:00) joins that day's hours instead of reading as the only hours of the day; days in no
 * entry read 休息.
 */
export function hoursLines(hours: readonly OpeningHours[]): HoursLine[] {
  const perDay = new Map<number, [string, string][]>();
  for (const h of hours) for (const d of h.weekdays) perDay.set(d, [...(perDay.get(d) ?? []), ...h.ranges]);
  if ([...perDay.values()].every((r) => r.length === 0)) return [];
  const groups = new Map<string, { days: number[]; ranges: [string, string][] }>();
  for (let day = 1; day <= 7; day++) {
    const ranges = union(perDay.get(day) ?? []);
    const key = ranges.map(([a, b]) => `${a}-${b}`).join('、');
    const group = groups.get(key) ?? { days: [], ranges };
    group.days.push(day);
    groups.set(key, group);
  }
  return [...groups].map(([key, g]) => ({
    days: formatWeekdays(g.days),
    ranges: key || '休息',
    lunch: g.ranges.length >= 2 ? `${g.ranges[0][1]}-${g.ranges[1][0]}` : null,
  }));
}

/** 「最早可约：明天 5月6日 周三 09:00，还剩 3 个名额」 */
export function nextSlotText(slot: NextSlot | null, nowMs: number): string | null {
  if (!slot) return null;
  return `最早可约：${dayLabel(localDateOf(slot.start), nowMs)} ${clockOf(slot.start)}，还剩 ${slot.left} 个名额`;
}

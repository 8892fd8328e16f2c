// How the console writes figures, roles, times and audit changes: plain functions, unit-tested in node.
import type { AdminRole, AdminScope, FigureUnit, TargetFigure } from '@zsb/contracts';

/** Trailing zeros off: 62.50 → "62.5", 100.0 → "100". */
const trimmed = (value: number, decimals: number): string => String(Number(value.toFixed(decimals)));

/** A figure with its unit: percent "62.5%", count "312 项", visits "0.08 次"; null (nothing to count) "—". */
export function formatFigure(value: number | null, unit: FigureUnit): string {
  if (value === null || !Number.isFinite(value)) return '—';
  if (unit === 'percent') return `${trimmed(value, 1)}%`;
  if (unit === 'visits') return `${trimmed(value, 2)} 次`;
  return `${Math.round(value)} 项`;
}

/** The threshold as the policy states it: "≥ 40%", "≤ 0.1 次", "≥ 300 项". */
export function formatThreshold(target: Pick<TargetFigure, 'threshold' | 'direction' | 'unit'>): string {
  return `${target.direction === 'atLeast' ? '≥' : '≤'} ${formatFigure(target.threshold, target.unit)}`;
}

export type MetState = 'met' | 'unmet' | 'none';

export const metState = (met: boolean | null): MetState => (met === null ? 'none' : met ? 'met' : 'unmet');

export const MET_LABEL: Record<MetState, string> = { met: '达标', unmet: '未达标', none: '无数据' };

export const ROLE_NAME: Record<AdminRole, string> = {
  countyAdmin: '县级管理员',
  centerAdmin: '中心管理员',
  staff: '窗口人员',
  agent: '帮办代办员',
};

/** One scope as the header shows it: 县级管理员（林州市）, 中心管理员（柏庄镇便民服务中心）. */
export function scopeLabel(scope: AdminScope): string {
  return `${ROLE_NAME[scope.role]}（${scope.centerName ?? scope.county}）`;
}

/** The current month in Beijing (the month the dashboard opens on), as YYYY-MM. */
export function beijingMonth(now: Date): string {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** YYYY-MM → 2026年12月 */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y}年${Number(m)}月`;
}

/** An ISO 8601 time (+08:00 on the wire) as Beijing wall-clock time: 2026-12-03 09:05. */
export function formatTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const b = new Date(at.getTime() + 8 * 3600_000);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${b.getUTCFullYear()}-${two(b.getUTCMonth() + 1)}-${two(b.getUTCDate())} ${two(b.getUTCHours())}:${two(b.getUTCMinutes())}`;
}

export function reportFileName(county: string, month: string, township?: string | null): string {
  return `${county}${township ? `-${township}` : ''}-${month}-达标月报.xlsx`;
}

const ACTION_NAME: Record<string, string> = {
  'people.grant': '授予角色',
  'people.revoke': '撤销角色',
  'people.change-role': '变更角色',
  'center.close': '暂停服务',
  'queue.assign': '指派',
  'search.synonym-add': '添加搜索同义词',
  'search.synonym-remove': '删除搜索同义词',
};

export const actionName = (action: string): string => ACTION_NAME[action] ?? action;

// Field names the audit log may carry, in the words an operator reads.
const FIELD_NAME: Record<string, string> = {
  role: '角色',
  county: '县（市、区）',
  centerId: '服务点编号',
  centerName: '服务点',
  township: '乡镇（街道）',
  name: '姓名',
  phone: '手机号',
  grantedAt: '授予时间',
  revokedAt: '撤销时间',
};

function valueText(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '无';
  if (key === 'role' && typeof value === 'string' && value in ROLE_NAME) return ROLE_NAME[value as AdminRole];
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return formatTime(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** An audit entry's before or after state as "key: value" lines (Chinese names where known); null → "无". */
export function changeLines(state: Record<string, unknown> | null): string[] {
  if (!state || Object.keys(state).length === 0) return ['无'];
  return Object.entries(state).map(([key, value]) => `${FIELD_NAME[key] ?? key}: ${valueText(key, value)}`);
}

/** A random v4 UUID (an Idempotency-Key); crypto.randomUUID exists only on secure origins (not http://<LAN IP>). */
export function uuid(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  const b = random(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** 手机号: 11 digits starting with 1 (what the BFF accepts for a grant). */
export const isPhone = (text: string): boolean => /^1\d{10}$/.test(text.trim());

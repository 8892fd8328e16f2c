import type { LicenceStatus } from '@zsb/contracts';

export type StatusTone = 'ok' | 'warn' | 'bad';

const STATUS: Record<LicenceStatus, { text: string; tone: StatusTone }> = {
  valid: { text: '有效', tone: 'ok' },
  expired: { text: '已过期', tone: 'warn' },
  revoked: { text: '已注销', tone: 'bad' },
};

export function statusChip(status: LicenceStatus): { text: string; tone: StatusTone } {
  return STATUS[status] ?? { text: '状态未知', tone: 'warn' };
}

/** The colour family of a card, so a resident finds 身份证 or 社保卡 at a glance. */
export type LicenceKind = 'identity' | 'vehicle' | 'family' | 'property' | 'social' | 'business' | 'other';

// First match wins: 残疾人证 and 退役军人优待证 are social, 教师资格证书 is a qualification.
const KIND_RULES: [RegExp, LicenceKind][] = [
  [/身份证|户口|护照|居住证|通行证/, 'identity'],
  [/驾驶证|行驶证|机动车/, 'vehicle'],
  [/结婚|离婚|出生医学|独生子女/, 'family'],
  [/不动产|房屋|土地|宅基地|林权/, 'property'],
  [/社会保障|社保|医保|就业|低保|最低生活|特困|优待|残疾|养老|退役/, 'social'],
  [/营业执照|许可证|资格|执业|职业|证书/, 'business'],
];

export function licenceKind(typeName: string): LicenceKind {
  return KIND_RULES.find(([re]) => re.test(typeName))?.[1] ?? 'other';
}

/** 2020-05-01 → 2020年5月1日; anything else is shown as it came. */
export function formatLocalDate(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** For a card line: 「有效期至 2030年12月19日」 or 「长期有效」. */
export function formatValidity(validUntil: string | null): string {
  return validUntil ? `有效期至 ${formatLocalDate(validUntil)}` : '长期有效';
}

/** For an 有效期 row, in the words printed on licences: 「2030年12月19日止」 or 「长期有效」. */
export function formatValidUntil(validUntil: string | null): string {
  return validUntil ? `${formatLocalDate(validUntil)}止` : '长期有效';
}

/** Why 出示亮证码 is not possible, in words a resident can act on; null when it is. */
export function displayBlockedReason(licence: { status: LicenceStatus; verified: boolean }): string | null {
  if (licence.status === 'expired') return '证照已过期，不能出示。请到发证机关换领新证';
  if (licence.status === 'revoked') return '证照已注销，不能出示。如有疑问请联系发证机关';
  if (!licence.verified) return '证照未通过验证，不能出示。可联系发证机关核实';
  return null;
}

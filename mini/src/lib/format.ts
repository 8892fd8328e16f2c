import type { GuideFee, GuideMaterial, OnlineDepth, PromiseType, ServiceLevel } from '@zsb/contracts';

/** 办结时限 as a resident says it. */
export function formatPromise(promiseType: PromiseType, promisedDays: number): string {
  if (promiseType === 'immediate' || promisedDays <= 0) return '即办件，材料齐全当场办结';
  return `承诺 ${promisedDays} 个工作日内办结`;
}

/** Short form for lists and badges. */
export function formatPromiseShort(promiseType: PromiseType, promisedDays: number): string {
  if (promiseType === 'immediate' || promisedDays <= 0) return '当场办结';
  return `${promisedDays}个工作日`;
}

export function formatWorkingDays(days: number): string {
  if (days <= 0) return '当场办结';
  return `${days} 个工作日`;
}

/** Weekends and holidays do not count; residents often miss this. */
export function explainWorkingDays(legalDays: number, promisedDays: number): string | null {
  if (promisedDays <= 0 || legalDays <= promisedDays) return null;
  return `承诺时限比法定时限少 ${legalDays - promisedDays} 个工作日（工作日不含周末和节假日）`;
}

export function formatVisits(maxVisits: number): string {
  if (maxVisits <= 0) return '不用跑，全程手机上办';
  return `最多跑 ${maxVisits} 次`;
}

export function formatFee(fee: GuideFee): string {
  if (fee.free) return '不收费';
  return fee.description || '收费，具体标准请咨询办理窗口';
}

const depthText: Record<OnlineDepth, { title: string; detail: string }> = {
  1: { title: '网上可查指南', detail: '网上只能查看办事指南，需要到窗口提交材料办理' },
  2: { title: '网上预审', detail: '网上先提交材料预审，通过后到窗口办理，最多跑 2 次' },
  3: { title: '网上办理，到场核验', detail: '网上提交办理，只需带原件到窗口核验一次，最多跑 1 次' },
  4: { title: '全程网办', detail: '从申请到拿结果全程在网上办，不用跑腿' },
};

export function explainOnlineDepth(depth: OnlineDepth): { title: string; detail: string } {
  return depthText[depth];
}

const levelText: Record<ServiceLevel, string> = {
  county: '县级',
  township: '乡镇',
  street: '街道',
  village: '村（社区）',
};

export function formatLevels(levels: readonly ServiceLevel[]): string {
  return levels.map((l) => levelText[l]).join('、');
}

const formText: Record<GuideMaterial['form'], string> = {
  original: '原件',
  copy: '复印件',
  'original-and-copy': '原件和复印件',
  electronic: '电子版',
};

/** 「原件 1 份」「复印件 2 份」; electronic material has no paper copies. */
export function formatMaterialForm(material: Pick<GuideMaterial, 'form' | 'copies'>): string {
  const form = formText[material.form];
  if (material.form === 'electronic' || material.copies <= 0) return form;
  return `${form} ${material.copies} 份`;
}

export function formatLicenceReplacement(material: Pick<GuideMaterial, 'licenceType'>): string | null {
  return material.licenceType ? `可用电子证照：${material.licenceType.name}` : null;
}

/** ISO time → 「5月3日 14:05」, in the resident's clock (Asia/Shanghai, UTC+8) whatever the phone says. */
export function formatSyncTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const d = new Date(ms + 8 * 3600 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function staleNotice(syncedAt: string | null | undefined): string {
  const when = formatSyncTime(syncedAt);
  return `办事指南来自最近一次同步（${when ?? '时间未知'}），可能不是最新`;
}

/** 「1234 5678」: a window code (到窗口核验) in two groups of four, easier to read out and type than eight in a row. */
export function formatWindowCode(code: string): string {
  return /^\d{8}$/.test(code) ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

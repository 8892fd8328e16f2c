import type { OnlineDepth } from '../wire';
import type { RawMatter } from './data';
import type { Rng } from './prng';

/** Matters done on the spot: look-ups, prints, simple certificates, card services, filings. */
const INSTANT =
  /查询|打印|咨询|激活|启用|挂失|解挂|密码|预约|开具|证明|信息采集|信息维护|账户维护|自主报告|报到|签发|婚姻登记|结婚登记|补领结婚证|指引|交存|缴纳|备案$|备案信息|参保登记|信息变更|申领$/;

export function taskTypeOf(raw: RawMatter): { type: string; inferred: boolean } {
  if (raw.kind) return { type: raw.kind, inferred: false };
  const n = raw.name;
  if (/婚姻登记|结婚登记|出生登记|死亡注销|服现役注销|迁出、迁入登记/.test(n))
    return { type: '行政确认', inferred: true };
  if (/低保|最低生活保障|特困|五保|救助|补贴|津贴|优待金|给付/.test(n)) return { type: '行政给付', inferred: true };
  return { type: '公共服务', inferred: true };
}

// 法定办结时限 by kind: 《行政许可法》第四十二条 gives 20 working days; 给付 and 确认 follow the usual
// provincial implementation lists; 裁决 allows the longest.
const LEGAL_DAYS: Record<string, number[]> = {
  行政许可: [20],
  行政给付: [20, 20, 30],
  行政确认: [15, 20],
  行政裁决: [60],
  其他行政权力: [10, 15, 20],
  公共服务: [5, 10, 15, 20],
};

// Low-income payments: a 20-day legal limit, promised in 5–10 days.
const LOW_INCOME = /低保|最低生活保障|特困|五保|临时救助|生活补贴|护理补贴|高龄津贴|孤儿|无人抚养|基本生活/;

export interface Timing {
  serviceType: '1' | '2';
  legal: number;
  promised: number;
  /** Which of the time fields were filled rather than read from the source. */
  filled: string[];
}

export function timingOf(raw: RawMatter, taskType: string, rng: Rng): Timing {
  const filled: string[] = [];
  let instant: boolean;
  if (raw.promiseType) instant = raw.promiseType === '即办件';
  else if (raw.promisedDays === 0) instant = true;
  else if (raw.promisedDays !== null) instant = false;
  else {
    filled.push('service_type');
    instant =
      taskType !== '行政许可' &&
      taskType !== '行政裁决' &&
      INSTANT.test(raw.name) &&
      !/鉴定|认定|补贴|补助|审核|异地/.test(raw.name);
  }

  const kindDays = LEGAL_DAYS[taskType] ?? LEGAL_DAYS['公共服务'];
  let legal = raw.legalDays;
  if (legal === null) {
    filled.push('anticipate_day');
    legal = instant && taskType === '公共服务' ? rng.pick([1, 3, 5]) : rng.pick(kindDays);
  }
  if (instant) return { serviceType: '1', legal, promised: 0, filled };

  let promised = raw.promisedDays;
  if (LOW_INCOME.test(raw.name) && raw.legalDays === null && (promised === null || promised <= 20)) legal = 20;
  if ((promised === null || promised === 0) && LOW_INCOME.test(raw.name)) {
    filled.push('promise_day');
    promised = rng.int(5, 10);
  } else if (promised === null || promised === 0) {
    filled.push('promise_day');
    // The provincial policy cuts promised limits to roughly 30% of the legal ones; low-income payments are
    // promised in 5–10 days on a 20-day legal limit.
    const ratio = 0.25 + rng.next() * 0.2;
    promised = Math.max(1, Math.round(legal * ratio));
  }
  // A source that promises more than the law allows is read as having left the legal limit out.
  if (promised > legal) {
    legal = Math.max(promised, rng.pick(kindDays));
    if (!filled.includes('anticipate_day')) filled.push('anticipate_day');
  }
  return { serviceType: '2', legal, promised, filled };
}

/** What the source says about depth, if anything, from its wording or its visit count. */
export function depthFromSource(raw: RawMatter): OnlineDepth | null {
  if (raw.maxVisits !== null)
    return raw.maxVisits === 0 ? '4' : raw.maxVisits === 1 ? '3' : raw.maxVisits === 2 ? '2' : '1';
  if (raw.onlineDepth === '全程网办') return '4';
  if (raw.onlineDepth === '在线预审') return '2';
  return null;
}

// Matters that need the person or the object in front of an officer: biometrics, assessments, inspections,
// both spouses signing. Appointments and look-ups about them are still phone matters.
const IN_PERSON =
  /婚姻登记|结婚登记$|离婚登记$|收养|身份证办理|身份证.*异地办理|护照|残疾人证(新办|办理|换领)|办理残疾人证|鉴定|检疫|采伐|野外用火|仲裁|裁决|纠纷|墓地|检验合格|驾驶证初次|临时用地|集体建设用地|特种设备|校车|调解服务|辅助器具配置|适配|非正常死亡|被拐|弃婴|民族成份|监护投靠|户口恢复|档案查（借）阅/;

export function mustBeInPerson(name: string): boolean {
  return !/预约|查询|咨询/.test(name) && IN_PERSON.test(name);
}

/** 最多跑动次数 consistent with the depth: fully online 0, online with original check at most 1, … */
export function visitsFor(depth: OnlineDepth, rng: Rng): number {
  switch (depth) {
    case '4':
      return 0;
    case '3':
      return 1;
    case '2':
      return rng.pick([1, 2]);
    case '1':
      return rng.pick([2, 2, 3]);
  }
}

export interface Fee {
  charge: '0' | '1';
  desc: string;
}

// The few matters with a statutory fee; everything else in a township catalog is free.
const FEES: [RegExp, string][] = [
  [/护照/, '普通护照工本费每本120元（按国家发展改革委、财政部规定标准收取）'],
  [/居民身份证办理/, '首次申领免费；换领、补领工本费20元，临时居民身份证10元'],
  [/公证业务|公证（指引）/, '按河南省公证服务收费标准收取'],
  [/供气报装|供水报装/, '安装工程费按价格主管部门核定标准收取'],
];

export function feeOf(name: string, rawFee: string | null): Fee & { filled: boolean } {
  const hit = FEES.find(([re]) => re.test(name));
  if (hit) return { charge: '1', desc: hit[1], filled: true };
  if (rawFee) return { charge: '0', desc: rawFee, filled: false };
  return { charge: '0', desc: '不收费', filled: true };
}

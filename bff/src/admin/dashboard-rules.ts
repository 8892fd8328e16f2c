import type { IndicatorFigure, IndicatorKey, MonthPoint, TargetFigure, TargetKey } from '@zsb/contracts';
import type { CatalogCenter } from '../model/catalog.types';

// The 掌上办达标 targets (安阳 2022 实施方案, 卫东区 2021〔14〕; docs/console.md) counted from facts. Pure: the
// service reads the facts, these functions count them, so every figure can be recomputed from raw rows in a test.

/** A center, station, bank point or kiosk of the area, as the matter-count and kiosk targets need it. */
export interface PlaceFact {
  id: string;
  name: string;
  kind: 'center' | 'station' | 'bank-point' | 'kiosk';
  level: 'township' | 'street' | 'village';
  township: string;
  matterCount: number;
}

/**
 * What one month of an area counts, summed over its places (the database counts them: dashboard.repository.ts).
 * A window visit followed within 30 days by the same resident's application of the same matter ending is that
 * application's visit ("matched"); any other visit is a service done at the window ("own").
 */
export interface MonthCounts {
  /** Applications that ended (办结 or 不予受理); of them, ended the day they were submitted; and rated. */
  settled: number;
  sameDay: number;
  settledRated: number;
  /** Window visits (bookings checked in); not matched to an application; of those, for a 即办件; rated. */
  visits: number;
  visitsOwn: number;
  visitsOwnImmediate: number;
  visitsRated: number;
  /** 差评 counted (申诉 upheld excluded), owed a rectification, rectified. */
  bad: number;
  rectifiable: number;
  rectified: number;
  /** 办不成事 and 咨询 filed; answered or past their last day; answered by it. */
  feedback: number;
  feedbackDue: number;
  feedbackOnTime: number;
  /** Bookings for a time in the month: not cancelled; checked in; missed (no-show, or confirmed and over). */
  bookings: number;
  checkedIn: number;
  noShows: number;
  /** Places of the slots opened by a booking, and taken. */
  slotCapacity: number;
  slotTaken: number;
  agentMandates: number;
  agentApplications: number;
}

export const NO_COUNTS: MonthCounts = {
  settled: 0,
  sameDay: 0,
  settledRated: 0,
  visits: 0,
  visitsOwn: 0,
  visitsOwnImmediate: 0,
  visitsRated: 0,
  bad: 0,
  rectifiable: 0,
  rectified: 0,
  feedback: 0,
  feedbackDue: 0,
  feedbackOnTime: 0,
  bookings: 0,
  checkedIn: 0,
  noShows: 0,
  slotCapacity: 0,
  slotTaken: 0,
  agentMandates: 0,
  agentApplications: 0,
};

export function addCounts(a: MonthCounts, b: Partial<MonthCounts>): MonthCounts {
  const out = { ...a };
  for (const k of Object.keys(NO_COUNTS) as (keyof MonthCounts)[]) out[k] += b[k] ?? 0;
  return out;
}

export function placeFact(c: CatalogCenter): PlaceFact {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    level: c.level,
    township: c.township,
    matterCount: c.matterCodes.length,
  };
}

/** Policy floors of matters a place must handle (便民服务进基层掌上办达标). */
export const MATTER_FLOORS = { township: 200, street: 150, village: 40 } as const;
export const MOBILE_MATTERS_FLOOR = 300;
export const IMMEDIATE_SHARE_FLOOR = 40;
export const AVERAGE_VISITS_CEILING = 0.1;
export const ACTIVE_RATING_FLOOR = 60;
export const KIOSK_COVERAGE_FLOOR = 20;
/** A window visit is the same matter as an application of the same resident ending within this many days after it. */
export const SAME_MATTER_DAYS = 30;

/** The floor a place is assessed against; null for bank points and kiosks (not assessed by matter count). */
export function floorOf(place: PlaceFact): number | null {
  if (place.kind === 'center') return place.level === 'street' ? MATTER_FLOORS.street : MATTER_FLOORS.township;
  if (place.kind === 'station') return MATTER_FLOORS.village;
  return null;
}

export const assessedPlaces = (places: readonly PlaceFact[]) => places.filter((p) => floorOf(p) !== null);
export const meetsFloor = (p: PlaceFact) => p.matterCount >= (floorOf(p) ?? Infinity);

const percent = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

/** Services of the month: ended applications and the window visits that were services of their own. */
export const servicesOf = (c: MonthCounts) => c.settled + c.visitsOwn;

/** Everything one month's figures are counted from. */
export interface MonthFacts {
  places: readonly PlaceFact[];
  /** 掌上办 matters: the catalog's matters that can be done start to finish on the phone. */
  mobileMatters: number;
  counts: MonthCounts;
}

interface Count {
  numerator: number;
  denominator: number;
  actual: number | null;
}

const TARGETS: {
  key: TargetKey;
  name: string;
  rule: string;
  threshold: number;
  direction: 'atLeast' | 'atMost';
  unit: 'count' | 'percent' | 'visits';
  count: (f: MonthFacts) => Count;
}[] = [
  {
    key: 'center-matters',
    name: '中心（站）进驻事项达标',
    rule: '乡镇中心不少于200项、街道中心不少于150项、村（社区）服务站不少于40项；达标的中心和服务站占比（按当前事项目录）',
    threshold: 100,
    direction: 'atLeast',
    unit: 'percent',
    count: (f) => {
      const assessed = assessedPlaces(f.places);
      const met = assessed.filter(meetsFloor).length;
      return { numerator: met, denominator: assessed.length, actual: percent(met, assessed.length) };
    },
  },
  {
    key: 'mobile-matters',
    name: '掌上办事项数',
    rule: '可在手机上全程办理（网上办理深度三级及以上）的事项数（按当前事项目录）',
    threshold: MOBILE_MATTERS_FLOOR,
    direction: 'atLeast',
    unit: 'count',
    count: (f) => ({ numerator: f.mobileMatters, denominator: 1, actual: f.mobileMatters }),
  },
  {
    key: 'immediate-share',
    name: '即办件比例',
    rule: '当月办结的办件中即来即办的比例：网上申请当天提交当天办结，窗口办理的即办件事项',
    threshold: IMMEDIATE_SHARE_FLOOR,
    direction: 'atLeast',
    unit: 'percent',
    count: ({ counts: c }) => {
      const immediate = c.sameDay + c.visitsOwnImmediate;
      return { numerator: immediate, denominator: servicesOf(c), actual: percent(immediate, servicesOf(c)) };
    },
  },
  {
    key: 'average-visits',
    name: '平均跑动次数',
    rule: '窗口签到次数 ÷ 当月办结的办件数（同一人同一事项30天内的窗口签到算作该件的跑动）',
    threshold: AVERAGE_VISITS_CEILING,
    direction: 'atMost',
    unit: 'visits',
    count: ({ counts: c }) => {
      const services = servicesOf(c);
      return {
        numerator: c.visits,
        denominator: services,
        actual: services === 0 ? null : Math.round((c.visits / services) * 100) / 100,
      };
    },
  },
  {
    key: 'active-rating',
    name: '好差评主动评价率',
    rule: '当月办结的网上办件和窗口服务中，群众主动评价的比例',
    threshold: ACTIVE_RATING_FLOOR,
    direction: 'atLeast',
    unit: 'percent',
    count: ({ counts: c }) => {
      const rated = c.settledRated + c.visitsRated;
      const services = c.settled + c.visits;
      return { numerator: rated, denominator: services, actual: percent(rated, services) };
    },
  },
  {
    key: 'bad-rectified',
    name: '差评整改率',
    rule: '当月实名差评中已整改的比例（申诉认定无效的差评和经复核无法整改的不计）',
    threshold: 100,
    direction: 'atLeast',
    unit: 'percent',
    count: ({ counts: c }) => ({
      numerator: c.rectified,
      denominator: c.rectifiable,
      actual: percent(c.rectified, c.rectifiable),
    }),
  },
  {
    key: 'answered-on-time',
    name: '咨询投诉按期办结率',
    rule: '当月受理的办不成事反映和咨询中，已到答复期限或已答复的，按期答复的比例',
    threshold: 100,
    direction: 'atLeast',
    unit: 'percent',
    count: ({ counts: c }) => ({
      numerator: c.feedbackOnTime,
      denominator: c.feedbackDue,
      actual: percent(c.feedbackOnTime, c.feedbackDue),
    }),
  },
  {
    key: 'kiosk-coverage',
    name: '自助办覆盖乡镇（街道）比例',
    rule: '设有政务服务自助终端的乡镇（街道）占全部乡镇（街道）的比例（按当前服务网点）',
    threshold: KIOSK_COVERAGE_FLOOR,
    direction: 'atLeast',
    unit: 'percent',
    count: (f) => {
      const townships = new Set(f.places.filter((p) => p.kind === 'center').map((p) => p.township));
      const withKiosk = new Set(
        f.places.filter((p) => p.kind === 'kiosk' && townships.has(p.township)).map((p) => p.township),
      );
      return {
        numerator: withKiosk.size,
        denominator: townships.size,
        actual: percent(withKiosk.size, townships.size),
      };
    },
  },
];

const INDICATORS: {
  key: IndicatorKey;
  name: string;
  rule: string;
  unit: 'count' | 'percent';
  count: (f: MonthFacts) => Count;
}[] = [
  {
    key: 'agent-mandates',
    name: '帮办代办委托',
    rule: '当月群众委托本区域帮办代办员的委托数',
    unit: 'count',
    count: ({ counts: c }) => ({ numerator: c.agentMandates, denominator: 1, actual: c.agentMandates }),
  },
  {
    key: 'agent-applications',
    name: '代办申请',
    rule: '当月帮办代办员按委托代为提交的申请数',
    unit: 'count',
    count: ({ counts: c }) => ({ numerator: c.agentApplications, denominator: 1, actual: c.agentApplications }),
  },
  {
    key: 'bookings',
    name: '窗口预约',
    rule: '当月预约到本区域窗口的人次（已取消的不计）',
    unit: 'count',
    count: ({ counts: c }) => ({ numerator: c.bookings, denominator: 1, actual: c.bookings }),
  },
  {
    key: 'booking-utilisation',
    name: '预约号源使用率',
    rule: '已放出并有人预约的时段中，被占用的号源比例',
    unit: 'percent',
    count: ({ counts: c }) => ({
      numerator: c.slotTaken,
      denominator: c.slotCapacity,
      actual: percent(c.slotTaken, c.slotCapacity),
    }),
  },
  {
    key: 'no-show-rate',
    name: '预约爽约率',
    rule: '当月到期的预约中未到场（爽约）的比例',
    unit: 'percent',
    count: ({ counts: c }) => ({
      numerator: c.noShows,
      denominator: c.checkedIn + c.noShows,
      actual: percent(c.noShows, c.checkedIn + c.noShows),
    }),
  },
];

export const metOf = (actual: number | null, threshold: number, direction: 'atLeast' | 'atMost'): boolean | null =>
  actual === null ? null : direction === 'atLeast' ? actual >= threshold : actual <= threshold;

/** The targets of the last month in `months` (oldest first), each with its trend over all of them. */
export function targetFigures(months: readonly { month: string; facts: MonthFacts }[]): TargetFigure[] {
  const last = months[months.length - 1].facts;
  return TARGETS.map((t) => {
    const c = t.count(last);
    return {
      key: t.key,
      name: t.name,
      rule: t.rule,
      threshold: t.threshold,
      direction: t.direction,
      unit: t.unit,
      actual: c.actual,
      met: metOf(c.actual, t.threshold, t.direction),
      numerator: c.numerator,
      denominator: c.denominator,
      trend: months.map((m): MonthPoint => ({ month: m.month, actual: t.count(m.facts).actual })),
    };
  });
}

export function indicatorFigures(months: readonly { month: string; facts: MonthFacts }[]): IndicatorFigure[] {
  const last = months[months.length - 1].facts;
  return INDICATORS.map((t) => {
    const c = t.count(last);
    return {
      key: t.key,
      name: t.name,
      rule: t.rule,
      unit: t.unit,
      actual: c.actual,
      numerator: c.numerator,
      denominator: c.denominator,
      trend: months.map((m): MonthPoint => ({ month: m.month, actual: t.count(m.facts).actual })),
    };
  });
}

export const figureName = (key: TargetKey | IndicatorKey): string | undefined =>
  TARGETS.find((t) => t.key === key)?.name ?? INDICATORS.find((t) => t.key === key)?.name;

/** The six months up to and including `month` (YYYY-MM), oldest first. */
export function monthsUpTo(month: string, count = 6): string[] {
  const [y, m] = month.split('-').map(Number);
  const out: string[] = [];
  for (let i = count - 1; i >= 0; i -= 1) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    out.push(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
}

/** [start, end) of a Beijing month. */
export function monthRange(month: string): { start: Date; end: Date; from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const start = new Date(`${month}-01T00:00:00+08:00`);
  const end = new Date(`${next}-01T00:00:00+08:00`);
  const lastDay = new Date(end.getTime() - 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  return { start, end, from: `${month}-01`, to: lastDay };
}

/** How long a month's counts stay fresh: the month still running a few minutes, a month over for hours. */
export const FRESH_MS = { running: 5 * 60_000, closed: 6 * 3_600_000 } as const;

/**
 * Whether counts of `month` computed at `computedAt` may still be shown at `now`. A month is running until a day
 * after it ends (callbacks of its last evening arrive late); after that its counts change only by later steps of
 * its own cases (a 差评 rectified next month), which hours-old counts may miss.
 */
export function isFresh(month: string, computedAt: Date, now: number): boolean {
  const runningUntil = monthRange(month).end.getTime() + 86_400_000;
  const ttl = computedAt.getTime() < runningUntil ? FRESH_MS.running : FRESH_MS.closed;
  return now - computedAt.getTime() < ttl;
}

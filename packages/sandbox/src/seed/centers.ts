import type { Center, Task, WorkTime } from '../wire';
import type { RawCounty, RawDivisions, RawTownship } from './data';
import { LEVEL_FLOORS } from './levels';
import { asGcj02, jitter, seatOf, toGcj02, villageName } from './places';
import { type Rng, rngFor } from './prng';

const WEEKDAYS = [1, 2, 3, 4, 5];
// Henan's summer hours. 延时错时服务: about a third of the halls also open on Saturday morning, and about a
// quarter stay open until 19:00 on Wednesday or Thursday. The late evening is an entry of its own, so the day
// appears in two entries and is open in the ranges of both (CONTRACT.md: entries combine as a union).
const HALL_HOURS: WorkTime = { weekday: WEEKDAYS, am: ['08:30', '12:00'], pm: ['14:30', '17:30'] };
const lateEvening = (weekday: number): WorkTime => ({ weekday: [weekday], am: null, pm: ['17:30', '19:00'] });
const SATURDAY: WorkTime = { weekday: [6], am: ['09:00', '12:00'], pm: null };
export const STATION_HOURS: WorkTime = { weekday: WEEKDAYS, am: ['08:30', '11:30'], pm: ['14:30', '17:30'] };
const BANK_HOURS: WorkTime[] = [
  { weekday: WEEKDAYS, am: ['08:30', '12:00'], pm: ['12:00', '17:30'] },
  { weekday: [6, 7], am: ['09:00', '12:00'], pm: ['12:00', '16:00'] },
];
const KIOSK_HOURS: WorkTime[] = [{ weekday: [1, 2, 3, 4, 5, 6, 7], am: ['08:00', '12:00'], pm: ['12:00', '20:00'] }];

// 办事窗口 per kind; a kiosk has none. Stations and scale points have one.
export const WINDOWS = { township: [4, 10], street: [3, 8], station: 1, bank: 2, kiosk: 0 } as const;

const tel = (rng: Rng): string =>
  `0372-${rng.pick(['2', '3', '5', '6'])}${String(rng.int(0, 999999)).padStart(6, '0')}`;
const stemOf = (name: string): string => name.replace(/(街道|镇|乡)$/, '') || name;
// 东大街街道 sits on 东大街 and 紫薇大道街道 on 紫薇大道; other townships get a road named after them.
const roadOf = (name: string, kind: string): string =>
  /(大街|路|大道)$/.test(stemOf(name)) ? stemOf(name) : `${stemOf(name)}${kind}`;

// Statistical units of type 其他 (codes ≥ 400 such as 步行街综合治理办公室) are management offices, not
// townships with a service hall, so they get no center. The 高新区 units are 街道 and keep theirs.
function hasCenter(t: RawTownship): boolean {
  return t.type === '街道' || t.type === '镇' || t.type === '乡';
}

// Windows and the late evening come from streams of their own, so adding them left every other value of the seed
// as it was; Saturday keeps its draw from the center's stream.
function hallHours(code: string, rng: Rng): WorkTime[] {
  const late = rngFor(code, 'late-hours');
  const hours = [HALL_HOURS];
  if (late.chance(0.25)) hours.push(lateEvening(late.pick([3, 4])));
  if (rng.chance(0.33)) hours.push(SATURDAY);
  return hours;
}

function hallWindows(code: string, street: boolean): number {
  const [min, max] = street ? WINDOWS.street : WINDOWS.township;
  return rngFor(code, 'windows').int(min, max);
}

/** A center keeps almost all of its tier's matters; a few are dropped per center, never below the policy floor. */
function handled(tierTasks: readonly string[], floor: number, rng: Rng): string[] {
  const keep = tierTasks.filter(() => !rng.chance(0.04));
  return keep.length >= floor ? keep : [...tierTasks];
}

export interface TierLists {
  township: string[];
  street: string[];
  village: string[];
  bank: { township: string[]; street: string[] };
  kiosk: { township: string[]; street: string[] };
}

export function tierLists(tasks: readonly Task[]): TierLists {
  const at = (level: string, extra: (t: Task) => boolean = () => true): string[] =>
    tasks.filter((t) => t.use_level.split(',').includes(level) && extra(t)).map((t) => t.task_code);
  // 政银通办: banks take the social-insurance, medical-insurance and business-registration matters.
  const bankLine = (t: Task): boolean =>
    ['social-insurance', 'medical-insurance', 'market-entities', 'employment'].includes(t.theme_type_code) &&
    t.online_depth >= '3';
  // A kiosk does what needs no officer: look-ups, prints, card services.
  const kioskLine = (t: Task): boolean => t.online_depth === '4' && t.service_type === '1';
  return {
    township: at('2'),
    street: at('3'),
    village: at('4'),
    bank: { township: at('2', bankLine), street: at('3', bankLine) },
    kiosk: { township: at('2', kioskLine), street: at('3', kioskLine) },
  };
}

function townshipCenters(county: RawCounty, t: RawTownship, lists: TierLists): Center[] {
  const rng = rngFor(t.code, 'center');
  const street = t.type === '街道';
  const seat = seatOf(county);
  const spot = jitter(seat, seat.spreadKm, rng);
  const office = street ? '街道办事处' : `${t.type}人民政府`;
  const center: Center = {
    center_id: `C${t.code}`,
    center_name: `${t.name}${street ? '党群服务中心（便民服务中心）' : '便民服务中心'}`,
    center_kind: '1',
    level: street ? '3' : '2',
    division_code: `${t.code}000`,
    county_name: county.name,
    township_name: t.name,
    address: `河南省安阳市${county.name}${t.name}${roadOf(t.name, street ? '路' : '大街')}${rng.int(1, 199)}号（${stemOf(t.name)}${office}院内）`,
    ...toGcj02(spot),
    tel: tel(rng),
    window_count: hallWindows(t.code, street),
    work_time: hallHours(t.code, rng),
    task_codes: street
      ? handled(lists.street, LEVEL_FLOORS.street, rng)
      : handled(lists.township, LEVEL_FLOORS.township, rng),
    sample: false,
  };

  const stations: Center[] = [];
  const used = new Set<string>();
  const count = rng.int(2, 4);
  for (let i = 0; stations.length < count && i < 20; i++) {
    const village = villageName(rng, street);
    if (used.has(village)) continue;
    used.add(village);
    const n = stations.length + 1;
    const code = `${t.code}${street ? String(n).padStart(3, '0') : String(200 + n)}`;
    stations.push({
      center_id: `S${code}`,
      center_name: `${village}${street ? '党群服务站' : '便民服务站'}`,
      center_kind: '2',
      level: '4',
      division_code: code,
      county_name: county.name,
      township_name: t.name,
      // 东王庄村 + 委会, not 东王庄村村委会
      address: `河南省安阳市${county.name}${t.name}${village}${street ? '居委会' : '委会'}`,
      ...toGcj02(jitter(spot, street ? 1 : 3, rng)),
      tel: rng.chance(0.8) ? tel(rng) : null,
      window_count: WINDOWS.station,
      work_time: [STATION_HOURS],
      task_codes: handled(lists.village, LEVEL_FLOORS.village, rng),
      sample: true,
    });
  }
  return [center, ...stations];
}

// One 政银通办 bank point and one self-service kiosk per county, at its first township center.
function countyPoints(county: RawCounty, host: Center, lists: TierLists): Center[] {
  const rng = rngFor(county.code, 'points');
  const tier = host.level === '3' ? 'street' : 'township';
  const bank = rng.pick(['中国邮政储蓄银行', '中国农业银行', '中国建设银行']);
  const base = {
    level: host.level,
    division_code: host.division_code,
    county_name: county.name,
    township_name: host.township_name,
    sample: true,
  };
  return [
    {
      ...base,
      center_id: `B${county.code}01`,
      center_name: `${bank}${county.name}${stemOf(host.township_name)}支行政银通办网点`,
      center_kind: '3',
      address: `河南省安阳市${county.name}${host.township_name}${roadOf(host.township_name, '大街')}${rng.int(1, 300)}号`,
      // the host's point is already GCJ-02; a few hundred metres of jitter need no datum change
      ...asGcj02(jitter({ lng: host.gcj02_lng, lat: host.gcj02_lat }, 0.6, rng)),
      tel: tel(rng),
      window_count: WINDOWS.bank,
      work_time: BANK_HOURS,
      task_codes: lists.bank[tier],
    },
    {
      ...base,
      center_id: `K${county.code}01`,
      center_name: `${host.township_name}政务服务自助终端`,
      center_kind: '4',
      address: `${host.address.replace(/（.*）$/, '')}（便民服务中心大厅）`,
      gcj02_lng: host.gcj02_lng,
      gcj02_lat: host.gcj02_lat,
      tel: null,
      window_count: WINDOWS.kiosk,
      work_time: KIOSK_HOURS,
      task_codes: lists.kiosk[tier],
    },
  ];
}

export function buildCenters(divisions: RawDivisions, tasks: readonly Task[]): Center[] {
  const lists = tierLists(tasks);
  const centers: Center[] = [];
  for (const county of divisions.counties) {
    const own = county.townships.filter(hasCenter).flatMap((t) => townshipCenters(county, t, lists));
    centers.push(...own);
    const host = own.find((c) => c.center_kind === '1');
    if (host) centers.push(...countyPoints(county, host, lists));
  }
  return centers;
}

import type { Resident } from '../wire';
import { loadDivisions, type RawCounty, type RawTownship } from './data';
import { dateInYears, digits, idNumberFor, personName } from './people';
import { villageName } from './places';
import { type Rng, rngFor } from './prng';

/** How many residents the registry holds, the three README residents included. */
export const RESIDENT_COUNT = 40;

// Stable and easy to type, for README examples and hand testing (CONTRACT.md lists them). The ID numbers are
// valid (their check digits were computed, not chosen): 张建国 is 45, 李秀英 is an elderly resident in a
// county, 王芳 is young.
const README_RESIDENTS: Omit<Resident, 'county_name'>[] = [
  {
    name: '张建国',
    id_number: '410502198001010036',
    phone: '13800000001',
    wechat_openid: 'oZSBsandbox00000000000000001',
    alipay_user_id: '2088000000000001',
    county: '410502',
    township: '东大街街道',
    gender: 'male',
    birth_date: '1980-01-01',
    ethnicity: '汉',
    address: '河南省安阳市文峰区东大街街道和平里社区18号',
  },
  {
    name: '李秀英',
    id_number: '410526195003150021',
    phone: '13800000002',
    wechat_openid: 'oZSBsandbox00000000000000002',
    alipay_user_id: '2088000000000002',
    county: '410526',
    township: '白道口镇',
    gender: 'female',
    birth_date: '1950-03-15',
    ethnicity: '汉',
    address: '河南省滑县白道口镇西王庄村116号',
  },
  {
    name: '王芳',
    id_number: '410522199808080027',
    phone: '13800000003',
    wechat_openid: 'oZSBsandbox00000000000000003',
    alipay_user_id: '2088000000000003',
    county: '410522',
    township: '铜冶镇',
    gender: 'female',
    birth_date: '1998-08-08',
    ethnicity: '汉',
    address: '河南省安阳县铜冶镇东李店村35号',
  },
];

const MOBILE_PREFIXES = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '157',
  '158',
  '159',
  '166',
  '176',
  '177',
  '180',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
  '199',
];
const OPENID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** Where people live: the administrative counties (高新区 is a development zone, not a household register). */
function residentialCounties(): RawCounty[] {
  return loadDivisions().counties.filter((c) => c.kind !== '功能区');
}

const hasHouseholds = (t: RawTownship): boolean => t.type === '街道' || t.type === '镇' || t.type === '乡';

/** 河南省安阳市文峰区 for a district, 河南省滑县 for a county or county-level city. */
export function addressPrefix(county: RawCounty): string {
  return county.kind === '市辖区' ? `河南省安阳市${county.name}` : `河南省${county.name}`;
}

function randomResident(rng: Rng, counties: readonly RawCounty[]): Resident {
  const county = rng.pick(counties);
  const township = rng.pick(county.townships.filter(hasHouseholds));
  const gender = rng.chance(0.5) ? 'male' : 'female';
  const birthDate = dateInYears(rng, 1940, 2008);
  const openid = `oZSB${Array.from({ length: 24 }, () => rng.pick([...OPENID_CHARS])).join('')}`;
  return {
    name: personName(rng, gender, Number(birthDate.slice(0, 4))),
    id_number: idNumberFor(county.code, birthDate, gender, rng),
    phone: rng.pick(MOBILE_PREFIXES) + digits(rng, 8),
    wechat_openid: openid,
    // a leading 1–9 keeps them clear of the README residents' 2088000000000001…
    alipay_user_id: `2088${rng.int(1, 9)}${digits(rng, 11)}`,
    county: county.code,
    county_name: county.name,
    township: township.name,
    gender,
    birth_date: birthDate,
    ethnicity: rng.chance(0.06) ? rng.pick(['回', '满']) : '汉',
    address: `${addressPrefix(county)}${township.name}${villageName(rng, township.type === '街道')}${rng.int(1, 199)}号`,
  };
}

const uniqueKeys = ['id_number', 'phone', 'wechat_openid', 'alipay_user_id'] as const;

const cached = new Map<number, readonly Resident[]>();

/**
 * The registry of fictional residents: deterministic, the same in every process, frozen. A larger `count`
 * (load and concurrency tests need hundreds of real-name residents) keeps the first residents as they are.
 */
export function buildResidents(count: number = RESIDENT_COUNT): readonly Resident[] {
  const hit = cached.get(count);
  if (hit) return hit;
  const counties = residentialCounties();
  const byCode = new Map(counties.map((c) => [c.code, c]));
  const residents: Resident[] = README_RESIDENTS.map((r) => ({ ...r, county_name: byCode.get(r.county)?.name ?? '' }));
  const seen = new Set(residents.flatMap((r) => uniqueKeys.map((k) => `${k}:${r[k]}`)));
  for (let i = residents.length; residents.length < count; i++) {
    const candidate = randomResident(rngFor('resident', i), counties);
    const keys = uniqueKeys.map((k) => `${k}:${candidate[k]}`);
    // a collision only skips this index, so every other resident keeps its values
    if (keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    residents.push(candidate);
  }
  const frozen = Object.freeze(residents.map((r) => Object.freeze(r)));
  cached.set(count, frozen);
  return frozen;
}

let counties: Map<string, RawCounty> | undefined;

/** The county record of a resident's county code. */
export function countyOf(code: string): RawCounty {
  counties ??= new Map(loadDivisions().counties.map((c) => [c.code, c]));
  const county = counties.get(code);
  if (!county) throw new Error(`unknown county ${code}`);
  return county;
}

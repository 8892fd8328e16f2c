import { wgs84ToGcj02 } from '@zsb/domain';
import type { RawCounty } from './data';
import type { Rng } from './prng';

export interface Seat {
  lng: number;
  lat: number;
  /** How far (km) township centers scatter around the seat: a district is compact, a county is not. */
  spreadKm: number;
}

// WGS-84 seats of the districts and counties the data gives no coordinate for (approximate, from public maps).
// 滑县's coordinate in the data has an unknown datum and is treated as WGS-84; the error is far below the jitter.
const SEATS: Record<string, Seat> = {
  '410502': { lng: 114.357, lat: 36.088, spreadKm: 3 },
  '410503': { lng: 114.356, lat: 36.111, spreadKm: 3 },
  '410505': { lng: 114.301, lat: 36.109, spreadKm: 5 },
  '410506': { lng: 114.302, lat: 36.076, spreadKm: 5 },
  '410522': { lng: 114.398, lat: 36.079, spreadKm: 10 },
  '410523': { lng: 114.357, lat: 35.924, spreadKm: 8 },
  '410571': { lng: 114.318, lat: 36.062, spreadKm: 2 },
};

export function seatOf(county: RawCounty): Seat {
  const spread = county.kind === '县级市' || county.kind === '县' ? 10 : 3;
  if (county.seatCoordinate)
    return { lng: county.seatCoordinate.lng, lat: county.seatCoordinate.lat, spreadKm: spread };
  const seat = SEATS[county.code];
  if (!seat) throw new Error(`no seat coordinate for ${county.name}`);
  return seat;
}

const KM_PER_DEG_LAT = 111.32;

/** A WGS-84 point within `km` of `around`, deterministic for the rng. */
export function jitter(around: { lng: number; lat: number }, km: number, rng: Rng): { lng: number; lat: number } {
  const angle = rng.next() * 2 * Math.PI;
  // sqrt keeps the points uniform over the disc instead of bunching at the centre
  const dist = Math.sqrt(rng.next()) * km;
  const dLat = (dist * Math.sin(angle)) / KM_PER_DEG_LAT;
  const dLng = (dist * Math.cos(angle)) / (KM_PER_DEG_LAT * Math.cos((around.lat * Math.PI) / 180));
  return { lng: around.lng + dLng, lat: around.lat + dLat };
}

export function asGcj02(p: { lng: number; lat: number }): { gcj02_lng: number; gcj02_lat: number } {
  return { gcj02_lng: Math.round(p.lng * 1e6) / 1e6, gcj02_lat: Math.round(p.lat * 1e6) / 1e6 };
}

export function toGcj02(wgs84: { lng: number; lat: number }): { gcj02_lng: number; gcj02_lat: number } {
  return asGcj02(wgs84ToGcj02(wgs84));
}

// Village and community names are invented (CONTRACT.md marks the stations as sample) but built the way
// northern Henan names its villages: direction or size + surname + 庄/营/屯/寨/店/岗.
const PREFIX = ['东', '西', '南', '北', '前', '后', '大', '小', '上', '下'];
const SURNAME = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '郭',
  '马',
  '孙',
  '宋',
  '常',
  '牛',
  '申',
  '吕',
  '郝',
  '崔',
  '路',
];
const SUFFIX = ['庄', '营', '屯', '寨', '店', '岗', '村', '固', '楼'];
const COMMUNITY = [
  '朝阳',
  '和平',
  '幸福',
  '文明',
  '光明',
  '建设',
  '胜利',
  '新华',
  '红旗',
  '育才',
  '彰德',
  '殷墟',
  '洹河',
  '人和',
  '平原',
  '中州',
];

export function villageName(rng: Rng, street: boolean): string {
  if (street) return `${rng.pick(COMMUNITY)}${rng.pick(['社区', '里社区', '路社区'])}`;
  const stem = `${rng.pick(PREFIX)}${rng.pick(SURNAME)}${rng.pick(SUFFIX)}`;
  // 东郭 + 村 is 东郭村, not 东郭村村
  return stem.endsWith('村') ? stem : `${stem}村`;
}

import type { Center } from '../wire';
import { STATION_HOURS, WINDOWS } from './centers';
import { jitter, toGcj02, villageName } from './places';
import { rngFor } from './prng';

// The scale data set of the benchmark (createSandbox({ scalePoints })): invented village stations over the
// whole province, so nearest-center and map queries can be measured at the size of Henan's tens of thousands
// of villages. Every value is sample data, and the names say so.

/** Henan's extent in GCJ-02 (approximate bounding box); every scale point lies inside it. */
export const HENAN_BOX = { minLng: 110.35, maxLng: 116.65, minLat: 31.38, maxLat: 36.37 } as const;

/** Ids are X + 6 digits, so at most 999,999 points. */
export const MAX_SCALE_POINTS = 999_999;

// The 17 prefecture seats in WGS-84, approximate (public maps, to about 0.01°). Points cluster around them.
export const PREFECTURE_SEATS = [
  { code: '4101', city: '郑州市', lng: 113.625, lat: 34.746 },
  { code: '4102', city: '开封市', lng: 114.308, lat: 34.797 },
  { code: '4103', city: '洛阳市', lng: 112.454, lat: 34.619 },
  { code: '4104', city: '平顶山市', lng: 113.193, lat: 33.766 },
  { code: '4105', city: '安阳市', lng: 114.392, lat: 36.097 },
  { code: '4106', city: '鹤壁市', lng: 114.297, lat: 35.748 },
  { code: '4107', city: '新乡市', lng: 113.927, lat: 35.303 },
  { code: '4108', city: '焦作市', lng: 113.242, lat: 35.216 },
  { code: '4109', city: '濮阳市', lng: 115.029, lat: 35.762 },
  { code: '4110', city: '许昌市', lng: 113.852, lat: 34.036 },
  { code: '4111', city: '漯河市', lng: 114.017, lat: 33.582 },
  { code: '4112', city: '三门峡市', lng: 111.2, lat: 34.773 },
  { code: '4113', city: '南阳市', lng: 112.528, lat: 32.991 },
  { code: '4114', city: '商丘市', lng: 115.656, lat: 34.414 },
  { code: '4115', city: '信阳市', lng: 114.091, lat: 32.147 },
  { code: '4116', city: '周口市', lng: 114.697, lat: 33.626 },
  { code: '4117', city: '驻马店市', lng: 114.022, lat: 33.012 },
] as const;

const inBox = (p: { gcj02_lng: number; gcj02_lat: number }): boolean =>
  p.gcj02_lng >= HENAN_BOX.minLng &&
  p.gcj02_lng <= HENAN_BOX.maxLng &&
  p.gcj02_lat >= HENAN_BOX.minLat &&
  p.gcj02_lat <= HENAN_BOX.maxLat;

function scalePoint(serial: number, taskCodes: string[]): Center {
  // One stream per point: point n is the same whatever the count, so a smaller set is a prefix of a larger one.
  const rng = rngFor('scale-point', serial);
  const seat = rng.pick(PREFECTURE_SEATS);
  // Two thirds within 45 km of the seat, the rest up to 120 km out; a random radius for a uniform disc puts
  // more points near the seat than far from it. Points off the box are drawn again.
  let spot = toGcj02(seat);
  for (let tries = 0; tries < 8; tries++) {
    const radiusKm = (rng.chance(0.67) ? 45 : 120) * rng.next();
    const candidate = toGcj02(jitter(seat, radiusKm, rng));
    if (inBox(candidate)) {
      spot = candidate;
      break;
    }
  }
  const village = villageName(rng, false);
  const digits = String(serial).padStart(6, '0');
  return {
    center_id: `X${digits}`,
    center_name: `${village}便民服务站（规模测试）`,
    center_kind: '2',
    level: '4',
    division_code: `${seat.code}99${digits}`,
    county_name: `${seat.city}（规模测试）`,
    township_name: '规模测试',
    address: `河南省${seat.city}${village}委会（规模测试）`,
    ...spot,
    tel: null,
    window_count: WINDOWS.station,
    work_time: [STATION_HOURS],
    task_codes: taskCodes,
    sample: true,
  };
}

/**
 * `count` synthetic village stations X000001 … spread over Henan, each handling `villageTasks` (one shared
 * list: 50,000 copies of 60-odd codes would cost the sandbox memory for nothing).
 */
export function buildScalePoints(count: number, villageTasks: readonly string[]): Center[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_SCALE_POINTS) {
    throw new RangeError(`scalePoints must be an integer between 0 and ${MAX_SCALE_POINTS}, got ${count}`);
  }
  const taskCodes = [...villageTasks];
  const points = new Array<Center>(count);
  for (let i = 0; i < count; i++) points[i] = scalePoint(i + 1, taskCodes);
  return points;
}

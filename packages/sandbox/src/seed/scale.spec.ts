import { distanceMeters, gcj02ToWgs84 } from '@zsb/domain';
import { buildCatalog } from './catalog';
import { tierLists } from './centers';
import { buildScalePoints, HENAN_BOX, PREFECTURE_SEATS } from './scale';

const seed = buildCatalog();
const villageTasks = tierLists(seed.tasks).village;

describe('scale data set', () => {
  const N = 5000;
  const scaled = buildCatalog(N);
  const extra = scaled.centers.slice(seed.centers.length);

  it('adds exactly N village stations after the seed centers, with unique X ids', () => {
    expect(scaled.centers).toHaveLength(seed.centers.length + N);
    expect(scaled.centers.slice(0, seed.centers.length)).toEqual(seed.centers);
    expect(extra[0].center_id).toBe('X000001');
    expect(extra[N - 1].center_id).toBe('X005000');
    for (const p of extra) expect(p.center_id).toMatch(/^X\d{6}$/);
    expect(new Set(scaled.centers.map((c) => c.center_id)).size).toBe(scaled.centers.length);
  });

  it('makes every point a sample village station with one window and the village-tier matters', () => {
    const village = villageTasks.join();
    // plain checks collected per point: 5,000 points × several matchers would take seconds in jest
    const wrong = extra.filter(
      (p) =>
        !(
          p.center_kind === '2' &&
          p.level === '4' &&
          p.sample &&
          p.window_count === 1 &&
          p.tel === null &&
          p.township_name === '规模测试' &&
          /^[\u4e00-\u9fa5]{3,4}便民服务站（规模测试）$/.test(p.center_name) &&
          !p.center_name.includes('村村') &&
          !p.address.includes('村村') &&
          /^41\d{2}99\d{6}$/.test(p.division_code) &&
          p.task_codes.join() === village
        ),
    );
    expect(wrong).toEqual([]);
    expect(extra[0].work_time).toEqual([{ weekday: [1, 2, 3, 4, 5], am: ['08:30', '11:30'], pm: ['14:30', '17:30'] }]);
    expect(villageTasks.length).toBeGreaterThanOrEqual(40);
  });

  it('places every point inside Henan, clustered around the prefecture seats', () => {
    const outside = extra.filter(
      (p) =>
        !(
          p.gcj02_lng >= HENAN_BOX.minLng &&
          p.gcj02_lng <= HENAN_BOX.maxLng &&
          p.gcj02_lat >= HENAN_BOX.minLat &&
          p.gcj02_lat <= HENAN_BOX.maxLat
        ),
    );
    expect(outside).toEqual([]);
    // spread over the province, not piled on the seats
    const lngs = extra.map((p) => p.gcj02_lng);
    const lats = extra.map((p) => p.gcj02_lat);
    expect(Math.min(...lngs)).toBeLessThan(111.2);
    expect(Math.max(...lngs)).toBeGreaterThan(116);
    expect(Math.min(...lats)).toBeLessThan(32);
    expect(Math.max(...lats)).toBeGreaterThan(36);
    const nearestSeatKm = (p: (typeof extra)[number]): number => {
      const wgs = gcj02ToWgs84({ lng: p.gcj02_lng, lat: p.gcj02_lat });
      return Math.min(...PREFECTURE_SEATS.map((s) => distanceMeters(wgs, s))) / 1000;
    };
    const near = extra.filter((p) => nearestSeatKm(p) <= 30).length;
    // 30 km discs around 17 seats cover about a sixth of the box; denser than uniform means far more than that
    expect(near / N).toBeGreaterThan(0.4);
    // and the points reach every prefecture
    expect(new Set(extra.map((p) => p.division_code.slice(0, 4))).size).toBe(PREFECTURE_SEATS.length);
  });

  it('is deterministic across two builds, without Math.random, and a smaller set is a prefix of a larger', () => {
    const random = jest.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('the scale set must not use Math.random');
    });
    try {
      const again = buildCatalog(N);
      expect(again).not.toBe(scaled);
      // one string comparison: a deep toEqual of 5,000 centers takes seconds in jest
      expect(JSON.stringify(again.centers) === JSON.stringify(scaled.centers)).toBe(true);
      expect(again.version).toBe(scaled.version);
      expect(buildScalePoints(100, villageTasks)).toEqual(extra.slice(0, 100));
    } finally {
      random.mockRestore();
    }
  });

  it('has a catalog version of its own', () => {
    expect(scaled.version).not.toBe(seed.version);
    expect(buildCatalog(N + 1).version).not.toBe(scaled.version);
    expect(scaled.version).toMatch(/^\d{8}-[0-9a-f]{10}$/);
  });

  it.each([-1, 1.5, 1_000_000])('refuses %p points', (count) => {
    expect(() => buildScalePoints(count, villageTasks)).toThrow(RangeError);
  });
});

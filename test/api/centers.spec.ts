import type { CenterAreas, CenterDetail, CenterList, ErrorBody, HotMatters } from '@zsb/contracts';
import { distanceMeters, gcj02ToWgs84 } from '@zsb/domain';
import { Clock } from '../../bff/src/common/clock';
import { startSystem, type RunningSystem } from '../support/system';

// 安阳市政务服务中心 is about here (GCJ-02).
const ANYANG = { lat: 36.0977, lng: 114.3924 };
let sys: RunningSystem;
let matterCode: string;

beforeAll(async () => {
  sys = await startSystem();
  // Monday 2026-12-07, 10:00 in Anyang: halls are open.
  sys.app.get(Clock).travelTo(Date.parse('2026-12-07T10:00:00+08:00'));
  matterCode = (await sys.get<HotMatters>('/api/v1/matters/hot')).body.items[0].code;
});
afterAll(() => sys.close(), 120_000);

const list = (query: string) => sys.get<CenterList & ErrorBody>(`/api/v1/centers?${query}`);

describe('nearest first', () => {
  it('lists the closest places in order of distance, with hours and whether they are open', async () => {
    const res = await list(`lat=${ANYANG.lat}&lng=${ANYANG.lng}&limit=10`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(10);
    const distances = res.body.items.map((c) => c.distanceMeters!);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const c of res.body.items) {
      expect(Math.abs(distanceMeters(ANYANG, c.gcj02) - c.distanceMeters!)).toBeLessThan(2);
      if (c.kind === 'center') {
        expect(c.openNow).toBe(true);
        expect(c.todayHours).toMatch(/^\d{2}:\d{2}-\d{2}:\d{2}/);
      }
    }
  });

  it('converts a phone GPS (WGS-84) position instead of treating it as GCJ-02', async () => {
    const target = (await list(`lat=35.6&lng=113.9&kind=center&limit=1`)).body.items[0];
    const gps = gcj02ToWgs84(target.gcj02);
    const asWgs = (await list(`lat=${gps.lat}&lng=${gps.lng}&coord=wgs84&kind=center&limit=1`)).body.items[0];
    expect(asWgs.id).toBe(target.id);
    expect(asWgs.distanceMeters).toBeLessThan(5);
    // The same numbers read as GCJ-02 are hundreds of metres off: the conversion is not a no-op.
    const asGcj = (await list(`lat=${gps.lat}&lng=${gps.lng}&kind=center&limit=1`)).body.items[0];
    expect(asGcj.id === target.id ? asGcj.distanceMeters : Infinity).toBeGreaterThan(100);
  });

  it('keeps only places that handle the matter, each with its next free slot', async () => {
    const res = await list(`lat=${ANYANG.lat}&lng=${ANYANG.lng}&matterCode=${matterCode}&limit=5`);
    expect(res.body.items.length).toBeGreaterThan(0);
    const name = (await sys.get<{ name: string }>(`/api/v1/matters/${matterCode}`)).body.name;
    for (const c of res.body.items) {
      const matters = await sys.get<{ items: { code: string }[] }>(
        `/api/v1/matters?centerId=${c.id}&q=${encodeURIComponent(name)}`,
      );
      expect(matters.body.items.map((m) => m.code)).toContain(matterCode);
      if (c.bookable) expect(c.nextSlot?.start).toMatch(/^2026-12-(0[7-9]|1[0-3])T\d{2}:\d{2}:00\+08:00$/);
    }
  });

  it('filters by kind and by open now', async () => {
    const kiosks = await list(`lat=${ANYANG.lat}&lng=${ANYANG.lng}&kind=kiosk&limit=3`);
    expect(kiosks.body.items.every((c) => c.kind === 'kiosk' && !c.bookable)).toBe(true);
    sys.app.get(Clock).travelTo(Date.parse('2026-12-07T12:30:00+08:00'));
    const lunch = await list(`lat=${ANYANG.lat}&lng=${ANYANG.lng}&openNow=true&limit=20`);
    // At 12:30 the halls are on their lunch break; what is open is a bank point or a kiosk.
    expect(lunch.body.items.length).toBeGreaterThan(0);
    expect(lunch.body.items.every((c) => c.openNow && (c.kind === 'kiosk' || c.kind === 'bank-point'))).toBe(true);
    sys.app.get(Clock).travelTo(Date.parse('2026-12-07T10:00:00+08:00'));
  });
});

describe('the map rectangle', () => {
  it('returns exactly the places inside the visible box', async () => {
    const box = { minLng: 114.36, minLat: 36.07, maxLng: 114.42, maxLat: 36.12 };
    const res = await list(`bbox=${box.minLng},${box.minLat},${box.maxLng},${box.maxLat}&limit=200`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBeGreaterThan(2);
    expect(res.body).toMatchObject({ truncated: false, total: res.body.items.length });
    for (const c of res.body.items) {
      expect(c.gcj02.lng).toBeGreaterThanOrEqual(box.minLng);
      expect(c.gcj02.lng).toBeLessThanOrEqual(box.maxLng);
      expect(c.gcj02.lat).toBeGreaterThanOrEqual(box.minLat);
      expect(c.gcj02.lat).toBeLessThanOrEqual(box.maxLat);
    }
    // Nothing inside is left out: the nearest-first list around the box, cut to the box, is the same set.
    const around = await list(`lat=${(box.minLat + box.maxLat) / 2}&lng=${(box.minLng + box.maxLng) / 2}&limit=200`);
    // (the 200 nearest reach beyond the box's corners, so every place inside is among them)
    const corner = distanceMeters(
      { lat: (box.minLat + box.maxLat) / 2, lng: (box.minLng + box.maxLng) / 2 },
      { lat: box.maxLat, lng: box.maxLng },
    );
    expect(around.body.items.at(-1)!.distanceMeters).toBeGreaterThan(corner);
    const inside = around.body.items.filter(
      (c) =>
        c.gcj02.lng >= box.minLng &&
        c.gcj02.lng <= box.maxLng &&
        c.gcj02.lat >= box.minLat &&
        c.gcj02.lat <= box.maxLat,
    );
    expect(new Set(res.body.items.map((c) => c.id))).toEqual(new Set(inside.map((c) => c.id)));
    const cut = await list(`bbox=${box.minLng},${box.minLat},${box.maxLng},${box.maxLat}&limit=2`);
    expect(cut.body).toMatchObject({ total: res.body.total, truncated: res.body.total > 2 });
  });
});

describe('without location', () => {
  it('lets a resident choose county and township instead', async () => {
    const areas = (await sys.get<CenterAreas>('/api/v1/center-areas')).body.items;
    const county = areas.find((a) => a.county === '林州市')!;
    expect(county.townships.length).toBeGreaterThan(10);
    const res = await list(
      `county=${encodeURIComponent('林州市')}&township=${encodeURIComponent(county.townships[0])}`,
    );
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(
      res.body.items.every(
        (c) => c.county === '林州市' && c.township === county.townships[0] && c.distanceMeters === null,
      ),
    ).toBe(true);
  });
});

describe('a center', () => {
  it('has hours with the lunch break, windows and the holiday closures ahead', async () => {
    sys.app.get(Clock).travelTo(Date.parse('2026-12-29T09:00:00+08:00'));
    const near = (await list(`lat=${ANYANG.lat}&lng=${ANYANG.lng}&kind=center&limit=1`)).body.items[0];
    const res = await sys.get<CenterDetail>(`/api/v1/centers/${near.id}`);
    expect(res.status).toBe(200);
    expect(res.body.hours[0].ranges).toEqual([
      ['08:30', '12:00'],
      ['14:30', '17:30'],
    ]);
    expect(res.body.windows).toBeGreaterThan(0);
    expect(res.body.closedDays).toContainEqual({ date: '2027-01-01', reason: '元旦放假' });
    sys.app.get(Clock).travelTo(Date.parse('2026-12-07T10:00:00+08:00'));
  });

  it('is a clear 404 when unknown', async () => {
    const res = await sys.get<ErrorBody>('/api/v1/centers/C999999999');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('CENTER_NOT_FOUND');
  });
});

describe('bad input', () => {
  it.each([
    ['lat=36.1', '经度'],
    ['lat=abc&lng=114', '纬度'],
    ['lat=91&lng=114', '纬度'],
    ['bbox=114.5,36.2,114.2,35.9', '地图范围'],
    ['bbox=114.5;36', '地图范围'],
    ['kind=castle&lat=36&lng=114', '类型'],
    ['lat=36&lng=114&limit=5000', '条数'],
    ['lat=36&lng=114&matterCode=abc', '事项编码'],
    ['', '县'],
  ])('%s → 400 in Chinese', async (query, word) => {
    const res = await list(query);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.body)).toContain(word);
  });
});

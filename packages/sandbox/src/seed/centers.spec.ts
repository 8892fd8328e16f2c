import type { Center, WorkTime } from '../wire';
import { buildCatalog } from './catalog';
import { villageName } from './places';
import { rngFor } from './prng';
import { buildResidents } from './residents';

const { centers } = buildCatalog();
const halls = centers.filter((c) => c.center_kind === '1');
const isLateEvening = (w: WorkTime): boolean => w.am === null && w.pm?.[0] === '17:30' && w.pm[1] === '19:00';

describe('windows of the seed centers', () => {
  it.each<[string, number, number, (c: Center) => boolean]>([
    ['township centers', 4, 10, (c) => c.center_kind === '1' && c.level === '2'],
    ['street centers', 3, 8, (c) => c.center_kind === '1' && c.level === '3'],
    ['village and community stations', 1, 1, (c) => c.center_kind === '2'],
    ['bank points', 2, 2, (c) => c.center_kind === '3'],
    ['self-service kiosks', 0, 0, (c) => c.center_kind === '4'],
  ])('gives %s %i to %i windows', (_, min, max, kind) => {
    const counts = centers.filter(kind).map((c) => c.window_count);
    expect(counts.length).toBeGreaterThan(0);
    for (const n of counts) {
      expect(Number.isInteger(n)).toBe(true);
      expect(n).toBeGreaterThanOrEqual(min);
      expect(n).toBeLessThanOrEqual(max);
    }
    // halls differ from one another, as real ones do
    if (min !== max) expect(new Set(counts).size).toBeGreaterThan(2);
  });
});

describe('hours of the seed centers', () => {
  it('keeps the lunch break in every hall’s weekday hours', () => {
    for (const hall of halls) {
      expect(hall.work_time[0]).toEqual({ weekday: [1, 2, 3, 4, 5], am: ['08:30', '12:00'], pm: ['14:30', '17:30'] });
    }
  });

  it('keeps some halls open until 19:00 on Wednesday or Thursday, as an entry of its own', () => {
    const late = halls.filter((h) => h.work_time.some(isLateEvening));
    expect(late.length).toBeGreaterThanOrEqual(halls.length * 0.1);
    expect(late.length).toBeLessThanOrEqual(halls.length * 0.45);
    for (const hall of late) {
      const entries = hall.work_time.filter(isLateEvening);
      expect(entries).toHaveLength(1);
      expect([[3], [4]]).toContainEqual(entries[0].weekday);
      // the late day is also in the weekday entry, so its hours are the union of both
      expect(hall.work_time[0].weekday).toContain(entries[0].weekday[0]);
    }
    expect(halls.some((h) => h.work_time.some((w) => w.weekday.includes(3) && isLateEvening(w)))).toBe(true);
    expect(halls.some((h) => h.work_time.some((w) => w.weekday.includes(4) && isLateEvening(w)))).toBe(true);
  });

  it('keeps extended evenings to the halls', () => {
    const others = centers.filter((c) => c.center_kind !== '1');
    expect(others.some((c) => c.work_time.some(isLateEvening))).toBe(false);
  });

  it('still opens about a third of the halls on Saturday morning', () => {
    const saturday = halls.filter((h) => h.work_time.some((w) => w.weekday.includes(6)));
    expect(saturday.length).toBeGreaterThan(halls.length * 0.2);
    expect(saturday.length).toBeLessThan(halls.length * 0.5);
  });
});

describe('village names', () => {
  it('never says 村 twice, whatever the draw', () => {
    const names = Array.from({ length: 5000 }, (_, i) => villageName(rngFor('village-name-test', i), false));
    expect(names.filter((n) => !/^[\u4e00-\u9fa5]{2,3}村$/.test(n) || n.includes('村村'))).toEqual([]);
    // the draws that take the 村 suffix are among them, said once
    expect(names.some((n) => /^[东西南北前后大小上下][\u4e00-\u9fa5]村$/.test(n))).toBe(true);
  });

  it('has no 村村 in any center or resident', () => {
    const texts = [
      ...centers.flatMap((c) => [c.center_name, c.address, c.township_name, c.county_name]),
      ...buildResidents().map((r) => r.address),
    ];
    expect(texts.filter((t) => t.includes('村村'))).toEqual([]);
    // a station whose village drew the 村 suffix is still there, named once
    expect(centers.some((c) => c.center_kind === '2' && /[^庄营屯寨店岗固楼]村便民服务站$/.test(c.center_name))).toBe(
      true,
    );
  });
});

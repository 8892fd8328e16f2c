import {
  addCounts,
  floorOf,
  indicatorFigures,
  isFresh,
  monthRange,
  monthsUpTo,
  NO_COUNTS,
  targetFigures,
  type MonthCounts,
  type MonthFacts,
  type PlaceFact,
} from './dashboard-rules';

const place = (over: Partial<PlaceFact>): PlaceFact => ({
  id: 'C1',
  name: '某镇便民服务中心',
  kind: 'center',
  level: 'township',
  township: '某镇',
  matterCount: 200,
  ...over,
});
const facts = (over: Partial<MonthFacts> = {}, counts: Partial<MonthCounts> = {}): MonthFacts => ({
  places: [],
  mobileMatters: 0,
  ...over,
  counts: addCounts(NO_COUNTS, counts),
});
const target = (f: MonthFacts, key: string) =>
  targetFigures([{ month: '2026-11', facts: f }]).find((t) => t.key === key)!;

describe('达标 rules', () => {
  it('assesses townships at 200, streets at 150, village stations at 40; banks and kiosks not at all', () => {
    expect(floorOf(place({}))).toBe(200);
    expect(floorOf(place({ level: 'street' }))).toBe(150);
    expect(floorOf(place({ kind: 'station', level: 'village' }))).toBe(40);
    expect(floorOf(place({ kind: 'kiosk' }))).toBeNull();
    const f = facts({
      places: [
        place({ matterCount: 199 }),
        place({ id: 'C2', level: 'street', matterCount: 150 }),
        place({ id: 'S1', kind: 'station', level: 'village', matterCount: 39 }),
        place({ id: 'K1', kind: 'kiosk', matterCount: 3 }),
      ],
    });
    expect(target(f, 'center-matters')).toMatchObject({ numerator: 1, denominator: 3, actual: 33.3, met: false });
  });

  it('counts 即办件 share and visits over services: ended applications and the visits that were services of their own', () => {
    // 3 applications (2 the same day), 2 visits of which 1 belonged to an application, the other for a 即办件.
    const f = facts({}, { settled: 3, sameDay: 2, visits: 2, visitsOwn: 1, visitsOwnImmediate: 1 });
    expect(target(f, 'immediate-share')).toMatchObject({ numerator: 3, denominator: 4, actual: 75, met: true });
    expect(target(f, 'average-visits')).toMatchObject({ numerator: 2, denominator: 4, actual: 0.5, met: false });
    expect(target(facts({}, { settled: 20, visits: 2, visitsOwn: 0 }), 'average-visits')).toMatchObject({
      actual: 0.1,
      met: true,
    });
    expect(target(facts(), 'average-visits')).toMatchObject({ actual: null, met: null });
  });

  it('counts 主动评价率 over every ended application and visit, and 整改率 over the 差评 owed a rectification', () => {
    const f = facts(
      {},
      { settled: 6, settledRated: 4, visits: 4, visitsRated: 2, bad: 3, rectifiable: 2, rectified: 2 },
    );
    expect(target(f, 'active-rating')).toMatchObject({ numerator: 6, denominator: 10, actual: 60, met: true });
    expect(target(f, 'bad-rectified')).toMatchObject({ actual: 100, met: true });
    expect(target(facts(), 'bad-rectified')).toMatchObject({ actual: null, met: null });
  });

  it('counts only questions due or answered for 按期答复', () => {
    const f = facts({}, { feedback: 4, feedbackDue: 3, feedbackOnTime: 1 });
    expect(target(f, 'answered-on-time')).toMatchObject({ numerator: 1, denominator: 3, actual: 33.3, met: false });
  });

  it('counts kiosk coverage by township, and the indicators from bookings and slots', () => {
    const f = facts(
      { places: [place({}), place({ id: 'C2', township: '另镇' }), place({ id: 'K1', kind: 'kiosk' })] },
      { bookings: 3, checkedIn: 1, noShows: 1, slotCapacity: 10, slotTaken: 6 },
    );
    expect(target(f, 'kiosk-coverage')).toMatchObject({ numerator: 1, denominator: 2, actual: 50, met: true });
    const ind = indicatorFigures([{ month: '2026-11', facts: f }]);
    expect(ind.find((i) => i.key === 'bookings')!.actual).toBe(3);
    expect(ind.find((i) => i.key === 'no-show-rate')!.actual).toBe(50);
    expect(ind.find((i) => i.key === 'booking-utilisation')!.actual).toBe(60);
  });

  it('adds places’ counts and keeps every key', () => {
    const sum = addCounts(addCounts(NO_COUNTS, { settled: 2, noShows: 1 }), { settled: 3 });
    expect(sum).toEqual({ ...NO_COUNTS, settled: 5, noShows: 1 });
  });

  it('keeps a running month’s counts for minutes and a finished month’s for hours', () => {
    const at = (s: string) => new Date(`${s}+08:00`);
    const now = (s: string) => at(s).getTime();
    expect(isFresh('2026-12', at('2026-12-08T10:00:00'), now('2026-12-08T10:04:00'))).toBe(true);
    expect(isFresh('2026-12', at('2026-12-08T10:00:00'), now('2026-12-08T10:06:00'))).toBe(false);
    // counted during the day after the month: still running (late callbacks)
    expect(isFresh('2026-11', at('2026-12-01T12:00:00'), now('2026-12-01T12:06:00'))).toBe(false);
    expect(isFresh('2026-11', at('2026-12-02T01:00:00'), now('2026-12-02T06:00:00'))).toBe(true);
    expect(isFresh('2026-11', at('2026-12-02T01:00:00'), now('2026-12-02T08:00:00'))).toBe(false);
  });

  it('walks months across a year end and gives Beijing month bounds', () => {
    expect(monthsUpTo('2027-02')).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    const r = monthRange('2026-12');
    expect(r.start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(r.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect([r.from, r.to]).toEqual(['2026-12-01', '2026-12-31']);
    expect(monthRange('2026-02').to).toBe('2026-02-28');
  });
});

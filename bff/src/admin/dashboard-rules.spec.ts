import {
  floorOf,
  indicatorFigures,
  monthRange,
  monthsUpTo,
  servicesAndVisits,
  targetFigures,
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
const d = (s: string) => new Date(`${s}+08:00`);
const facts = (over: Partial<MonthFacts> = {}): MonthFacts => ({
  places: [],
  mobileMatters: 0,
  settled: [],
  visits: [],
  rating: { services: 0, evaluated: 0, bad: 0, rectified: 0, rectifiable: 0 },
  feedback: [],
  bookings: [],
  slots: [],
  agentMandates: 0,
  agentApplications: 0,
  today: '2026-11-30',
  ...over,
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

  it('counts a window visit for the same matter within 30 days as a visit of that application, not a service', () => {
    const a = {
      residentId: 'r1',
      matterCode: 'M1',
      submittedAt: d('2026-11-03T09:00:00'),
      doneAt: d('2026-11-03T15:00:00'),
    };
    const matched = { residentId: 'r1', matterCode: 'M1', at: d('2026-11-01T10:00:00'), immediate: false };
    const tooEarly = { ...matched, at: d('2026-09-30T10:00:00') };
    const other = { residentId: 'r2', matterCode: 'M1', at: d('2026-11-05T10:00:00'), immediate: true };
    expect(servicesAndVisits([a], [matched, other])).toEqual({ services: 2, visits: 2, immediate: 2 });
    expect(servicesAndVisits([a], [tooEarly])).toEqual({ services: 2, visits: 1, immediate: 1 });
    // submitted at 23:30 and done after midnight (Beijing) is not the same day
    const late = { ...a, submittedAt: d('2026-11-03T23:30:00'), doneAt: d('2026-11-04T00:30:00') };
    expect(servicesAndVisits([late], []).immediate).toBe(0);
    const f = facts({ settled: [a], visits: [matched, other] });
    expect(target(f, 'average-visits')).toMatchObject({ actual: 1, met: false });
    expect(target(facts({ settled: [a] }), 'average-visits')).toMatchObject({ actual: 0, met: true });
    expect(target(facts(), 'average-visits')).toMatchObject({ actual: null, met: null });
  });

  it('counts only questions due or answered for 按期答复, answered by the end of their last day', () => {
    const f = facts({
      today: '2026-11-20',
      feedback: [
        { due: '2026-11-10', answeredAt: d('2026-11-10T23:59:00') },
        { due: '2026-11-10', answeredAt: d('2026-11-11T00:01:00') },
        { due: '2026-11-15', answeredAt: null },
        { due: '2026-11-25', answeredAt: null },
      ],
    });
    expect(target(f, 'answered-on-time')).toMatchObject({ numerator: 1, denominator: 3, actual: 33.3 });
  });

  it('counts kiosk coverage by township, and the indicators from bookings and slots', () => {
    const f = facts({
      places: [place({}), place({ id: 'C2', township: '另镇' }), place({ id: 'K1', kind: 'kiosk' })],
      bookings: [{ status: 'checked_in' }, { status: 'no_show' }, { status: 'cancelled' }, { status: 'confirmed' }],
      slots: [
        { capacity: 5, taken: 5 },
        { capacity: 5, taken: 1 },
      ],
    });
    expect(target(f, 'kiosk-coverage')).toMatchObject({ numerator: 1, denominator: 2, actual: 50, met: true });
    const ind = indicatorFigures([{ month: '2026-11', facts: f }]);
    expect(ind.find((i) => i.key === 'bookings')!.actual).toBe(3);
    expect(ind.find((i) => i.key === 'no-show-rate')!.actual).toBe(50);
    expect(ind.find((i) => i.key === 'booking-utilisation')!.actual).toBe(60);
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

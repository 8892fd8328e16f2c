import type { CatalogCenter } from '../model/catalog.types';
import { BusinessCalendar } from './business-calendar';
import { describeRanges, hoursOn, instantOf, isOpenAt, localParts } from './opening-hours';

const calendar = new BusinessCalendar({
  years: {
    '2026': {
      source: 'test',
      provisional: false,
      holidays: { '2026-10-01': '国庆节' },
      workdays: { '2026-10-10': '国庆节' },
    },
  },
});

const hall = (over: Partial<CatalogCenter> = {}): CatalogCenter => ({
  id: 'C410502001',
  name: '测试镇便民服务中心',
  kind: 'center',
  level: 'township',
  divisionCode: '410502001000',
  county: '文峰区',
  township: '测试镇',
  address: '测试路1号',
  gcj02: { lat: 36.1, lng: 114.35 },
  phone: null,
  hours: [
    {
      weekdays: [1, 2, 3, 4, 5],
      ranges: [
        ['08:30', '12:00'],
        ['14:30', '17:30'],
      ],
    },
    // 延时服务: Wednesday evenings until 19:00
    { weekdays: [3], ranges: [['17:30', '19:00']] },
  ],
  matterCodes: [],
  ...over,
});

const describeOpen = (h: ReturnType<typeof hoursOn>): string => (h.open ? describeRanges(h.ranges) : h.reason);

describe('a center on a given day', () => {
  it('keeps the lunch break and merges an extended evening into the afternoon', () => {
    expect(hoursOn(hall(), '2026-12-07', calendar)).toEqual({
      open: true,
      ranges: [
        [510, 720],
        [870, 1050],
      ],
    });
    expect(hoursOn(hall(), '2026-12-09', calendar)).toEqual({
      open: true,
      ranges: [
        [510, 720],
        [870, 1140],
      ],
    });
    expect(
      describeRanges([
        [510, 720],
        [870, 1140],
      ]),
    ).toBe('08:30-12:00, 14:30-19:00');
  });

  it('is closed on weekends and public holidays, and open with Monday hours on an adjusted Saturday', () => {
    expect(hoursOn(hall(), '2026-12-12', calendar)).toEqual({ open: false, reason: '周末休息' });
    expect(hoursOn(hall(), '2026-10-01', calendar)).toEqual({ open: false, reason: '国庆节放假' });
    expect(hoursOn(hall(), '2026-10-10', calendar)).toEqual({
      open: true,
      ranges: [
        [510, 720],
        [870, 1050],
      ],
    });
  });

  it('answers each day of one center with that day’s hours, however often and in whatever order it is asked', () => {
    const one = hall();
    const days = ['2026-12-09', '2026-12-07', '2026-12-12', '2026-12-09', '2026-12-07'];
    expect(days.map((d) => describeOpen(hoursOn(one, d, calendar)))).toEqual([
      '08:30-12:00, 14:30-19:00',
      '08:30-12:00, 14:30-17:30',
      '周末休息',
      '08:30-12:00, 14:30-19:00',
      '08:30-12:00, 14:30-17:30',
    ]);
  });

  it('leaves a bank point to its own hours on a public holiday', () => {
    const bank = hall({
      kind: 'bank-point',
      hours: [{ weekdays: [1, 2, 3, 4, 5, 6, 7], ranges: [['09:00', '16:00']] }],
    });
    expect(hoursOn(bank, '2026-10-01', calendar)).toEqual({ open: true, ranges: [[540, 960]] });
  });
});

describe('open now', () => {
  it('uses Beijing time whatever the host time zone, with the end of a range excluded', () => {
    expect(localParts(Date.parse('2026-12-07T01:00:00Z'))).toEqual({ date: '2026-12-07', minute: 540 });
    expect(localParts(Date.parse('2026-12-06T17:00:00Z'))).toEqual({ date: '2026-12-07', minute: 60 });
    expect(instantOf('2026-12-07', 510)).toBe(Date.parse('2026-12-07T08:30:00+08:00'));
    expect(isOpenAt(hall(), Date.parse('2026-12-07T08:30:00+08:00'), calendar)).toBe(true);
    expect(isOpenAt(hall(), Date.parse('2026-12-07T12:00:00+08:00'), calendar)).toBe(false);
    expect(isOpenAt(hall(), Date.parse('2026-12-07T13:00:00+08:00'), calendar)).toBe(false);
    expect(isOpenAt(hall(), Date.parse('2026-12-09T18:30:00+08:00'), calendar)).toBe(true);
    expect(isOpenAt(hall(), Date.parse('2026-10-01T09:00:00+08:00'), calendar)).toBe(false);
  });
});

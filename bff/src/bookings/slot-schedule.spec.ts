import { BusinessCalendar } from '../calendar/business-calendar';
import type { CatalogCenter } from '../model/catalog.types';
import { dayState, daySchedule, isBookable, windowsOf } from './slot-schedule';

const calendar = new BusinessCalendar({
  years: { '2026': { source: 'test', provisional: false, holidays: { '2026-12-25': '测试假日' }, workdays: {} } },
});
const station: CatalogCenter = {
  id: 'S410502001201',
  name: '测试村便民服务站',
  kind: 'station',
  level: 'village',
  divisionCode: '410502001201',
  county: '文峰区',
  township: '测试镇',
  address: '测试村村委会',
  gcj02: { lat: 36.1, lng: 114.35 },
  phone: null,
  hours: [
    {
      weekdays: [1, 2, 3, 4, 5],
      ranges: [
        ['08:30', '11:30'],
        ['14:30', '17:30'],
      ],
    },
  ],
  matterCodes: [],
};
const at = (iso: string): number => Date.parse(iso);

describe('a day of slots', () => {
  it('fills each range with whole slots and never crosses the lunch break', () => {
    const day = daySchedule(station, '2026-12-07', calendar, 30);
    if (!day.open) throw new Error('expected open');
    expect(day.slots).toHaveLength(12);
    expect(day.slots[0]).toEqual({ startMs: at('2026-12-07T08:30:00+08:00'), endMs: at('2026-12-07T09:00:00+08:00') });
    expect(day.slots[5].endMs).toBe(at('2026-12-07T11:30:00+08:00'));
    expect(day.slots[6].startMs).toBe(at('2026-12-07T14:30:00+08:00'));
    // 45-minute slots: 08:30–11:30 takes four, 14:30–17:30 four; no slot is cut short
    const long = daySchedule(station, '2026-12-07', calendar, 45);
    expect(long.open && long.slots.length).toBe(8);
  });

  it('has none on a holiday, and says which', () => {
    expect(daySchedule(station, '2026-12-25', calendar, 30)).toEqual({ open: false, reason: '测试假日放假' });
  });

  it('knows a kiosk cannot be booked and a station has one window unless the platform says otherwise', () => {
    expect(isBookable({ ...station, kind: 'kiosk' })).toBe(false);
    expect(windowsOf(station)).toBe(1);
    expect(windowsOf({ ...station, windows: 3 })).toBe(3);
  });

  it('tells a day whose time ran out from a day whose places ran out', () => {
    const past = { status: 'past' as const };
    const full = { status: 'full' as const };
    const open = { status: 'open' as const };
    expect(dayState(true, [past, past, past])).toBe('ended');
    expect(dayState(true, [past, full, full])).toBe('full');
    expect(dayState(true, [past, full, open])).toBe('open');
    expect(dayState(false, [])).toBe('closed');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BusinessCalendar } from './business-calendar';

const shipped = BusinessCalendar.fromFile(join(__dirname, '../../../config/holidays-cn.json'));

describe('the shipped holiday calendar (config/holidays-cn.json)', () => {
  it('has the State Council 2026 arrangement: 春节 nine days, with its two working Saturdays', () => {
    for (const d of ['2026-02-15', '2026-02-19', '2026-02-23'])
      expect(shipped.dayKind(d)).toEqual({ kind: 'holiday', name: '春节' });
    expect(shipped.dayKind('2026-02-14')).toEqual({ kind: 'adjusted-workday', name: '春节' });
    expect(shipped.dayKind('2026-02-28')).toEqual({ kind: 'adjusted-workday', name: '春节' });
    expect(shipped.dayKind('2026-10-08')).toEqual({ kind: 'workday' });
    expect(shipped.dayKind('2026-10-10')).toEqual({ kind: 'adjusted-workday', name: '国庆节' });
  });

  it('covers 2026 and 2027 and says 2027 is provisional until the State Council publishes it', () => {
    expect(shipped.covers('2026-06-01')).toBe(true);
    expect(shipped.covers('2027-12-31')).toBe(true);
    expect(shipped.covers('2028-01-01')).toBe(false);
    expect(shipped.provisionalYears).toEqual(['2027']);
    expect(shipped.dayKind('2027-02-06')).toEqual({ kind: 'holiday', name: '春节' });
    expect(shipped.dayKind('2027-01-02')).toEqual({ kind: 'weekend' });
  });

  it('refuses a malformed file rather than booking on a holiday', () => {
    const raw = JSON.parse(readFileSync(join(__dirname, '../../../config/holidays-cn.json'), 'utf8')) as {
      years: Record<string, { holidays: Record<string, string> }>;
    };
    raw.years['2026'].holidays['26-1-1'] = '元旦';
    expect(() => new BusinessCalendar(raw)).toThrow();
  });
});

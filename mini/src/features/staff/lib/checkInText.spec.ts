import { describe, expect, it } from '@jest/globals';
import { checkInRows } from './checkInText';

describe('a check-in as the clerk reads it', () => {
  it('gives the masked name, the matter, the slot with its day and the time of the check-in', () => {
    const now = Date.parse('2026-12-07T09:10:00+08:00');
    const rows = checkInRows(
      {
        bookingId: 'b1',
        matterName: '社会保障卡补领',
        start: '2026-12-07T09:00:00+08:00',
        end: '2026-12-07T09:30:00+08:00',
        residentNameMasked: '张*国',
        checkedInAt: '2026-12-07T09:08:31+08:00',
      },
      now,
    );
    expect(rows.map((r) => [r.label, r.value])).toEqual([
      ['姓名（已脱敏）', '张*国'],
      ['办理事项', '社会保障卡补领'],
      ['预约时段', '今天 12月7日 周一 09:00-09:30'],
      ['签到时间', '09:08'],
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import type { Booking } from '@zsb/contracts';
import { canChange, noteText, splitBookings, statusOf } from './bookingText';

const now = Date.parse('2026-05-05T10:00:00+08:00');

function booking(id: string, start: string, status: Booking['status'] = 'confirmed'): Booking {
  const end = new Date(Date.parse(start) + 30 * 60_000).toISOString();
  return {
    id,
    status,
    centerId: 'c1',
    centerName: '和孝镇便民服务中心',
    centerAddress: '汝南县和孝镇政府路 1 号',
    centerPhone: '0396-1234567',
    gcj02: { lat: 33, lng: 114 },
    matterCode: '410500-010203-001',
    matterName: '社会保障卡申领',
    start,
    end,
    checkInCode: status === 'confirmed' ? 'ABC123' : null,
    changeableUntil: new Date(Date.parse(start) - 30 * 60_000).toISOString(),
    createdAt: '2026-05-01T10:00:00+08:00',
    cancelledAt: null,
    checkedInAt: null,
    fromWaitlist: false,
    notice: null,
  };
}

describe('my bookings', () => {
  it('lists upcoming bookings soonest first, then the rest latest first', () => {
    const items = [
      booking('later', '2026-05-08T09:00:00+08:00'),
      booking('cancelled', '2026-05-07T09:00:00+08:00', 'cancelled'),
      booking('soon', '2026-05-06T09:00:00+08:00'),
      booking('over', '2026-05-01T09:00:00+08:00'),
      booking('checked', '2026-05-04T09:00:00+08:00', 'checked-in'),
    ];
    const { upcoming, past } = splitBookings(items, now);
    expect(upcoming.map((b) => b.id)).toEqual(['soon', 'later']);
    expect(past.map((b) => b.id)).toEqual(['cancelled', 'checked', 'over']);
  });

  it('says 已结束 for a confirmed booking whose slot is over, whatever the server has not marked yet', () => {
    expect(statusOf(booking('a', '2026-05-01T09:00:00+08:00'), now).text).toBe('已结束');
    expect(statusOf(booking('b', '2026-05-06T09:00:00+08:00'), now).text).toBe('已预约');
    expect(statusOf(booking('c', '2026-05-01T09:00:00+08:00', 'no-show'), now).text).toBe('已爽约');
  });

  it('allows cancel and reschedule only until changeableUntil', () => {
    expect(canChange(booking('a', '2026-05-05T11:00:00+08:00'), now)).toBe(true);
    expect(canChange(booking('b', '2026-05-05T10:20:00+08:00'), now)).toBe(false);
    expect(canChange(booking('c', '2026-05-06T09:00:00+08:00', 'cancelled'), now)).toBe(false);
  });

  it('writes a note with what, when (the date, never 明天), where and what to bring', () => {
    const text = noteText(booking('a', '2026-05-06T09:00:00+08:00'));
    expect(text).toContain('社会保障卡申领');
    expect(text).toContain('时间：5月6日 周三 09:00-09:30');
    expect(text).not.toContain('明天');
    expect(text).toContain('和孝镇便民服务中心（汝南县和孝镇政府路 1 号）');
    expect(text).toContain('居民身份证');
  });
});

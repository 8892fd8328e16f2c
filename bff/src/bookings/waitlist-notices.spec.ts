import { waitlistBookedNotice, waitlistPassedOverNotice } from './waitlist-notices';

describe('waitlist notices', () => {
  it('point the waiter who got the place to the new booking', () => {
    expect(waitlistBookedNotice('B1')).toMatchObject({ kind: 'waitlist-booked', target: '/bookings/B1' });
  });

  it('tell a waiter passed over at the booking limit why the place went to the next person', () => {
    const notice = waitlistPassedOverNotice('BOOKING_LIMIT_REACHED', 3);
    expect(notice.kind).toBe('waitlist-skipped');
    expect(notice.title).toContain('下一位');
    expect(notice.body).toContain('已有3个未完成的预约');
    expect(notice.body).toContain('给了下一位');
  });

  it.each([
    ['BOOKING_SUSPENDED', '多次预约未到'],
    ['BOOKING_DUPLICATE_MATTER', '已经有一个预约'],
  ] as const)('name the rule for %s', (reason, words) => {
    expect(waitlistPassedOverNotice(reason, 3).body).toContain(words);
  });
});

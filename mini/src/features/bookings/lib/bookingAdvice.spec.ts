import { describe, expect, it } from '@jest/globals';
import { bookingAdviceFor, STEP_SHORT } from './bookingAdvice';

describe('what to do after a booking refusal', () => {
  it('offers the waitlist and another time for a full slot', () => {
    expect(bookingAdviceFor('BOOKING_SLOT_FULL').steps).toEqual(['waitlist', 'slots']);
  });

  it('sends an unverified resident to 实名认证 and a duplicate to 我的预约', () => {
    expect(bookingAdviceFor('IDENTITY_REQUIRED').steps).toEqual(['identity']);
    expect(bookingAdviceFor('BOOKING_DUPLICATE_MATTER').steps).toEqual(['bookings']);
  });

  it('keeps a retry for network failures and always has a next step', () => {
    expect(bookingAdviceFor('NETWORK_FAILED').steps).toEqual(['retry']);
    expect(bookingAdviceFor('SOMETHING_NEW').steps.length).toBeGreaterThan(0);
  });

  it('keeps modal buttons within the 4 characters WeChat allows', () => {
    for (const label of Object.values(STEP_SHORT)) expect([...label].length).toBeLessThanOrEqual(4);
  });
});

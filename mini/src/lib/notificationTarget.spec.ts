import { describe, expect, it } from '@jest/globals';
import { notificationTarget } from './notificationTarget';

describe('what a notification opens', () => {
  it('opens the application, booking, review or 反映 it names', () => {
    expect(notificationTarget('/applications/a-1')).toEqual({ page: 'application', id: 'a-1' });
    expect(notificationTarget('/bookings/b_2')).toEqual({ page: 'booking', id: 'b_2' });
    expect(notificationTarget('/reviews/r3')).toEqual({ page: 'review', id: 'r3' });
    expect(notificationTarget('/feedback/fb-9')).toEqual({ page: 'feedback', id: 'fb-9' });
    // A step in the matter of someone the reader acts for (帮办代办) opens that 委托.
    expect(notificationTarget('/mandates/m-7')).toEqual({ page: 'mandate', id: 'm-7' });
  });

  it('opens nothing for no target, another path, or an id that could change the page', () => {
    expect(notificationTarget(null)).toBeNull();
    expect(notificationTarget('')).toBeNull();
    expect(notificationTarget('/feedback')).toBeNull();
    expect(notificationTarget('/feedback/1/actions')).toBeNull();
    expect(notificationTarget('/feedback/a%2F..')).toBeNull();
    expect(notificationTarget('https://example.com/feedback/1')).toBeNull();
    expect(notificationTarget('/staff/feedback/1')).toBeNull();
  });
});

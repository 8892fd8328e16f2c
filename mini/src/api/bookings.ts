import type {
  Booking,
  BookingList,
  BookingRequest,
  RescheduleRequest,
  SlotList,
  WaitlistEntry,
  WaitlistList,
  WaitlistRequest,
} from '@zsb/contracts';
import { authed } from './auth';

// Booking and waitlist ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;

/** 预约: every route needs a signed-in, verified (实名) resident. */
export const bookingsApi = {
  /** The horizon's days, and the slots of `date` (the first day with a free place when left out). */
  slots: (centerId: string, matterCode: string, date?: string) =>
    authed<SlotList>('GET', `/centers/${seg(centerId)}/slots`, { query: { matterCode, date } }),
  /**
   * Send the same key again when retrying the same booking: the BFF then answers the first result.
   * BOOKING_SLOT_FULL carries the other free slots in the error's `offers`.
   */
  book: (body: BookingRequest, idempotencyKey: string) =>
    authed<Booking>('POST', '/bookings', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  list: () => authed<BookingList>('GET', '/bookings'),
  detail: (id: string) => authed<Booking>('GET', `/bookings/${seg(id)}`),
  cancel: (id: string) => authed<Booking>('POST', `/bookings/${seg(id)}/cancel`),
  reschedule: (id: string, body: RescheduleRequest) =>
    authed<Booking>('POST', `/bookings/${seg(id)}/reschedule`, { body }),
  joinWaitlist: (body: WaitlistRequest) => authed<WaitlistEntry>('POST', '/booking-waitlist', { body }),
  waitlist: () => authed<WaitlistList>('GET', '/booking-waitlist'),
  /** 204: nothing comes back. */
  leaveWaitlist: (id: string) => authed<undefined>('DELETE', `/booking-waitlist/${seg(id)}`),
};

import type {
  Booking,
  BookingList,
  BookingRequest,
  ErrorBody,
  NotificationList,
  RescheduleRequest,
  SlotList,
  SlotOffer,
  WaitlistEntry,
  WaitlistList,
  WaitlistRequest,
} from '@zsb/contracts';
import { headerValue } from '../lib/query';
import { newRequestId } from '../lib/requestId';
import { isOffline } from '../stores/network';
import { authed, ensureSession } from './auth';
import { apiBase } from './base';
import type { ApiResult } from './client';
import { ApiError, clientError, errorFromResponse } from './errors';
import { send } from './transport';
import { TransportError } from './transport.types';

// Booking and waitlist ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;
const TIMEOUT_MS = 10_000;

/** BOOKING_SLOT_FULL, with the free slots the BFF offers instead (here or at a nearby center). */
export class SlotFullError extends ApiError {
  constructor(
    base: ApiError,
    readonly offers: SlotOffer[],
  ) {
    super(base.code, base.message, base.status, base.requestId);
  }
}

function offersIn(data: unknown): SlotOffer[] {
  const offers = (data as Partial<ErrorBody> | null)?.offers;
  return Array.isArray(offers) ? offers : [];
}

/**
 * POST as the signed-in resident, for the two writes that can answer BOOKING_SLOT_FULL. The shared client keeps
 * only code and message of an error body and `authed` sends no extra header, but a booking needs the body's
 * `offers` and an Idempotency-Key.
 */
async function bookingWrite<T>(path: string, body: unknown, idempotencyKey?: string): Promise<ApiResult<T>> {
  const requestId = newRequestId();
  const session = await ensureSession();
  if (!session) throw new ApiError('AUTH_REQUIRED', '请先登录', 401, requestId);
  if (isOffline()) throw clientError('NETWORK_OFFLINE', requestId);
  const header: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-Request-Id': requestId,
    Authorization: `Bearer ${session.accessToken}`,
  };
  if (idempotencyKey) header['Idempotency-Key'] = idempotencyKey;

  let res;
  try {
    res = await send({ url: `${apiBase}${path}`, method: 'POST', header, data: body, timeout: TIMEOUT_MS });
  } catch (err) {
    if (err instanceof TransportError) throw clientError(err.kind === 'timeout' ? 'TIMEOUT' : 'NETWORK_FAILED', requestId);
    throw err;
  }
  if (res.statusCode < 200 || res.statusCode >= 300) {
    const error = errorFromResponse(res.statusCode, res.data, requestId);
    throw error.code === 'BOOKING_SLOT_FULL' ? new SlotFullError(error, offersIn(res.data)) : error;
  }
  if (res.data === null || typeof res.data !== 'object') throw clientError('BAD_RESPONSE', requestId);
  const answeredId = headerValue(res.header, 'x-request-id') ?? requestId;
  return { data: res.data as T, meta: { requestId: answeredId, stale: false, syncedAt: null } };
}

/** 预约: every route needs a signed-in, verified (实名) resident. */
export const bookingsApi = {
  /** The horizon's days, and the slots of `date` (the first day with a free place when left out). */
  slots: (centerId: string, matterCode: string, date?: string) =>
    authed<SlotList>('GET', `/centers/${seg(centerId)}/slots`, { query: { matterCode, date } }),
  /** Send the same key again when retrying the same booking: the BFF then answers the first result. */
  book: (body: BookingRequest, idempotencyKey: string) => bookingWrite<Booking>('/bookings', body, idempotencyKey),
  list: () => authed<BookingList>('GET', '/bookings'),
  detail: (id: string) => authed<Booking>('GET', `/bookings/${seg(id)}`),
  cancel: (id: string) => authed<Booking>('POST', `/bookings/${seg(id)}/cancel`),
  reschedule: (id: string, body: RescheduleRequest) => bookingWrite<Booking>(`/bookings/${seg(id)}/reschedule`, body),
  joinWaitlist: (body: WaitlistRequest) => authed<WaitlistEntry>('POST', '/booking-waitlist', { body }),
  waitlist: () => authed<WaitlistList>('GET', '/booking-waitlist'),
  /** 204: nothing comes back. */
  leaveWaitlist: (id: string) => authed<undefined>('DELETE', `/booking-waitlist/${seg(id)}`),
  notifications: () => authed<NotificationList>('GET', '/notifications'),
};

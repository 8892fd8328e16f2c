import type { Booking, WaitlistEntry } from '@zsb/contracts';
import { toShanghaiIso } from '../common/time';
import type { CatalogCenter } from '../model/catalog.types';
import type { BookingRow } from './bookings.repository';
import type { WaitlistRow } from './waitlist.repository';

const STATUS: Record<BookingRow['status'], Booking['status']> = {
  confirmed: 'confirmed',
  checked_in: 'checked-in',
  cancelled: 'cancelled',
  no_show: 'no-show',
};

/** What a booking row is shown with: its place and matter as the catalog names them, and the time it is read at. */
export interface BookingContext {
  center: CatalogCenter | undefined;
  matterName: string;
  now: number;
  /** How long before the start a booking can no longer be changed. */
  changeCutoffMs: number;
}

/** A booking as the resident sees it; a confirmed booking whose slot has ended reads as a no-show straight away. */
export function toBooking(row: BookingRow, { center, matterName, now, changeCutoffMs }: BookingContext): Booking {
  const missed = row.status === 'confirmed' && row.ends_at.getTime() <= now;
  const status = missed ? 'no-show' : STATUS[row.status];
  return {
    id: row.id,
    status,
    centerId: row.center_id,
    centerName: center?.name ?? '（该中心已调整，请致电 12345 咨询）',
    centerAddress: center?.address ?? '',
    centerPhone: center?.phone ?? null,
    gcj02: center ? { lat: center.gcj02.lat, lng: center.gcj02.lng } : { lat: 0, lng: 0 },
    matterCode: row.matter_code,
    matterName,
    start: toShanghaiIso(row.starts_at),
    end: toShanghaiIso(row.ends_at),
    checkInCode: status === 'confirmed' ? row.check_in_code : null,
    changeableUntil: toShanghaiIso(new Date(row.starts_at.getTime() - changeCutoffMs)),
    createdAt: toShanghaiIso(row.created_at),
    cancelledAt: row.cancelled_at ? toShanghaiIso(row.cancelled_at) : null,
    checkedInAt: row.checked_in_at ? toShanghaiIso(row.checked_in_at) : null,
    fromWaitlist: row.from_waitlist,
    notice: row.notice,
  };
}

export function toWaitlistEntry(
  row: WaitlistRow,
  center: CatalogCenter | undefined,
  matterName: string,
  now: number,
): WaitlistEntry {
  const lapsed = row.status === 'waiting' && row.starts_at.getTime() <= now;
  return {
    id: row.id,
    centerId: row.center_id,
    centerName: center?.name ?? '',
    matterCode: row.matter_code,
    matterName,
    start: toShanghaiIso(row.starts_at),
    position: row.status === 'waiting' && !lapsed ? row.position : 0,
    status: lapsed ? 'expired' : row.status,
    createdAt: toShanghaiIso(row.created_at),
  };
}

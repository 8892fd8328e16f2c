// 预约: a resident's place in a window slot at a center, for one matter, with a check-in code (签到).

export type SlotStatus = 'open' | 'full' | 'past';

export interface Slot {
  /** ISO 8601 with +08:00 */
  start: string;
  end: string;
  capacity: number;
  left: number;
  status: SlotStatus;
}

export interface SlotDay {
  /** YYYY-MM-DD, Asia/Shanghai */
  date: string;
  open: boolean;
  /** Why the center is closed that day: "元旦放假", "周末休息"; null when open. */
  closedReason: string | null;
  /** Free places left that day (0 when closed). */
  left: number;
  /**
   * What is left of the day: 'open' (places to book), 'full' (slots still ahead, every one taken: 候补),
   * 'ended' (the day's booking time has run out: every slot is past), 'closed' (not a working day).
   */
  state: SlotDayState;
}

export type SlotDayState = 'open' | 'full' | 'ended' | 'closed';

/** GET /api/v1/centers/:id/slots?matterCode=&date= */
export interface SlotList {
  centerId: string;
  matterCode: string;
  date: string;
  /** Every day of the booking horizon, so the day picker never shows a dead end. */
  days: SlotDay[];
  slots: Slot[];
}

export type BookingStatus = 'confirmed' | 'checked-in' | 'cancelled' | 'no-show';

/** POST /api/v1/bookings (send an Idempotency-Key header: a retry returns the first booking). */
export interface BookingRequest {
  centerId: string;
  matterCode: string;
  /** The slot's start, as listed by the slots endpoint. */
  start: string;
}

/** POST /api/v1/bookings/:id/reschedule: a new slot for the same matter, at the same or another center. */
export interface RescheduleRequest {
  start: string;
  centerId?: string;
}

export interface Booking {
  id: string;
  status: BookingStatus;
  centerId: string;
  centerName: string;
  centerAddress: string;
  centerPhone: string | null;
  gcj02: { lat: number; lng: number };
  matterCode: string;
  matterName: string;
  start: string;
  end: string;
  /** Shown as a QR at the window; only while confirmed. */
  checkInCode: string | null;
  /** Cancel or reschedule until this moment (ISO). */
  changeableUntil: string;
  createdAt: string;
  cancelledAt: string | null;
  checkedInAt: string | null;
  /** The place came from the waitlist after someone cancelled. */
  fromWaitlist: boolean;
  /**
   * Why the center changed it, when it did (临时停止服务): "因停电，…暂停服务，您的预约已改到 12月10日 08:30" or
   * "…已为您取消". null when the resident made every change themselves.
   */
  notice: string | null;
}

export interface BookingList {
  items: Booking[];
}

/** Another free slot offered when the one asked for is full: here or at a nearby center. */
export interface SlotOffer {
  centerId: string;
  centerName: string;
  distanceMeters: number | null;
  start: string;
  end: string;
  left: number;
}

/** POST /api/v1/booking-waitlist: wait for a place in a full slot. */
export interface WaitlistRequest {
  centerId: string;
  matterCode: string;
  start: string;
}

export interface WaitlistEntry {
  id: string;
  centerId: string;
  centerName: string;
  matterCode: string;
  matterName: string;
  start: string;
  /** 1 = next in line. */
  position: number;
  status: 'waiting' | 'booked' | 'expired' | 'left';
  createdAt: string;
}

export interface WaitlistList {
  items: WaitlistEntry[];
}

/** POST /api/v1/staff/check-ins: what a window clerk scanned. */
export interface CheckInRequest {
  code: string;
}

export interface CheckIn {
  bookingId: string;
  matterName: string;
  start: string;
  end: string;
  /** 张*三 */
  residentNameMasked: string;
  checkedInAt: string;
}

/** GET /api/v1/staff/me: the centers where the signed-in resident is window staff (empty for almost everyone). */
export interface StaffScopes {
  /** role: 'clerk' (window staff) or 'admin' (中心管理员: also files 申诉 and 无法整改 for the center). */
  centers: { id: string; name: string; role: 'clerk' | 'admin' }[];
}

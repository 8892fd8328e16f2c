/** The personal rules as of one moment, from the configuration. */
export interface BookingRules {
  now: Date;
  maxActive: number;
  noShowLimit: number;
  /** No-shows before this are forgiven. */
  noShowSince: Date;
  suspendMs: number;
}

export type PersonalRefusal = 'BOOKING_DUPLICATE_MATTER' | 'BOOKING_LIMIT_REACHED' | 'BOOKING_SUSPENDED';

/** What the rules need to know of one resident, read inside the booking's transaction. */
export interface ResidentStanding {
  /** No-shows since `noShowSince`, and when the latest of them ended. */
  noShows: { count: number; lastEndedAt: Date | null };
  /** The matters of the resident's active (confirmed) bookings. */
  activeMatters: string[];
}

const DAY_MS = 86_400_000;

export function rulesAt(
  now: number,
  config: { maxActive: number; noShowLimit: number; noShowWindowDays: number; suspendDays: number },
): BookingRules {
  return {
    now: new Date(now),
    maxActive: config.maxActive,
    noShowLimit: config.noShowLimit,
    noShowSince: new Date(now - config.noShowWindowDays * DAY_MS),
    suspendMs: config.suspendDays * DAY_MS,
  };
}

/**
 * Whether a resident may take one more booking for a matter, for a booker and for a waiter whose turn came alike:
 * too many recent no-shows pause booking until `suspendMs` after the last one; one active booking per matter;
 * at most `maxActive` at a time. Null when they may.
 */
export function personalRefusal(
  standing: ResidentStanding,
  matterCode: string,
  rules: BookingRules,
): PersonalRefusal | null {
  const { count, lastEndedAt } = standing.noShows;
  if (count >= rules.noShowLimit && lastEndedAt && lastEndedAt.getTime() + rules.suspendMs > rules.now.getTime())
    return 'BOOKING_SUSPENDED';
  if (standing.activeMatters.includes(matterCode)) return 'BOOKING_DUPLICATE_MATTER';
  if (standing.activeMatters.length >= rules.maxActive) return 'BOOKING_LIMIT_REACHED';
  return null;
}

/** Whether joining a waitlist makes sense: someone at the limit could never be given the place when their turn came. */
export function mayJoinWaitlist(activeCount: number, rules: Pick<BookingRules, 'maxActive'>): boolean {
  return activeCount < rules.maxActive;
}

export type ChangeRefusal = 'BOOKING_NOT_FOUND' | 'BOOKING_NOT_ACTIVE' | 'BOOKING_CHANGE_TOO_LATE';

/** Whether a booking may still be cancelled or rescheduled online: confirmed, not over, and not within the cut-off. */
export function changeRefusal(
  booking: { status: string; starts_at: Date; ends_at: Date } | undefined,
  now: Date,
  cutoffMs: number,
): ChangeRefusal | null {
  if (!booking) return 'BOOKING_NOT_FOUND';
  if (booking.status !== 'confirmed' || booking.ends_at <= now) return 'BOOKING_NOT_ACTIVE';
  if (booking.starts_at.getTime() - now.getTime() < cutoffMs) return 'BOOKING_CHANGE_TOO_LATE';
  return null;
}

/**
 * Whether a check-in code may be used now: a confirmed booking not yet over, whose slot starts before `earliest`
 * (staff may check people in a while before their slot). Anything else reads as an invalid code.
 */
export function checkInValid(
  booking: { status: string; starts_at: Date; ends_at: Date } | undefined,
  now: Date,
  earliest: Date,
): boolean {
  return !!booking && booking.status === 'confirmed' && booking.ends_at > now && booking.starts_at <= earliest;
}

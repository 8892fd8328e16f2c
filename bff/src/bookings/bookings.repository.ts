import { Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import { randomId } from '../common/random';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { BookingTable, Database } from '../database/database.types';
import type { BookingRules, ResidentStanding } from './booking-rules';
import { closureTouching, holdCenters } from './closure-locks';
import { inLockOrder, type SlotKey } from './slot-lock-order';
import type { FreedSlot, HandoverSteps, Waiter } from './waitlist-handover';

export type BookingRow = Omit<BookingTable, 'from_waitlist' | 'created_at' | 'closure_id' | 'notice'> & {
  from_waitlist: boolean;
  created_at: Date;
  closure_id: string | null;
  notice: string | null;
};
type Tx = Transaction<Database>;

export interface SlotPlace {
  centerId: string;
  startsAt: Date;
  endsAt: Date;
  group: string;
  /** Places for a slot nobody has booked yet; a booked slot keeps the capacity it was first given. */
  capacity: number;
}

export interface NewBooking {
  residentId: string;
  matterCode: string;
  place: SlotPlace;
  checkInCode: string;
  idempotencyKey: string | null;
  requestHash: string;
}

/** Bookings, slot places and the waitlist: the only SQL of bookings. Resident-facing queries are scoped to the resident. */
@Injectable()
export class BookingsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Booked places of some centers' slots in a time range, for one matter group. */
  async slotCounts(
    centerIds: string[],
    group: string,
    from: Date,
    to: Date,
  ): Promise<{ centerId: string; startsAt: Date; capacity: number; taken: number }[]> {
    if (centerIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('booking_slot')
      .select(['center_id', 'starts_at', 'capacity', 'taken'])
      .where('center_id', 'in', centerIds)
      .where('group_code', '=', group)
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute();
    return rows.map((r) => ({
      centerId: r.center_id,
      startsAt: new Date(r.starts_at),
      capacity: r.capacity,
      taken: r.taken,
    }));
  }

  async own(residentId: string, id: string): Promise<BookingRow | undefined> {
    return (await this.db
      .selectFrom('booking')
      .selectAll()
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .executeTakeFirst()) as BookingRow | undefined;
  }

  async listOwn(residentId: string, limit: number): Promise<BookingRow[]> {
    return (await this.db
      .selectFrom('booking')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('starts_at', 'desc')
      .limit(limit)
      .execute()) as BookingRow[];
  }

  /**
   * Runs `work` in one transaction with the steps a booking change is made of (lock, read, write); the service
   * drives them and applies the rules in between. Everything is undone when `work` throws.
   */
  /** The resident's visits checked in since `since`. */
  checkedInSince(
    residentId: string,
    since: Date,
  ): Promise<{ id: string; matter_code: string; center_id: string; checked_in_at: Date | null }[]> {
    return this.db
      .selectFrom('booking')
      .select(['id', 'matter_code', 'center_id', 'checked_in_at'])
      .where('resident_id', '=', residentId)
      .where('status', '=', 'checked_in')
      .where('checked_in_at', '>=', since)
      .execute();
  }

  async inTransaction<T>(work: (steps: BookingSteps) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((tx) => work(new BookingSteps(tx)));
  }

  /** How many bookings the resident holds that are still to come (confirmed and not yet over). */
  async activeCount(residentId: string, now: Date): Promise<number> {
    const row = await this.db
      .selectFrom('booking')
      .select(sql<number>`count(*)::int`.as('n'))
      .where('resident_id', '=', residentId)
      .where('status', '=', 'confirmed')
      .where('ends_at', '>', now)
      .executeTakeFirstOrThrow();
    return row.n;
  }
}

async function lockResident(tx: Tx, residentId: string): Promise<void> {
  await sql`SELECT id FROM resident WHERE id = ${residentId} FOR UPDATE`.execute(tx);
}

/**
 * The lock, read and write steps of a booking change, inside one transaction. Locks are taken in one order in
 * every path: the resident, their booking, slot rows (in the global slot order), then waitlist entries and
 * waiters' rows (SKIP LOCKED, never waited for).
 */
export class BookingSteps implements HandoverSteps {
  constructor(private readonly tx: Tx) {}

  lockResident(residentId: string): Promise<void> {
    return lockResident(this.tx, residentId);
  }

  /**
   * Holds the centers against a closure being decided meanwhile (shared: bookings never wait for each other), before
   * any booking or slot row is locked, so a closure and a booking can only wait in one order.
   */
  holdCenters(centerIds: string[]): Promise<void> {
    return holdCenters(this.tx, centerIds);
  }

  /** Whether a closure of the place's center touches its slot (read after holdCenters): the booking is refused. */
  async closedAt(place: { centerId: string; startsAt: Date; endsAt: Date }): Promise<boolean> {
    return (await closureTouching(this.tx, place.centerId, place.startsAt, place.endsAt)) !== undefined;
  }

  /** The booking a check-in code belongs to, locked; anyone's (staff check residents in). */
  async lockByCheckInCode(code: string): Promise<BookingRow | undefined> {
    return (await this.tx
      .selectFrom('booking')
      .selectAll()
      .where('check_in_code', '=', code)
      .forUpdate()
      .executeTakeFirst()) as BookingRow | undefined;
  }

  async isStaffOf(residentId: string, centerId: string): Promise<boolean> {
    return !!(await this.tx
      .selectFrom('staff_member')
      .select('center_id')
      .where('resident_id', '=', residentId)
      .where('center_id', '=', centerId)
      .executeTakeFirst());
  }

  async markCheckedIn(id: string, at: Date, staffResidentId: string): Promise<BookingRow> {
    return (await this.tx
      .updateTable('booking')
      .set({ status: 'checked_in', checked_in_at: at, checked_in_by: staffResidentId })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as BookingRow;
  }

  /** The booking the resident made earlier with this Idempotency-Key, if any. */
  async byIdempotencyKey(residentId: string, key: string): Promise<BookingRow | undefined> {
    return (await this.tx
      .selectFrom('booking')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst()) as BookingRow | undefined;
  }

  /** What the personal rules need to know of a resident whose row this transaction has locked. */
  readStanding(residentId: string, rules: BookingRules): Promise<ResidentStanding> {
    return readStanding(this.tx, residentId, rules);
  }

  insertBooking(input: NewBooking): Promise<BookingRow> {
    return insertBooking(this.tx, input, false);
  }

  /** The resident's own booking, locked; undefined when there is none (or it is someone else's). */
  async lockOwnBooking(residentId: string, id: string): Promise<BookingRow | undefined> {
    return (await this.tx
      .selectFrom('booking')
      .selectAll()
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .forUpdate()
      .executeTakeFirst()) as BookingRow | undefined;
  }

  /** Locks slot rows in the global order (center, start, group); a slot given a capacity is created if new. */
  async lockSlots(slots: (SlotKey & { capacity: number | null })[]): Promise<void> {
    for (const slot of inLockOrder(slots)) await lockSlot(this.tx, slot);
  }

  /** Takes one place; false when the slot is full. */
  takePlace(place: SlotPlace): Promise<boolean> {
    return takePlace(this.tx, place);
  }

  async moveBooking(id: string, place: SlotPlace, checkInCode: string): Promise<BookingRow> {
    return (await this.tx
      .updateTable('booking')
      .set({
        center_id: place.centerId,
        starts_at: place.startsAt,
        ends_at: place.endsAt,
        group_code: place.group,
        check_in_code: checkInCode,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as BookingRow;
  }

  async cancelBooking(id: string, at: Date): Promise<BookingRow> {
    return (await this.tx
      .updateTable('booking')
      .set({ status: 'cancelled', cancelled_at: at })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow()) as BookingRow;
  }

  async nextWaiter(slot: FreedSlot, except: string[]): Promise<Waiter | undefined> {
    let next = this.tx
      .selectFrom('booking_waitlist')
      .select(['id', 'resident_id', 'matter_code'])
      .where('center_id', '=', slot.centerId)
      .where('starts_at', '=', slot.startsAt)
      .where('group_code', '=', slot.group)
      .where('status', '=', 'waiting');
    if (except.length) next = next.where('id', 'not in', except);
    const row = await next.orderBy('created_at').orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
    return row && { id: row.id, residentId: row.resident_id, matterCode: row.matter_code };
  }

  /** The waiter's own row, locked as their own bookings lock it, so the rules read cannot race one of their bookings. */
  async lockWaiterIfFree(residentId: string): Promise<boolean> {
    const free = await sql`SELECT id FROM resident WHERE id = ${residentId} FOR UPDATE SKIP LOCKED`.execute(this.tx);
    return free.rows.length === 1;
  }

  async expireEntry(waiterId: string): Promise<void> {
    await this.tx.updateTable('booking_waitlist').set({ status: 'expired' }).where('id', '=', waiterId).execute();
  }

  async bookForWaiter(waiter: Waiter, slot: FreedSlot): Promise<string | null> {
    const inserted = await sql<{ id: string }>`
      INSERT INTO booking (id, resident_id, center_id, matter_code, group_code, starts_at, ends_at, status, check_in_code, from_waitlist)
      VALUES (${randomId()}, ${waiter.residentId}, ${slot.centerId}, ${waiter.matterCode}, ${slot.group}, ${slot.startsAt},
              ${slot.endsAt}, 'confirmed', ${randomId()}, true)
      ON CONFLICT (resident_id, matter_code) WHERE status = 'confirmed' DO NOTHING
      RETURNING id`.execute(this.tx);
    const bookingId = inserted.rows[0]?.id ?? null;
    await this.tx
      .updateTable('booking_waitlist')
      .set({ status: bookingId ? 'booked' : 'expired', booking_id: bookingId })
      .where('id', '=', waiter.id)
      .execute();
    return bookingId;
  }

  async freePlace(slot: FreedSlot): Promise<void> {
    await sql`UPDATE booking_slot SET taken = taken - 1 WHERE center_id = ${slot.centerId} AND starts_at = ${slot.startsAt} AND group_code = ${slot.group} AND taken > 0`.execute(
      this.tx,
    );
  }
}

/** The slot a booking holds a place in. */
export function slotOf(booking: BookingRow): SlotKey & { endsAt: Date } {
  return {
    centerId: booking.center_id,
    startsAt: booking.starts_at,
    endsAt: booking.ends_at,
    group: booking.group_code,
  };
}

/**
 * Locks one slot row, creating it with no place taken when nobody has booked the slot yet (capacity given), so that
 * a transaction needing two slot rows can hold both, taken in the global order, before it changes either.
 */
async function lockSlot(tx: Tx, slot: SlotKey & { capacity: number | null }): Promise<void> {
  if (slot.capacity === null) {
    await sql`SELECT 1 FROM booking_slot WHERE center_id = ${slot.centerId} AND starts_at = ${slot.startsAt} AND group_code = ${slot.group} FOR UPDATE`.execute(
      tx,
    );
    return;
  }
  // DO UPDATE (not DO NOTHING) so that an existing row is locked too.
  await sql`
    INSERT INTO booking_slot (center_id, starts_at, group_code, capacity, taken)
    VALUES (${slot.centerId}, ${slot.startsAt}, ${slot.group}, ${slot.capacity}, 0)
    ON CONFLICT (center_id, starts_at, group_code) DO UPDATE SET taken = booking_slot.taken`.execute(tx);
}

/**
 * One atomic step: a new slot row starts with one place taken; an existing one gains one only while
 * taken < capacity. Postgres re-checks the condition on the latest row version after waiting for a
 * concurrent booker's lock, so no read-then-write race exists. No row back means the slot is full.
 */
async function takePlace(tx: Tx, p: SlotPlace): Promise<boolean> {
  const result = await sql<{ taken: number }>`
    INSERT INTO booking_slot (center_id, starts_at, group_code, capacity, taken)
    VALUES (${p.centerId}, ${p.startsAt}, ${p.group}, ${p.capacity}, 1)
    ON CONFLICT (center_id, starts_at, group_code)
    DO UPDATE SET taken = booking_slot.taken + 1 WHERE booking_slot.taken < booking_slot.capacity
    RETURNING taken`.execute(tx);
  return result.rows.length === 1;
}

/** Marks the resident's missed bookings (not checked in by the slot's end) as no-shows, then reads what the rules need. */
async function readStanding(tx: Tx, residentId: string, rules: BookingRules): Promise<ResidentStanding> {
  await tx
    .updateTable('booking')
    .set({ status: 'no_show' })
    .where('resident_id', '=', residentId)
    .where('status', '=', 'confirmed')
    .where('ends_at', '<=', rules.now)
    .execute();
  const noShows = await tx
    .selectFrom('booking')
    .select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`max(ends_at)`.as('last')])
    .where('resident_id', '=', residentId)
    .where('status', '=', 'no_show')
    .where('ends_at', '>=', rules.noShowSince)
    .executeTakeFirstOrThrow();
  const active = await tx
    .selectFrom('booking')
    .select('matter_code')
    .where('resident_id', '=', residentId)
    .where('status', '=', 'confirmed')
    .execute();
  return {
    noShows: { count: noShows.n, lastEndedAt: noShows.last ? new Date(noShows.last) : null },
    activeMatters: active.map((b) => b.matter_code),
  };
}

async function insertBooking(tx: Tx, input: NewBooking, fromWaitlist: boolean): Promise<BookingRow> {
  return (await tx
    .insertInto('booking')
    .values({
      id: randomId(),
      resident_id: input.residentId,
      center_id: input.place.centerId,
      matter_code: input.matterCode,
      group_code: input.place.group,
      starts_at: input.place.startsAt,
      ends_at: input.place.endsAt,
      status: 'confirmed',
      check_in_code: input.checkInCode,
      idempotency_key: input.idempotencyKey,
      request_hash: input.requestHash,
      from_waitlist: fromWaitlist,
    })
    .returningAll()
    .executeTakeFirstOrThrow()) as BookingRow;
}

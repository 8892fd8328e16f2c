import { Injectable } from '@nestjs/common';
import { sql, type Selectable, type Transaction } from 'kysely';
import { randomId } from '../common/random';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { CenterClosureTable, Database } from '../database/database.types';
import { BookingSteps, type BookingRow, type SlotPlace } from './bookings.repository';
import { CLOSURE_LOCK } from './closure-locks';
import type { Notice } from './waitlist-notices';

export type ClosureRow = Selectable<CenterClosureTable>;
type Tx = Transaction<Database>;

/** Center closures (临时停止服务): reads for the slot lists and the console, and the closure transaction's steps. */
@Injectable()
export class ClosuresRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Closures of these centers touching [from, to). */
  inEffect(centerIds: string[], from: Date, to: Date): Promise<ClosureRow[]> {
    if (centerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('center_closure')
      .selectAll()
      .where('center_id', 'in', centerIds)
      .where('starts_at', '<', to)
      .where('ends_at', '>', from)
      .execute();
  }

  /** The newest closures of these centers, with the name (encrypted) of who decided each. */
  list(centerIds: string[], limit: number): Promise<(ClosureRow & { decided_by_name_enc: string | null })[]> {
    if (centerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('center_closure')
      .leftJoin('resident', 'resident.id', 'center_closure.created_by')
      .selectAll('center_closure')
      .select('resident.name_enc as decided_by_name_enc')
      .where('center_closure.center_id', 'in', centerIds)
      .orderBy('center_closure.created_at', 'desc')
      .limit(limit)
      .execute();
  }

  inTransaction<T>(work: (steps: ClosureSteps) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((tx) => work(new ClosureSteps(tx)));
  }
}

/** The steps of deciding one closure, inside its transaction. */
export class ClosureSteps {
  readonly booking: BookingSteps;

  constructor(readonly tx: Tx) {
    this.booking = new BookingSteps(tx);
  }

  /** The center, exclusively: no booking takes a place there until this transaction ends. */
  async holdExclusive(centerId: string): Promise<void> {
    await sql`SELECT pg_advisory_xact_lock(${CLOSURE_LOCK}, hashtext(${centerId}))`.execute(this.tx);
  }

  byIdempotencyKey(actorId: string, key: string): Promise<ClosureRow | undefined> {
    return this.tx
      .selectFrom('center_closure')
      .selectAll()
      .where('created_by', '=', actorId)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
  }

  /** Closures of the center touching [from, to), this one's included once inserted. */
  closuresOf(centerId: string, from: Date, to: Date): Promise<ClosureRow[]> {
    return this.tx
      .selectFrom('center_closure')
      .selectAll()
      .where('center_id', '=', centerId)
      .where('starts_at', '<', to)
      .where('ends_at', '>', from)
      .execute();
  }

  insert(row: Omit<ClosureRow, 'moved' | 'cancelled' | 'waitlist_ended' | 'created_at'>): Promise<ClosureRow> {
    return this.tx.insertInto('center_closure').values(row).returningAll().executeTakeFirstOrThrow();
  }

  /** Confirmed bookings of the center whose slot touches [from, to), locked, earliest first. */
  async lockBookingsIn(centerId: string, from: Date, to: Date): Promise<BookingRow[]> {
    return (await this.tx
      .selectFrom('booking')
      .selectAll()
      .where('center_id', '=', centerId)
      .where('status', '=', 'confirmed')
      .where('starts_at', '<', to)
      .where('ends_at', '>', from)
      .orderBy('starts_at')
      .orderBy('id')
      .forUpdate()
      .execute()) as BookingRow[];
  }

  /** Booked places of the center's slots of one group from `from` on. */
  async takenFrom(centerId: string, group: string, from: Date, to: Date): Promise<Map<number, number>> {
    const rows = await this.tx
      .selectFrom('booking_slot')
      .select(['starts_at', 'capacity', 'taken'])
      .where('center_id', '=', centerId)
      .where('group_code', '=', group)
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute();
    return new Map(rows.map((r) => [new Date(r.starts_at).getTime(), r.capacity - r.taken]));
  }

  async moveTo(
    id: string,
    {
      place,
      checkInCode,
      closureId,
      notice,
    }: { place: SlotPlace; checkInCode: string; closureId: string; notice: string },
  ): Promise<void> {
    await this.tx
      .updateTable('booking')
      .set({
        starts_at: place.startsAt,
        ends_at: place.endsAt,
        check_in_code: checkInCode,
        closure_id: closureId,
        notice,
      })
      .where('id', '=', id)
      .execute();
  }

  async cancel(id: string, at: Date, closureId: string, notice: string): Promise<void> {
    await this.tx
      .updateTable('booking')
      .set({ status: 'cancelled', cancelled_at: at, closure_id: closureId, notice })
      .where('id', '=', id)
      .execute();
  }

  /** Ends the waitlist of the center's slots in [from, to): who was waiting, for which slot. */
  async endWaitlist(centerId: string, from: Date, to: Date): Promise<{ resident_id: string; starts_at: Date }[]> {
    return this.tx
      .updateTable('booking_waitlist')
      .set({ status: 'expired' })
      .where('center_id', '=', centerId)
      .where('status', '=', 'waiting')
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .returning(['resident_id', 'starts_at'])
      .execute();
  }

  /** A message to the resident, stored with the change it tells of. */
  async notify(residentId: string, notice: Notice): Promise<void> {
    await this.tx
      .insertInto('notification')
      .values({ id: randomId(), resident_id: residentId, ...notice })
      .execute();
  }

  async setCounts(id: string, moved: number, cancelled: number, waitlistEnded: number): Promise<ClosureRow> {
    return this.tx
      .updateTable('center_closure')
      .set({ moved, cancelled, waitlist_ended: waitlistEnded })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { randomId } from '../common/random';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { BookingWaitlistTable } from '../database/database.types';

export type WaitlistRow = Omit<BookingWaitlistTable, 'created_at'> & { created_at: Date; position: number };

/** The waitlist (候补). */
@Injectable()
export class WaitlistRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Joins the queue of a slot, once per resident, slot and matter; null when already waiting. */
  async join(entry: {
    residentId: string;
    centerId: string;
    matterCode: string;
    group: string;
    startsAt: Date;
  }): Promise<string | null> {
    const id = randomId();
    const inserted = await sql<{ id: string }>`
      INSERT INTO booking_waitlist (id, resident_id, center_id, matter_code, group_code, starts_at, status)
      VALUES (${id}, ${entry.residentId}, ${entry.centerId}, ${entry.matterCode}, ${entry.group}, ${entry.startsAt}, 'waiting')
      ON CONFLICT (resident_id, center_id, starts_at, matter_code) WHERE status = 'waiting' DO NOTHING
      RETURNING id`.execute(this.db);
    return inserted.rows[0]?.id ?? null;
  }

  /** The resident's entries with their place in line (1 = next) while waiting. */
  async listOwn(residentId: string, limit: number): Promise<WaitlistRow[]> {
    const rows = await this.db
      .selectFrom('booking_waitlist as w')
      .selectAll('w')
      .select(
        sql<number>`(SELECT count(*)::int FROM booking_waitlist o WHERE o.status = 'waiting' AND o.center_id = w.center_id
          AND o.starts_at = w.starts_at AND o.group_code = w.group_code AND (o.created_at, o.id) <= (w.created_at, w.id))`.as(
          'position',
        ),
      )
      .where('w.resident_id', '=', residentId)
      .orderBy('w.created_at', 'desc')
      .limit(limit)
      .execute();
    return rows as WaitlistRow[];
  }

  async own(residentId: string, id: string): Promise<WaitlistRow | undefined> {
    return (await this.listOwn(residentId, 200)).find((r) => r.id === id);
  }

  /** Leaves the queue; false when there is no such waiting entry of this resident. */
  async leave(residentId: string, id: string): Promise<boolean> {
    const r = await this.db
      .updateTable('booking_waitlist')
      .set({ status: 'left' })
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .where('status', '=', 'waiting')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }
}

import { Injectable } from '@nestjs/common';
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database, UploadTable } from '../database/database.types';

export type UploadRow = Selectable<UploadTable>;
export type NewUpload = Omit<UploadRow, 'attached_at' | 'attached_to'>;

/** The upload table: the only SQL of uploads. "Live" means attached, or not attached and not yet expired. */
@Injectable()
export class UploadsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /**
   * Inserts the upload unless its resident already holds `cap` pending ones (then undefined). The resident's row is
   * locked first, so concurrent uploads of one resident count and insert one after the other: a count taken
   * outside the transaction let 40 simultaneous uploads go 32 past the cap.
   */
  async insertWithinCap(upload: NewUpload, cap: number): Promise<UploadRow | undefined> {
    return this.db.transaction().execute(async (tx) => {
      await sql`SELECT id FROM resident WHERE id = ${upload.resident_id} FOR UPDATE`.execute(tx);
      if ((await countPending(tx, upload.resident_id, upload.created_at)) >= cap) return undefined;
      return tx.insertInto('upload').values(upload).returningAll().executeTakeFirstOrThrow();
    });
  }

  async countPending(residentId: string, now: Date): Promise<number> {
    return countPending(this.db, residentId, now);
  }

  async findLive(residentId: string, id: string, now: Date): Promise<UploadRow | undefined> {
    return this.db
      .selectFrom('upload')
      .selectAll()
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .where((eb) => eb.or([eb('attached_at', 'is not', null), eb('expires_at', '>', now)]))
      .executeTakeFirst();
  }

  async findPending(residentId: string, ids: string[], now: Date): Promise<UploadRow[]> {
    if (!ids.length) return [];
    return this.db
      .selectFrom('upload')
      .selectAll()
      .where('id', 'in', ids)
      .where('resident_id', '=', residentId)
      .where('attached_at', 'is', null)
      .where('expires_at', '>', now)
      .execute();
  }

  /**
   * Attaches pending uploads to `attachedTo` (they stop expiring) and answers how many of `ids` are now attached
   * to it, counting those a retry finds already attached. Pass the caller's transaction to attach with its rows.
   */
  async attach(ids: string[], attachedTo: string, now: Date, db: Kysely<Database> = this.db): Promise<number> {
    if (!ids.length) return 0;
    await db
      .updateTable('upload')
      .set({ attached_at: now, attached_to: attachedTo, expires_at: null })
      .where('id', 'in', ids)
      .where('attached_at', 'is', null)
      .where('expires_at', '>', now)
      .execute();
    const row = await db
      .selectFrom('upload')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('id', 'in', ids)
      .where('attached_to', '=', attachedTo)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Moves the expiry of these pending uploads of this resident out to `until` (never earlier than it was). */
  async keepPendingUntil(residentId: string, ids: string[], until: Date, now: Date): Promise<void> {
    if (!ids.length) return;
    await this.db
      .updateTable('upload')
      .set({ expires_at: until })
      .where('id', 'in', ids)
      .where('resident_id', '=', residentId)
      .where('attached_at', 'is', null)
      .where('expires_at', '>', now)
      .where('expires_at', '<', until)
      .execute();
  }

  async expiredIds(now: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('upload')
      .select('id')
      .where('expires_at', '<=', now)
      .orderBy('expires_at')
      .limit(limit)
      .execute();
    return rows.map((r) => r.id);
  }

  /**
   * Deletes the row and, inside the same transaction, its file through `removeFile`: if the file cannot be
   * removed the row stays (and a later try finds it again); a concurrent attach waits for the row lock and then
   * finds nothing. `which` is a resident's own pending upload, or any upload expired by `now`.
   */
  async removeWith(
    which: { id: string; residentId: string } | { id: string; expiredBy: Date },
    removeFile: (storageKey: string) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      let q = tx.deleteFrom('upload').where('id', '=', which.id).where('attached_at', 'is', null);
      q =
        'residentId' in which
          ? q.where('resident_id', '=', which.residentId)
          : q.where('expires_at', '<=', which.expiredBy);
      const row = await q.returning('storage_key').executeTakeFirst();
      if (!row) return false;
      await removeFile(row.storage_key);
      return true;
    });
  }
}

async function countPending(db: Kysely<Database>, residentId: string, now: Date): Promise<number> {
  const row = await db
    .selectFrom('upload')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('resident_id', '=', residentId)
    .where('attached_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

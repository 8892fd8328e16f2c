import { Injectable } from '@nestjs/common';
import type { Selectable, Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database, HandoverTable } from '../database/database.types';

export type HandoverRow = Selectable<HandoverTable>;

/** 交付 records: the only SQL of hand-overs. */
@Injectable()
export class HandoversRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  async of(applicationId: string): Promise<HandoverRow | null> {
    return (
      (await this.db
        .selectFrom('handover')
        .selectAll()
        .where('application_id', '=', applicationId)
        .executeTakeFirst()) ?? null
    );
  }

  /** Records one; null when the application was handed over already (the unique index decides a race). */
  async create(
    row: Omit<HandoverRow, 'created_at' | 'upload_ids'> & { upload_ids: string[] },
    alsoInTransaction: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<HandoverRow | null> {
    return this.db.transaction().execute(async (tx) => {
      const made = await tx
        .insertInto('handover')
        .values({ ...row, upload_ids: JSON.stringify(row.upload_ids) })
        .onConflict((oc) => oc.column('application_id').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (made) await alsoInTransaction(tx);
      return made ?? null;
    });
  }
}

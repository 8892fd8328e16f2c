import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { ApplicationDraftTable } from '../database/database.types';

export type DraftRow = Selectable<ApplicationDraftTable>;

/** Drafts (草稿): keyed by resident and the id the app chose, so one resident's id never reaches another's draft. */
@Injectable()
export class DraftsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  async save(row: Omit<DraftRow, 'updated_at'>): Promise<DraftRow> {
    return this.db
      .insertInto('application_draft')
      .values({ ...row, updated_at: new Date() })
      .onConflict((oc) =>
        oc.columns(['resident_id', 'id']).doUpdateSet({
          matter_code: row.matter_code,
          form_version: row.form_version,
          body_enc: row.body_enc,
          step: row.step,
          updated_at: new Date(),
          expires_at: row.expires_at,
        }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  async own(residentId: string, id: string, now: Date): Promise<DraftRow | undefined> {
    return this.db
      .selectFrom('application_draft')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('id', '=', id)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  }

  async listOwn(residentId: string, now: Date): Promise<DraftRow[]> {
    return this.db
      .selectFrom('application_draft')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('expires_at', '>', now)
      .orderBy('updated_at', 'desc')
      .limit(50)
      .execute();
  }

  async delete(residentId: string, id: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('application_draft')
      .where('resident_id', '=', residentId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) === 1;
  }

  async purgeExpired(now: Date): Promise<number> {
    const r = await this.db.deleteFrom('application_draft').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  }
}

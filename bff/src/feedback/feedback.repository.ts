import { Injectable } from '@nestjs/common';
import { type Selectable, sql, type Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database, FeedbackEventTable, FeedbackTable } from '../database/database.types';

export type FeedbackRow = Selectable<FeedbackTable>;
export type FeedbackEventRow = Selectable<FeedbackEventTable>;

export interface NewFeedback {
  id: string;
  number: string;
  residentId: string;
  type: 'case' | 'consultation';
  kind: string | null;
  matterCode: string | null;
  applicationId: string | null;
  bookingId: string | null;
  ownerCenterId: string;
  textEnc: string;
  photos: string[];
  dueOn: string;
  idempotencyKey: string | null;
  requestHash: string;
  filedNoteEnc: string;
}

/** 办不成事 cases, 咨询 questions and their timelines: the only SQL of feedback. */
@Injectable()
export class FeedbackRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Records a filing with its first step; the same Idempotency-Key answers the first (`reused` if the body differs). */
  async create(
    f: NewFeedback,
    alsoInTransaction: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<{ row: FeedbackRow; replayed: boolean } | { reused: true }> {
    return this.db.transaction().execute(async (tx) => {
      await sql`SELECT id FROM resident WHERE id = ${f.residentId} FOR UPDATE`.execute(tx);
      if (f.idempotencyKey) {
        const first = await tx
          .selectFrom('feedback')
          .selectAll()
          .where('resident_id', '=', f.residentId)
          .where('idempotency_key', '=', f.idempotencyKey)
          .executeTakeFirst();
        if (first) return first.request_hash === f.requestHash ? { row: first, replayed: true } : { reused: true };
      }
      const row = await tx
        .insertInto('feedback')
        .values({
          id: f.id,
          number: f.number,
          resident_id: f.residentId,
          type: f.type,
          kind: f.kind,
          matter_code: f.matterCode,
          application_id: f.applicationId,
          booking_id: f.bookingId,
          owner_center_id: f.ownerCenterId,
          text_enc: f.textEnc,
          photos: JSON.stringify(f.photos),
          state: 'received',
          due_on: f.dueOn,
          idempotency_key: f.idempotencyKey,
          request_hash: f.requestHash,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('feedback_event')
        .values({ feedback_id: f.id, seq: 1, state: 'received', at: row.created_at, note_enc: f.filedNoteEnc })
        .execute();
      await alsoInTransaction(tx);
      return { row, replayed: false };
    });
  }

  /**
   * A staff step: appended to the timeline and the state moved, under a row lock so two clerks answering at once
   * cannot both answer. `decide` sees the locked row and says the next state, or null to refuse.
   */
  async step(
    id: string,
    key: string | null,
    decide: (row: FeedbackRow) => { state: 'handling' | 'answered' } | null,
    event: { staffId: string; centerId: string; noteEnc: string; at: Date },
  ): Promise<{ row: FeedbackRow; replayed: boolean } | null> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('feedback').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
      if (!row) return null;
      if (key) {
        const done = await tx
          .selectFrom('feedback_event')
          .select('seq')
          .where('feedback_id', '=', id)
          .where('idempotency_key', '=', key)
          .executeTakeFirst();
        if (done) return { row, replayed: true };
      }
      const next = decide(row);
      if (!next) return null;
      const last = await tx
        .selectFrom('feedback_event')
        .select((eb) => eb.fn.max('seq').as('seq'))
        .where('feedback_id', '=', id)
        .executeTakeFirst();
      await tx
        .insertInto('feedback_event')
        .values({
          feedback_id: id,
          seq: Number(last?.seq ?? 0) + 1,
          state: next.state,
          at: event.at,
          staff_id: event.staffId,
          center_id: event.centerId,
          note_enc: event.noteEnc,
          idempotency_key: key,
        })
        .execute();
      const updated = await tx
        .updateTable('feedback')
        .set({
          state: next.state,
          ...(next.state === 'answered' ? { answer_enc: event.noteEnc, answered_at: event.at } : {}),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return { row: updated, replayed: false };
    });
  }

  own(residentId: string, id: string): Promise<FeedbackRow | undefined> {
    return this.db
      .selectFrom('feedback')
      .selectAll()
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .executeTakeFirst();
  }

  byKey(residentId: string, idempotencyKey: string): Promise<FeedbackRow | undefined> {
    return this.db
      .selectFrom('feedback')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  }

  byId(id: string): Promise<FeedbackRow | undefined> {
    return this.db.selectFrom('feedback').selectAll().where('id', '=', id).executeTakeFirst();
  }

  listOwn(residentId: string, limit: number): Promise<FeedbackRow[]> {
    return this.db
      .selectFrom('feedback')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  open(centerIds: string[], limit: number): Promise<FeedbackRow[]> {
    if (centerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('feedback')
      .selectAll()
      .where('owner_center_id', 'in', centerIds)
      .where('state', '<>', 'answered')
      .orderBy('due_on')
      .orderBy('created_at')
      .limit(limit)
      .execute();
  }

  async events(ids: string[]): Promise<Map<string, FeedbackEventRow[]>> {
    const byId = new Map<string, FeedbackEventRow[]>(ids.map((i) => [i, []]));
    if (ids.length === 0) return byId;
    const rows = await this.db
      .selectFrom('feedback_event')
      .selectAll()
      .where('feedback_id', 'in', ids)
      .orderBy('feedback_id')
      .orderBy('seq')
      .execute();
    for (const r of rows) byId.get(r.feedback_id)?.push(r);
    return byId;
  }
}

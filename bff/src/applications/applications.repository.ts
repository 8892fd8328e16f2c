import { Injectable } from '@nestjs/common';
import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type {
  ApplicationEventTable,
  ApplicationOutboxTable,
  ApplicationTable,
  Database,
} from '../database/database.types';
import type { ApprovalEvent } from '../upstream/approval/approval.port';
import { statusOfWire } from './application-status';

export type ApplicationRow = Selectable<ApplicationTable>;
export type OutboxRow = Selectable<ApplicationOutboxTable>;
export type EventRow = Selectable<ApplicationEventTable>;

export interface NewApplication {
  id: string;
  residentId: string;
  matterCode: string;
  matterName: string;
  themeId: string | null;
  payloadEnc: string;
  materials: unknown;
  notify: boolean;
  promisedDays: number;
  idempotencyKey: string | null;
  requestHash: string;
  outboxId: string;
  upstreamKey: string;
  /** The center answerable for it (好差评, the counts): see CenterDirectory.countyCenterFor. */
  ownerCenterId: string | null;
  /** The 委托 a helper submitted it under (its delivery stops if that is revoked first); null for the resident's own. */
  mandateId?: string | null;
}

/** Applications, their outbox, events and 补正 requests: the only SQL of applications. */
@Injectable()
export class ApplicationsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /**
   * Records applications and their deliveries in one transaction (all of a theme's or none). With an
   * Idempotency-Key already used by this resident, answers the first applications instead and records nothing.
   */
  async create(
    residentId: string,
    items: NewApplication[],
    draftId: string | null,
    alsoInTransaction: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<{ replayed: boolean; rows: ApplicationRow[] } | { reused: true }> {
    return this.db.transaction().execute(async (tx) => {
      await sql`SELECT id FROM resident WHERE id = ${residentId} FOR UPDATE`.execute(tx);
      const key = items[0].idempotencyKey;
      if (key) {
        const first = await this.byKey(residentId, key, tx);
        if (first.length)
          return first[0].request_hash === items[0].requestHash
            ? { replayed: true, rows: first }
            : { reused: true as const };
      }
      const rows: ApplicationRow[] = [];
      for (const a of items) {
        rows.push(
          (await tx
            .insertInto('application')
            .values({
              id: a.id,
              resident_id: a.residentId,
              matter_code: a.matterCode,
              matter_name: a.matterName,
              theme_id: a.themeId,
              status: 'submitted',
              payload_enc: a.payloadEnc,
              materials: JSON.stringify(a.materials),
              notify: a.notify,
              promised_days: a.promisedDays,
              idempotency_key: a.idempotencyKey,
              owner_center_id: a.ownerCenterId,
              request_hash: a.requestHash,
            })
            .returningAll()
            .executeTakeFirstOrThrow()) as ApplicationRow,
        );
        await tx
          .insertInto('application_outbox')
          .values({
            id: a.outboxId,
            application_id: a.id,
            kind: 'submit',
            upstream_key: a.upstreamKey,
            mandate_id: a.mandateId ?? null,
          })
          .execute();
      }
      await alsoInTransaction(tx);
      if (draftId)
        await tx
          .deleteFrom('application_draft')
          .where('resident_id', '=', residentId)
          .where('id', '=', draftId)
          .execute();
      return { replayed: false, rows };
    });
  }

  /** The applications a resident recorded with an Idempotency-Key (a theme's share it as key#1, key#2 …). */
  async byKey(residentId: string, key: string, db: Kysely<Database> = this.db): Promise<ApplicationRow[]> {
    const rows = await db
      .selectFrom('application')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('idempotency_key', 'in', [key, ...Array.from({ length: 20 }, (_, i) => `${key}#${i + 1}`)])
      .orderBy('idempotency_key')
      .execute();
    return rows;
  }

  async own(residentId: string, id: string): Promise<ApplicationRow | undefined> {
    return (await this.db
      .selectFrom('application')
      .selectAll()
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .executeTakeFirst()) as ApplicationRow | undefined;
  }

  async byId(id: string): Promise<ApplicationRow | undefined> {
    return (await this.db.selectFrom('application').selectAll().where('id', '=', id).executeTakeFirst()) as
      ApplicationRow | undefined;
  }

  async byNumber(number: string): Promise<ApplicationRow | undefined> {
    return (await this.db.selectFrom('application').selectAll().where('number', '=', number).executeTakeFirst()) as
      ApplicationRow | undefined;
  }

  async listOwn(residentId: string, limit: number): Promise<ApplicationRow[]> {
    return (await this.db
      .selectFrom('application')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('submitted_at', 'desc')
      .limit(limit)
      .execute()) as ApplicationRow[];
  }

  async events(applicationId: string): Promise<EventRow[]> {
    return (await this.db
      .selectFrom('application_event')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('seq')
      .execute()) as EventRow[];
  }

  async openSupplement(
    applicationId: string,
  ): Promise<{ id: string; items: unknown; requested_at: Date; answered_at: Date | null } | undefined> {
    return this.db
      .selectFrom('application_supplement')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('requested_at', 'desc')
      .limit(1)
      .executeTakeFirst();
  }

  /**
   * Leases due deliveries: marks them not due again for `leaseMs` and answers them. A worker that dies mid-send
   * leaves its lease to expire and another sends again; the upstream key makes that harmless.
   */
  async leaseDue(now: Date, batch: number, leaseMs: number): Promise<OutboxRow[]> {
    const result = await sql<OutboxRow>`
      UPDATE application_outbox SET next_attempt_at = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM application_outbox
        WHERE done_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ${now}
        ORDER BY next_attempt_at LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING *`.execute(this.db);
    return result.rows;
  }

  /** The platform took the submission: the application gets its number, once. */
  async delivered(outbox: OutboxRow, receipt: { number: string; queryCode: string } | null): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('application_outbox')
        .set({ done_at: new Date(), last_error: null })
        .where('id', '=', outbox.id)
        .execute();
      if (receipt) {
        await tx
          .updateTable('application')
          .set({ number: receipt.number, query_code: receipt.queryCode, updated_at: new Date() })
          .where('id', '=', outbox.application_id)
          .where('number', 'is', null)
          .execute();
      }
    });
  }

  async retryLater(id: string, at: Date, error: string): Promise<void> {
    await this.db
      .updateTable('application_outbox')
      .set({ next_attempt_at: at, last_error: error.slice(0, 500) })
      .where('id', '=', id)
      .execute();
  }

  async failed(id: string, error: string): Promise<void> {
    await this.db
      .updateTable('application_outbox')
      .set({ failed_at: new Date(), last_error: error.slice(0, 500) })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Stores the platform's steps, whatever order and however often they come; the application's status is then
   * the status of its highest step. Answers the steps that were new.
   */
  async addEvents(applicationId: string, events: ApprovalEvent[]): Promise<ApprovalEvent[]> {
    if (events.length === 0) return [];
    return this.db.transaction().execute(async (tx) => {
      const added: ApprovalEvent[] = [];
      for (const e of events) {
        const inserted = await tx
          .insertInto('application_event')
          .values({
            application_id: applicationId,
            seq: e.seq,
            event_id: e.eventId,
            status: statusOfWire(e.status),
            at: e.at,
            office: e.office,
            note: e.note,
            supplement: e.supplement ? JSON.stringify(e.supplement) : null,
          })
          .onConflict((oc) => oc.doNothing())
          .returning('seq')
          .executeTakeFirst();
        if (!inserted) continue;
        added.push(e);
        if (e.supplement) {
          await tx
            .insertInto('application_supplement')
            .values({
              id: e.supplement.requestId,
              application_id: applicationId,
              items: JSON.stringify(e.supplement.items),
              requested_at: e.at,
            })
            .onConflict((oc) => oc.doNothing())
            .execute();
        }
      }
      if (added.length) {
        const latest = await tx
          .selectFrom('application_event')
          .select(['status'])
          .where('application_id', '=', applicationId)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirstOrThrow();
        const accepted = await tx
          .selectFrom('application_event')
          .select('at')
          .where('application_id', '=', applicationId)
          .where('status', '=', 'accepted')
          .orderBy('seq')
          .limit(1)
          .executeTakeFirst();
        const settled = await tx
          .selectFrom('application_event')
          .select('at')
          .where('application_id', '=', applicationId)
          .where('status', 'in', ['completed', 'rejected'])
          .orderBy('at')
          .limit(1)
          .executeTakeFirst();
        await tx
          .updateTable('application')
          .set({
            status: latest.status,
            accepted_at: accepted?.at ?? null,
            settled_at: settled?.at ?? null,
            updated_at: new Date(),
          })
          .where('id', '=', applicationId)
          .execute();
      }
      return added;
    });
  }

  /** Open applications with a number not asked about for `olderThan`: the poll fallback for lost callbacks. */
  async dueForPoll(before: Date, limit: number): Promise<ApplicationRow[]> {
    return (await this.db
      .selectFrom('application')
      .selectAll()
      .where('number', 'is not', null)
      .where('status', 'not in', ['rejected', 'completed', 'delivered'])
      .where((eb) => eb.or([eb('last_polled_at', 'is', null), eb('last_polled_at', '<', before)]))
      .orderBy('last_polled_at')
      .limit(limit)
      .execute()) as ApplicationRow[];
  }

  async polled(id: string, at: Date): Promise<void> {
    await this.db.updateTable('application').set({ last_polled_at: at }).where('id', '=', id).execute();
  }

  /** Records the answer to an open 补正 and queues its delivery, once. */
  async answerSupplement(
    applicationId: string,
    supplementId: string,
    outbox: { id: string; upstreamKey: string; bodyEnc: string; mandateId: string | null },
    alsoInTransaction: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const r = await tx
        .updateTable('application_supplement')
        .set({ answered_at: new Date() })
        .where('id', '=', supplementId)
        .where('application_id', '=', applicationId)
        .where('answered_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await alsoInTransaction(tx);
      await tx
        .insertInto('application_outbox')
        .values({
          id: outbox.id,
          application_id: applicationId,
          kind: 'supplement',
          upstream_key: outbox.upstreamKey,
          body_enc: outbox.bodyEnc,
          mandate_id: outbox.mandateId,
        })
        .execute();
      return true;
    });
  }

  /** How deliveries stand, for tests and operators. */
  async outboxOf(applicationId: string): Promise<OutboxRow[]> {
    return (await this.db
      .selectFrom('application_outbox')
      .selectAll()
      .where('application_id', '=', applicationId)
      .orderBy('created_at')
      .execute()) as OutboxRow[];
  }

  /** The resident's applications that ended (办结 or 不予受理) since `since`, with when they ended. */
  async endedSince(
    residentId: string,
    since: Date,
  ): Promise<
    { id: string; matter_code: string; matter_name: string; owner_center_id: string | null; done_at: Date }[]
  > {
    const result = await sql<{
      id: string;
      matter_code: string;
      matter_name: string;
      owner_center_id: string | null;
      done_at: Date;
    }>`
      SELECT a.id, a.matter_code, a.matter_name, a.owner_center_id, min(e.at) AS done_at
      FROM application a JOIN application_event e ON e.application_id = a.id
      WHERE a.resident_id = ${residentId} AND e.status IN ('completed', 'rejected')
      GROUP BY a.id, a.matter_code, a.matter_name, a.owner_center_id
      HAVING min(e.at) >= ${since}`.execute(this.db);
    return result.rows.map((r) => ({ ...r, done_at: new Date(r.done_at) }));
  }

  /** The office of an application's latest step (e.g. 林州市人力资源和社会保障局（窗口）). */
  async lastOffice(id: string): Promise<string | null> {
    const last = await this.db
      .selectFrom('application_event')
      .select('office')
      .where('application_id', '=', id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    return last?.office ?? null;
  }
}

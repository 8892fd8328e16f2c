import { Injectable } from '@nestjs/common';
import { type Selectable, sql, type Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database, ReviewOutboxTable, ReviewTable } from '../database/database.types';
import type { EvaluationRecord } from '../upstream/evaluation/evaluation.port';

export type ReviewRow = Selectable<ReviewTable>;
export type ReviewOutboxRow = Selectable<ReviewOutboxTable>;

export interface NewReview {
  id: string;
  residentId: string;
  subjectKind: 'application' | 'visit' | 'window';
  subjectId: string | null;
  centerId: string;
  title: string;
  place: string | null;
  level: number;
  indicatorSet: string;
  indicators: Record<string, number>;
  reasons: string[];
  contentEnc: string;
  photos: string[];
  openUntil: Date;
  idempotencyKey: string | null;
  requestHash: string;
  /** 代评: the helper who rated under a 委托, their relation and masked name; null for the resident's own. */
  agent: { id: string; relation: 'agent' | 'family'; nameMasked: string } | null;
}

export interface Rated {
  level: number;
  indicators: Record<string, number>;
  reasons: string[];
  contentEnc: string;
  photos: string[];
}

const OPEN_STATES = ['VERIFYING', 'RECTIFYING', 'RECTIFIED', 'APPEALING', 'UNRECTIFIABLE_REVIEW'];

/** Reviews, their outbox and the case read model: the only SQL of 好差评. */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /**
   * Records a rating and its delivery in one transaction. The same Idempotency-Key answers the first rating
   * (`reused` when the body differs); a second rating of the same application or visit is `taken`.
   */
  async create(
    review: NewReview,
    outbox: { id: string; upstreamKey: string },
    alsoInTransaction: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<{ row: ReviewRow; replayed: boolean } | { reused: true } | { taken: true }> {
    return this.db.transaction().execute(async (tx) => {
      // One at a time per resident: a retry racing its first attempt waits and then finds it.
      await sql`SELECT id FROM resident WHERE id = ${review.residentId} FOR UPDATE`.execute(tx);
      if (review.idempotencyKey) {
        const first = await tx
          .selectFrom('review')
          .selectAll()
          .where('resident_id', '=', review.residentId)
          .where('idempotency_key', '=', review.idempotencyKey)
          .executeTakeFirst();
        if (first) return first.request_hash === review.requestHash ? { row: first, replayed: true } : { reused: true };
      }
      if (review.subjectId) {
        const taken = await tx
          .selectFrom('review')
          .select('id')
          .where('subject_kind', '=', review.subjectKind)
          .where('subject_id', '=', review.subjectId)
          .executeTakeFirst();
        if (taken) return { taken: true };
      }
      const row = await tx
        .insertInto('review')
        .values({
          id: review.id,
          resident_id: review.residentId,
          subject_kind: review.subjectKind,
          subject_id: review.subjectId,
          center_id: review.centerId,
          title: review.title,
          place: review.place,
          level: review.level,
          indicator_set: review.indicatorSet,
          indicators: JSON.stringify(review.indicators),
          reasons: JSON.stringify(review.reasons),
          content_enc: review.contentEnc,
          photos: JSON.stringify(review.photos),
          open_until: review.openUntil,
          idempotency_key: review.idempotencyKey,
          request_hash: review.requestHash,
          agent_id: review.agent?.id ?? null,
          agent_relation: review.agent?.relation ?? null,
          agent_name: review.agent?.nameMasked ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('review_outbox')
        .values({ id: outbox.id, review_id: review.id, seq: 1, kind: 'submit', upstream_key: outbox.upstreamKey })
        .execute();
      await alsoInTransaction(tx);
      return { row, replayed: false };
    });
  }

  /** The one revision: the rating changes here at once and goes to the provincial system after the rating. */
  async revise(
    id: string,
    rated: Rated,
    outbox: { id: string; upstreamKey: string; bodyEnc: string },
    alsoInTransaction: (tx: Transaction<Database>) => Promise<void>,
  ): Promise<ReviewRow | null> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('review')
        .set({
          level: rated.level,
          indicators: JSON.stringify(rated.indicators),
          reasons: JSON.stringify(rated.reasons),
          content_enc: rated.contentEnc,
          photos: JSON.stringify(rated.photos),
          revised: true,
          updated_at: new Date(),
        })
        .where('id', '=', id)
        .where('revised', '=', false)
        .returningAll()
        .executeTakeFirst();
      if (!row) return null;
      await this.addOutbox(tx, id, 'revise', outbox);
      await alsoInTransaction(tx);
      return row;
    });
  }

  /** Spends one answer of the round (追评) and queues it; null when the round's answer is already spent. */
  async answer(
    id: string,
    allowedBefore: number,
    outbox: { id: string; upstreamKey: string; bodyEnc: string },
  ): Promise<ReviewRow | null> {
    return this.db.transaction().execute(async (tx) => {
      const row = await tx
        .updateTable('review')
        .set((eb) => ({ answers: eb('answers', '+', 1), updated_at: new Date() }))
        .where('id', '=', id)
        .where('answers', '<', allowedBefore)
        .where('case_state', '=', 'RECTIFIED')
        .returningAll()
        .executeTakeFirst();
      if (!row) return null;
      await this.addOutbox(tx, id, 'answer', outbox);
      return row;
    });
  }

  private async addOutbox(
    tx: Transaction<Database>,
    reviewId: string,
    kind: 'revise' | 'answer',
    outbox: { id: string; upstreamKey: string; bodyEnc: string },
  ): Promise<void> {
    const last = await tx
      .selectFrom('review_outbox')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .where('review_id', '=', reviewId)
      .executeTakeFirst();
    await tx
      .insertInto('review_outbox')
      .values({
        id: outbox.id,
        review_id: reviewId,
        seq: Number(last?.seq ?? 0) + 1,
        kind,
        upstream_key: outbox.upstreamKey,
        body_enc: outbox.bodyEnc,
      })
      .execute();
  }

  own(residentId: string, id: string): Promise<ReviewRow | undefined> {
    return this.db
      .selectFrom('review')
      .selectAll()
      .where('id', '=', id)
      .where('resident_id', '=', residentId)
      .executeTakeFirst();
  }

  byId(id: string): Promise<ReviewRow | undefined> {
    return this.db.selectFrom('review').selectAll().where('id', '=', id).executeTakeFirst();
  }

  byKey(residentId: string, idempotencyKey: string): Promise<ReviewRow | undefined> {
    return this.db
      .selectFrom('review')
      .selectAll()
      .where('resident_id', '=', residentId)
      .where('idempotency_key', '=', idempotencyKey)
      .executeTakeFirst();
  }

  async windowRatedSince(residentId: string, centerId: string, since: Date): Promise<boolean> {
    const row = await this.db
      .selectFrom('review')
      .select('id')
      .where('resident_id', '=', residentId)
      .where('subject_kind', '=', 'window')
      .where('center_id', '=', centerId)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return row !== undefined;
  }

  byEvaluation(evaluationId: string): Promise<ReviewRow | undefined> {
    return this.db.selectFrom('review').selectAll().where('evaluation_id', '=', evaluationId).executeTakeFirst();
  }

  listOwn(residentId: string, limit: number): Promise<ReviewRow[]> {
    return this.db
      .selectFrom('review')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }

  /** Which of these subjects the resident's household of reviews already covers (one rating per subject). */
  async ratedSubjects(kind: 'application' | 'visit', ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('review')
      .select('subject_id')
      .where('subject_kind', '=', kind)
      .where('subject_id', 'in', ids)
      .execute();
    return new Set(rows.map((r) => r.subject_id!));
  }

  /** Bad reviews still waiting for the office at these centers. */
  openCases(centerIds: string[], limit: number): Promise<ReviewRow[]> {
    if (centerIds.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('review')
      .selectAll()
      .where('center_id', 'in', centerIds)
      .where('case_state', 'in', OPEN_STATES)
      .orderBy('case_opened_at')
      .limit(limit)
      .execute();
  }

  /** The next deliveries due, each the earliest undelivered one of its review, leased for `leaseMs`. */
  async leaseDue(now: Date, batch: number, leaseMs: number): Promise<ReviewOutboxRow[]> {
    const result = await sql<ReviewOutboxRow>`
      UPDATE review_outbox SET next_attempt_at = ${new Date(now.getTime() + leaseMs)}, attempts = attempts + 1
      WHERE id IN (
        SELECT o.id FROM review_outbox o
        WHERE o.done_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ${now}
          AND NOT EXISTS (SELECT 1 FROM review_outbox p WHERE p.review_id = o.review_id AND p.seq < o.seq
                          AND p.done_at IS NULL AND p.failed_at IS NULL)
        ORDER BY o.next_attempt_at LIMIT ${batch} FOR UPDATE SKIP LOCKED)
      RETURNING *`.execute(this.db);
    return result.rows;
  }

  /** A delivery went through: done, and the review takes what the provincial system now says. */
  async delivered(outbox: ReviewOutboxRow, record: EvaluationRecord): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('review_outbox')
        .set({ done_at: new Date(), last_error: null })
        .where('id', '=', outbox.id)
        .execute();
      await tx
        .updateTable('review')
        .set({ evaluation_id: record.evaluationId })
        .where('id', '=', outbox.review_id)
        .where('evaluation_id', 'is', null)
        .execute();
      await this.applyRecordIn(tx, outbox.review_id, record);
    });
  }

  /**
   * The case as the provincial system reports it; answers the state it had before, or `unchanged` when the report
   * changed nothing. A report never goes backwards: one with fewer events than the stored one (a stale read, a
   * callback overtaken by a fresher answer) is dropped. The row is locked, so of two reports of the same step
   * arriving at once (a staff action's answer and the callback it caused) exactly one sees the state change.
   */
  async applyRecord(reviewId: string, record: EvaluationRecord): Promise<{ before: string | null } | 'unchanged'> {
    return this.db.transaction().execute((tx) => this.applyRecordIn(tx, reviewId, record));
  }

  private async applyRecordIn(
    tx: Transaction<Database>,
    reviewId: string,
    record: EvaluationRecord,
  ): Promise<{ before: string | null } | 'unchanged'> {
    const c = record.case;
    if (!c) return 'unchanged';
    const stored = await tx
      .selectFrom('review')
      .select(['case_state', 'case_events', 'case_satisfied'])
      .where('id', '=', reviewId)
      .forUpdate()
      .executeTakeFirst();
    if (!stored) return 'unchanged';
    const storedEvents = stored.case_events as unknown[];
    const satisfied = c.answer?.satisfied ?? null;
    if (
      storedEvents.length > c.events.length ||
      (storedEvents.length === c.events.length && stored.case_state === c.state && stored.case_satisfied === satisfied)
    )
      return 'unchanged';
    await tx
      .updateTable('review')
      .set({
        case_no: c.caseNo,
        case_state: c.state,
        case_opened_at: c.openedAt,
        case_reopened: c.reopened,
        case_satisfied: satisfied,
        case_events: JSON.stringify(c.events.map((e) => ({ ...e, at: e.at.toISOString() }))),
        updated_at: new Date(),
      })
      .where('id', '=', reviewId)
      .execute();
    return { before: stored.case_state };
  }

  async retryLater(id: string, at: Date, error: string): Promise<void> {
    await this.db
      .updateTable('review_outbox')
      .set({ next_attempt_at: at, last_error: error.slice(0, 500) })
      .where('id', '=', id)
      .execute();
  }

  async failed(id: string, error: string): Promise<void> {
    await this.db
      .updateTable('review_outbox')
      .set({ failed_at: new Date(), last_error: error.slice(0, 500) })
      .where('id', '=', id)
      .execute();
  }

  /** Open cases not heard of since `before` (the fallback when callbacks are lost), oldest first. */
  staleOpenCases(before: Date, limit: number): Promise<ReviewRow[]> {
    return this.db
      .selectFrom('review')
      .selectAll()
      .where('evaluation_id', 'is not', null)
      .where('case_state', 'in', OPEN_STATES)
      .where('updated_at', '<', before)
      .orderBy('updated_at')
      .limit(limit)
      .execute();
  }

  /** Marks a review as just heard of (a poll that found nothing new). */
  async touched(id: string, at: Date): Promise<void> {
    await this.db.updateTable('review').set({ updated_at: at }).where('id', '=', id).execute();
  }

  async hasOutbox(upstreamKey: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('review_outbox')
      .select('id')
      .where('upstream_key', '=', upstreamKey)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Deliveries of these reviews not yet through: a review with one shows 正在提交. */
  async pendingOf(reviewIds: string[]): Promise<Set<string>> {
    if (reviewIds.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('review_outbox')
      .select('review_id')
      .where('review_id', 'in', reviewIds)
      .where('done_at', 'is', null)
      .where('failed_at', 'is', null)
      .execute();
    return new Set(rows.map((r) => r.review_id));
  }
}

import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { HomeVisitTable } from '../database/database.types';

export type HomeVisitRow = Selectable<HomeVisitTable>;
export type NewHomeVisit = Omit<
  HomeVisitRow,
  'state' | 'scheduled_at' | 'answer' | 'staff_id' | 'created_at' | 'updated_at' | 'assignee_id'
>;

/** 上门服务 requests: the only SQL of home visits. */
@Injectable()
export class HomeVisitsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Records a request; the same Idempotency-Key answers the first (`reused` when the body differs). */
  async create(v: NewHomeVisit): Promise<{ row: HomeVisitRow; replayed: boolean } | { reused: true }> {
    return this.db.transaction().execute(async (tx) => {
      if (v.idempotency_key) {
        const first = await tx
          .selectFrom('home_visit')
          .selectAll()
          .where('resident_id', '=', v.resident_id)
          .where('idempotency_key', '=', v.idempotency_key)
          .forUpdate()
          .executeTakeFirst();
        if (first) return first.request_hash === v.request_hash ? { row: first, replayed: true } : { reused: true };
      }
      const row = await tx
        .insertInto('home_visit')
        .values({ ...v, state: 'requested' })
        .returningAll()
        .executeTakeFirstOrThrow();
      return { row, replayed: false };
    });
  }

  async own(residentId: string, id: string): Promise<HomeVisitRow | null> {
    return (
      (await this.db
        .selectFrom('home_visit')
        .selectAll()
        .where('id', '=', id)
        .where('resident_id', '=', residentId)
        .executeTakeFirst()) ?? null
    );
  }

  async listOwn(residentId: string, limit: number): Promise<HomeVisitRow[]> {
    return this.db
      .selectFrom('home_visit')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** The centers' requests still open, then the latest ended ones. */
  async atCenters(centers: string[], limit: number): Promise<HomeVisitRow[]> {
    if (centers.length === 0) return [];
    return this.db
      .selectFrom('home_visit')
      .selectAll()
      .where('center_id', 'in', centers)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  async byId(id: string): Promise<HomeVisitRow | null> {
    return (await this.db.selectFrom('home_visit').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
  }

  /** Moves a request from `from` to its next state; null when it was no longer in `from` (someone acted first). */
  async step(
    id: string,
    from: HomeVisitRow['state'],
    to: Pick<HomeVisitRow, 'state' | 'scheduled_at' | 'answer' | 'staff_id'>,
  ): Promise<HomeVisitRow | null> {
    return (
      (await this.db
        .updateTable('home_visit')
        .set({ ...to, updated_at: new Date() })
        .where('id', '=', id)
        .where('state', '=', from)
        .returningAll()
        .executeTakeFirst()) ?? null
    );
  }
}

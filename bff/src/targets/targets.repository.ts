import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';

export interface ServiceRow {
  id: string;
  kind: 'application' | 'visit';
  center_id: string;
}

export interface ReviewFactRow {
  subject_kind: 'application' | 'visit' | 'window';
  center_id: string;
  level: number;
  case_state: string | null;
  case_opened_at: Date | null;
  case_events: unknown[];
  case_satisfied: boolean | null;
}

export interface FeedbackFactRow {
  type: 'case' | 'consultation';
  owner_center_id: string;
  due_on: string;
  answered_at: Date | null;
}

/** Reads for the figures centers are assessed by (达标): services given, their ratings, 办不成事 and 咨询. */
@Injectable()
export class TargetsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Applications that ended (办结/不予受理) and visits checked in, at these centers, in [from, to). */
  async services(centers: string[], from: Date, to: Date): Promise<ServiceRow[]> {
    if (centers.length === 0) return [];
    const apps = await sql<ServiceRow>`
      SELECT a.id, 'application' AS kind, a.owner_center_id AS center_id
      FROM application a
      JOIN (SELECT application_id, min(at) AS done_at FROM application_event
            WHERE status IN ('completed', 'rejected') GROUP BY application_id) d ON d.application_id = a.id
      WHERE a.owner_center_id IN (${sql.join(centers)}) AND d.done_at >= ${from} AND d.done_at < ${to}`.execute(
      this.db,
    );
    const visits = await this.db
      .selectFrom('booking')
      .select(['id', 'center_id'])
      .where('status', '=', 'checked_in')
      .where('center_id', 'in', centers)
      .where('checked_in_at', '>=', from)
      .where('checked_in_at', '<', to)
      .execute();
    return [...apps.rows, ...visits.map((v) => ({ id: v.id, kind: 'visit' as const, center_id: v.center_id }))];
  }

  /** Which of these applications and visits have been rated (at any time). */
  async rated(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('review')
      .select('subject_id')
      .where('subject_kind', 'in', ['application', 'visit'])
      .where('subject_id', 'in', ids)
      .execute();
    return new Set(rows.map((r) => r.subject_id!));
  }

  /** Ratings given in [from, to) about these centers. */
  reviews(centers: string[], from: Date, to: Date): Promise<ReviewFactRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('review')
      .select(['subject_kind', 'center_id', 'level', 'case_state', 'case_opened_at', 'case_events', 'case_satisfied'])
      .where('center_id', 'in', centers)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute();
  }

  /** 办不成事 cases and questions filed in [from, to) with these owners. */
  feedback(centers: string[], from: Date, to: Date): Promise<FeedbackFactRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('feedback')
      .select(['type', 'owner_center_id', 'due_on', 'answered_at'])
      .where('owner_center_id', 'in', centers)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute();
  }
}

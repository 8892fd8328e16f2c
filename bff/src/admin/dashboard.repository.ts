import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { BookingRowStatus } from '../database/database.types';

export interface SettledRow {
  id: string;
  resident_id: string;
  matter_code: string;
  matter_name: string;
  number: string | null;
  center_id: string;
  status: string;
  submitted_at: Date;
  done_at: Date;
}

export interface VisitRow {
  id: string;
  resident_id: string;
  matter_code: string;
  center_id: string;
  at: Date;
}

export interface BookingFactRow {
  center_id: string;
  starts_at: Date;
  status: BookingRowStatus;
  matter_code: string;
}

export interface SlotRow {
  center_id: string;
  starts_at: Date;
  capacity: number;
  taken: number;
}

export interface FeedbackRow {
  number: string;
  type: 'case' | 'consultation';
  owner_center_id: string;
  created_at: Date;
  due_on: string;
  answered_at: Date | null;
}

export interface BadReviewRow {
  case_no: string | null;
  title: string;
  center_id: string;
  level: number;
  case_state: string | null;
  created_at: Date;
}

export interface AgentRow {
  center_id: string;
  at: Date;
  /** 'granted' for a 委托 given, else the action done under it (提交申请 …). */
  what: string;
}

/**
 * The raw rows the 达标 dashboard counts, for a set of places over [from, to): every query is one indexed range read,
 * so six months of a county are six reads, bucketed by month in memory (dashboard-rules.ts).
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Applications that ended (办结 or 不予受理) in the range, answerable to these places. */
  async settled(centers: string[], from: Date, to: Date): Promise<SettledRow[]> {
    if (centers.length === 0) return [];
    const r = await sql<SettledRow>`
      SELECT a.id, a.resident_id, a.matter_code, a.matter_name, a.number, a.owner_center_id AS center_id,
             d.status, a.submitted_at, d.done_at
      FROM application a
      JOIN LATERAL (SELECT e.status, e.at AS done_at FROM application_event e
                    WHERE e.application_id = a.id AND e.status IN ('completed', 'rejected')
                    ORDER BY e.at LIMIT 1) d ON true
      WHERE a.owner_center_id IN (${sql.join(centers)}) AND d.done_at >= ${from} AND d.done_at < ${to}`.execute(
      this.db,
    );
    return r.rows;
  }

  /** Window visits: bookings checked in during the range. */
  visits(centers: string[], from: Date, to: Date): Promise<VisitRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('booking')
      .select(['id', 'resident_id', 'matter_code', 'center_id', 'checked_in_at as at'])
      .where('status', '=', 'checked_in')
      .where('center_id', 'in', centers)
      .where('checked_in_at', '>=', from)
      .where('checked_in_at', '<', to)
      .execute() as Promise<VisitRow[]>;
  }

  /** Bookings for a time in the range. */
  bookings(centers: string[], from: Date, to: Date): Promise<BookingFactRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('booking')
      .select(['center_id', 'starts_at', 'status', 'matter_code'])
      .where('center_id', 'in', centers)
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute();
  }

  /** Slots opened by a booking, starting in the range. */
  slots(centers: string[], from: Date, to: Date): Promise<SlotRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('booking_slot')
      .select(['center_id', 'starts_at', 'capacity', 'taken'])
      .where('center_id', 'in', centers)
      .where('starts_at', '>=', from)
      .where('starts_at', '<', to)
      .execute();
  }

  /** 办不成事 cases and questions filed in the range with these owners. */
  feedback(centers: string[], from: Date, to: Date): Promise<FeedbackRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('feedback')
      .select(['number', 'type', 'owner_center_id', 'created_at', 'due_on', 'answered_at'])
      .where('owner_center_id', 'in', centers)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .execute();
  }

  /** 差评 (levels 1–2) given in the range about these places. */
  badReviews(centers: string[], from: Date, to: Date): Promise<BadReviewRow[]> {
    if (centers.length === 0) return Promise.resolve([]);
    return this.db
      .selectFrom('review')
      .select(['case_no', 'title', 'center_id', 'level', 'case_state', 'created_at'])
      .where('center_id', 'in', centers)
      .where('level', '<=', 2)
      .where('created_at', '>=', from)
      .where('created_at', '<', to)
      .orderBy('created_at', 'desc')
      .execute();
  }

  /** 委托 to these places' agents granted in the range, and what was done under any of their 委托 in it. */
  async agentWork(centers: string[], from: Date, to: Date): Promise<AgentRow[]> {
    if (centers.length === 0) return [];
    const granted = await this.db
      .selectFrom('mandate')
      .select(['center_id', 'granted_at as at'])
      .where('kind', '=', 'agent')
      .where('center_id', 'in', centers)
      .where('granted_at', '>=', from)
      .where('granted_at', '<', to)
      .execute();
    const done = await this.db
      .selectFrom('mandate_action')
      .innerJoin('mandate', 'mandate.id', 'mandate_action.mandate_id')
      .select(['mandate.center_id', 'mandate_action.at', 'mandate_action.action'])
      .where('mandate.kind', '=', 'agent')
      .where('mandate.center_id', 'in', centers)
      .where('mandate_action.at', '>=', from)
      .where('mandate_action.at', '<', to)
      .execute();
    return [
      ...granted.map((g) => ({ center_id: g.center_id!, at: g.at, what: 'granted' })),
      ...done.map((d) => ({ center_id: d.center_id!, at: d.at, what: d.action })),
    ];
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { BookingRowStatus } from '../database/database.types';
import type { MonthCounts } from './dashboard-rules';

/** Rows a figure's list reads at most (it shows 500; one more tells that it was cut). */
const LIST_ROWS = 2000;

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

/** One place's counts for one month (Beijing), as the database adds them up. */
export type PlaceMonthCounts = Partial<MonthCounts> & { center_id: string; month: string };

// Beijing has no daylight saving: a Beijing month or day is the UTC wall clock moved by eight hours (no time zone
// database needed, so the embedded PGlite and PostgreSQL agree).
const beijing = (column: string, format: 'YYYY-MM' | 'YYYY-MM-DD') =>
  sql.raw(`to_char((${column} AT TIME ZONE 'UTC') + interval '8 hours', '${format}')`);

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

  /**
   * Every count of the dashboard for these places over [from, to), by place and Beijing month: one grouped query per
   * source, each on an index of (place, time), so a county's six months cost seven index range scans and no rows
   * leave the database. `immediate` are the 即办件 codes; `today` (Beijing) decides which questions are due yet.
   */
  async monthly({
    centers,
    from,
    to,
    immediate,
    today,
  }: {
    centers: string[];
    from: Date;
    to: Date;
    immediate: string[];
    today: string;
  }): Promise<PlaceMonthCounts[]> {
    if (centers.length === 0) return [];
    const inCenters = sql.join(centers);
    const codes = immediate.length ? sql.join(immediate) : sql`NULL`;
    const month = (column: string) => beijing(column, 'YYYY-MM');
    const day = (column: string) => beijing(column, 'YYYY-MM-DD');
    const queries = [
      sql<PlaceMonthCounts>`
        SELECT a.owner_center_id AS center_id, ${month('a.settled_at')} AS month,
          count(*)::int AS settled,
          count(*) FILTER (WHERE ${day('a.settled_at')} = ${day('a.submitted_at')})::int AS "sameDay",
          count(r.subject_id)::int AS "settledRated"
        FROM application a
        LEFT JOIN review r ON r.subject_kind = 'application' AND r.subject_id = a.id
        WHERE a.owner_center_id IN (${inCenters}) AND a.settled_at >= ${from} AND a.settled_at < ${to}
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT v.center_id, ${month('v.checked_in_at')} AS month,
          count(*)::int AS visits,
          count(*) FILTER (WHERE NOT v.matched)::int AS "visitsOwn",
          count(*) FILTER (WHERE NOT v.matched AND v.matter_code IN (${codes}))::int AS "visitsOwnImmediate",
          count(r.subject_id)::int AS "visitsRated"
        FROM (
          SELECT b.id, b.center_id, b.checked_in_at, b.matter_code,
            EXISTS (SELECT 1 FROM application a
                    WHERE a.resident_id = b.resident_id AND a.matter_code = b.matter_code AND a.settled_at IS NOT NULL
                      AND a.settled_at >= b.checked_in_at AND a.settled_at <= b.checked_in_at + interval '30 days') AS matched
          FROM booking b
          WHERE b.status = 'checked_in' AND b.center_id IN (${inCenters})
            AND b.checked_in_at >= ${from} AND b.checked_in_at < ${to}
        ) v
        LEFT JOIN review r ON r.subject_kind = 'visit' AND r.subject_id = v.id
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT center_id, ${month('created_at')} AS month,
          count(*) FILTER (WHERE bad)::int AS bad,
          count(*) FILTER (WHERE bad AND owed)::int AS rectifiable,
          count(*) FILTER (WHERE bad AND owed AND case_events @> '[{"kind":"rectified"}]'::jsonb)::int AS rectified
        FROM (SELECT center_id, created_at, case_events,
                     level <= 2 AND case_state IS DISTINCT FROM 'INVALID' AS bad,
                     case_state IS NULL OR case_state NOT IN ('UNRECTIFIABLE', 'WITHDRAWN') AS owed
              FROM review
              WHERE center_id IN (${inCenters}) AND created_at >= ${from} AND created_at < ${to}) x
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT owner_center_id AS center_id, ${month('created_at')} AS month,
          count(*)::int AS feedback,
          count(*) FILTER (WHERE answered_at IS NOT NULL OR due_on < ${today})::int AS "feedbackDue",
          count(*) FILTER (WHERE answered_at IS NOT NULL AND ${day('answered_at')} <= due_on)::int AS "feedbackOnTime"
        FROM feedback
        WHERE owner_center_id IN (${inCenters}) AND created_at >= ${from} AND created_at < ${to}
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT center_id, ${month('starts_at')} AS month,
          count(*) FILTER (WHERE status <> 'cancelled')::int AS bookings,
          count(*) FILTER (WHERE status = 'checked_in')::int AS "checkedIn",
          count(*) FILTER (WHERE status = 'no_show' OR (status = 'confirmed' AND ends_at <= now()))::int AS "noShows"
        FROM booking
        WHERE center_id IN (${inCenters}) AND starts_at >= ${from} AND starts_at < ${to}
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT center_id, ${month('starts_at')} AS month,
          sum(capacity)::int AS "slotCapacity", sum(taken)::int AS "slotTaken"
        FROM booking_slot
        WHERE center_id IN (${inCenters}) AND starts_at >= ${from} AND starts_at < ${to}
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT center_id, ${month('granted_at')} AS month, count(*)::int AS "agentMandates"
        FROM mandate
        WHERE kind = 'agent' AND center_id IN (${inCenters}) AND granted_at >= ${from} AND granted_at < ${to}
        GROUP BY 1, 2`,
      sql<PlaceMonthCounts>`
        SELECT m.center_id, ${month('x.at')} AS month, count(*)::int AS "agentApplications"
        FROM mandate_action x JOIN mandate m ON m.id = x.mandate_id
        WHERE m.kind = 'agent' AND m.center_id IN (${inCenters}) AND x.action = '提交申请'
          AND x.at >= ${from} AND x.at < ${to}
        GROUP BY 1, 2`,
    ];
    const results = await Promise.all(queries.map((q) => q.execute(this.db)));
    return results.flatMap((r) => r.rows);
  }

  /** Month counts kept for these places and months. */
  async kept(
    centers: string[],
    months: string[],
  ): Promise<{ center_id: string; month: string; counts: Partial<MonthCounts>; computed_at: Date }[]> {
    if (centers.length === 0 || months.length === 0) return [];
    return this.db
      .selectFrom('target_month')
      .selectAll()
      .where('center_id', 'in', centers)
      .where('month', 'in', months)
      .execute();
  }

  /** Keeps month counts (every place of the area and month counted, zeros included, so a miss means "not counted"). */
  async keep(rows: { center_id: string; month: string; counts: Partial<MonthCounts> }[], at: Date): Promise<void> {
    for (let i = 0; i < rows.length; i += 500)
      await this.db
        .insertInto('target_month')
        .values(rows.slice(i, i + 500).map((r) => ({ ...r, counts: JSON.stringify(r.counts), computed_at: at })))
        .onConflict((oc) =>
          oc.columns(['center_id', 'month']).doUpdateSet((eb) => ({
            counts: eb.ref('excluded.counts'),
            computed_at: eb.ref('excluded.computed_at'),
          })),
        )
        .execute();
  }

  /** Applications that ended (办结 or 不予受理) in the range, answerable to these places. */
  async settled(centers: string[], from: Date, to: Date): Promise<SettledRow[]> {
    if (centers.length === 0) return [];
    return this.db
      .selectFrom('application')
      .select([
        'id',
        'resident_id',
        'matter_code',
        'matter_name',
        'number',
        'owner_center_id as center_id',
        'status',
        'submitted_at',
        'settled_at as done_at',
      ])
      .where('owner_center_id', 'in', centers)
      .where('settled_at', '>=', from)
      .where('settled_at', '<', to)
      .orderBy('settled_at')
      .limit(LIST_ROWS)
      .execute() as Promise<SettledRow[]>;
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

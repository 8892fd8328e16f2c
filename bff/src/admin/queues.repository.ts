import { Injectable } from '@nestjs/common';
import type { QueueKind } from '@zsb/contracts';
import type { Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database } from '../database/database.types';

/** One row of any queue, as read: the pure rules name its state and order it. */
export interface QueueRow {
  kind: QueueKind;
  id: string;
  number: string | null;
  center_id: string;
  title: string | null;
  matter_code: string | null;
  state: string | null;
  filed_at: Date;
  /** 差评: when its case opened (the 整改 deadline counts from it); feedback: its own last day. */
  case_opened_at: Date | null;
  due_on: string | null;
  assignee_id: string | null;
  assignee_name_enc: string | null;
}

// Each kind keeps its newest rows up to this many; the console shows at most 500 after ordering.
const PER_KIND = 2000;
const TABLE = { review: 'review', case: 'feedback', consultation: 'feedback', 'home-visit': 'home_visit' } as const;

/** Reads of the 差评, 办不成事/咨询 and 上门 rows of some centers for the county's queues, and their assignment. */
@Injectable()
export class QueuesRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  async rows(kinds: QueueKind[], centers: string[]): Promise<QueueRow[]> {
    if (centers.length === 0) return [];
    const out: QueueRow[] = [];
    if (kinds.includes('review')) {
      const rows = await this.db
        .selectFrom('review')
        .leftJoin('resident', 'resident.id', 'review.assignee_id')
        .select([
          'review.id',
          'review.case_no',
          'review.center_id',
          'review.title',
          'review.case_state',
          'review.created_at',
          'review.case_opened_at',
          'review.assignee_id',
          'resident.name_enc',
        ])
        .where('review.center_id', 'in', centers)
        .where('review.level', '<=', 2)
        .orderBy('review.created_at', 'desc')
        .limit(PER_KIND)
        .execute();
      for (const r of rows)
        out.push({
          kind: 'review',
          id: r.id,
          number: r.case_no,
          center_id: r.center_id,
          title: r.title,
          matter_code: null,
          state: r.case_state,
          filed_at: r.created_at,
          case_opened_at: r.case_opened_at,
          due_on: null,
          assignee_id: r.assignee_id,
          assignee_name_enc: r.name_enc,
        });
    }
    const feedbackTypes = (['case', 'consultation'] as const).filter((k) => kinds.includes(k));
    if (feedbackTypes.length > 0) {
      const rows = await this.db
        .selectFrom('feedback')
        .leftJoin('resident', 'resident.id', 'feedback.assignee_id')
        .select([
          'feedback.id',
          'feedback.number',
          'feedback.type',
          'feedback.owner_center_id',
          'feedback.matter_code',
          'feedback.state',
          'feedback.created_at',
          'feedback.due_on',
          'feedback.assignee_id',
          'resident.name_enc',
        ])
        .where('feedback.owner_center_id', 'in', centers)
        .where('feedback.type', 'in', feedbackTypes)
        .orderBy('feedback.created_at', 'desc')
        .limit(PER_KIND)
        .execute();
      for (const r of rows)
        out.push({
          kind: r.type,
          id: r.id,
          number: r.number,
          center_id: r.owner_center_id,
          title: null,
          matter_code: r.matter_code,
          state: r.state,
          filed_at: r.created_at,
          case_opened_at: null,
          due_on: r.due_on,
          assignee_id: r.assignee_id,
          assignee_name_enc: r.name_enc,
        });
    }
    if (kinds.includes('home-visit')) {
      const rows = await this.db
        .selectFrom('home_visit')
        .leftJoin('resident', 'resident.id', 'home_visit.assignee_id')
        .select([
          'home_visit.id',
          'home_visit.number',
          'home_visit.center_id',
          'home_visit.matter_name',
          'home_visit.matter_code',
          'home_visit.state',
          'home_visit.created_at',
          'home_visit.assignee_id',
          'resident.name_enc',
        ])
        .where('home_visit.center_id', 'in', centers)
        .orderBy('home_visit.created_at', 'desc')
        .limit(PER_KIND)
        .execute();
      for (const r of rows)
        out.push({
          kind: 'home-visit',
          id: r.id,
          number: r.number,
          center_id: r.center_id,
          title: r.matter_name,
          matter_code: r.matter_code,
          state: r.state,
          filed_at: r.created_at,
          case_opened_at: null,
          due_on: null,
          assignee_id: r.assignee_id,
          assignee_name_enc: r.name_enc,
        });
    }
    return out;
  }

  inTransaction<T>(run: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(run);
  }

  /** The item's center and assignee, locked; undefined when there is no such item of that kind. */
  async lockItem(
    tx: Transaction<Database>,
    kind: QueueKind,
    id: string,
  ): Promise<{ centerId: string; assigneeId: string | null; number: string | null } | undefined> {
    if (kind === 'review') {
      const r = await tx
        .selectFrom('review')
        .select(['center_id', 'assignee_id', 'case_no'])
        .where('id', '=', id)
        .where('level', '<=', 2)
        .forUpdate()
        .executeTakeFirst();
      return r && { centerId: r.center_id, assigneeId: r.assignee_id, number: r.case_no };
    }
    if (kind === 'home-visit') {
      const r = await tx
        .selectFrom('home_visit')
        .select(['center_id', 'assignee_id', 'number'])
        .where('id', '=', id)
        .forUpdate()
        .executeTakeFirst();
      return r && { centerId: r.center_id, assigneeId: r.assignee_id, number: r.number };
    }
    const r = await tx
      .selectFrom('feedback')
      .select(['owner_center_id', 'assignee_id', 'number'])
      .where('id', '=', id)
      .where('type', '=', kind)
      .forUpdate()
      .executeTakeFirst();
    return r && { centerId: r.owner_center_id, assigneeId: r.assignee_id, number: r.number };
  }

  async assign(tx: Transaction<Database>, kind: QueueKind, id: string, assigneeId: string): Promise<void> {
    await tx.updateTable(TABLE[kind]).set({ assignee_id: assigneeId }).where('id', '=', id).execute();
  }
}

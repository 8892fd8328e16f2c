import { Injectable } from '@nestjs/common';
import type { Selectable } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { NotificationTable } from '../database/database.types';

/** The residents' message records (预约候补, 办件进度) and whom to push them to. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  async add(n: {
    id: string;
    residentId: string;
    kind: string;
    title: string;
    body: string;
    target: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('notification')
      .values({ id: n.id, resident_id: n.residentId, kind: n.kind, title: n.title, body: n.body, target: n.target })
      .execute();
  }

  async listOwn(residentId: string, limit: number): Promise<Selectable<NotificationTable>[]> {
    return this.db
      .selectFrom('notification')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute();
  }

  /** Marks the resident's own notifications read; ids of anyone else's are ignored. */
  async markRead(residentId: string, ids: string[], at: Date): Promise<number> {
    if (ids.length === 0) return 0;
    const r = await this.db
      .updateTable('notification')
      .set({ read_at: at })
      .where('resident_id', '=', residentId)
      .where('id', 'in', ids)
      .where('read_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async pushed(id: string, channel: string, status: 'sent' | 'failed'): Promise<void> {
    await this.db
      .updateTable('notification')
      .set({ push_channel: channel, push_status: status })
      .where('id', '=', id)
      .execute();
  }

  /** The WeChat openid and Alipay user id the resident signed in with (H5 has no push channel). */
  async pushSubjects(residentId: string): Promise<{ method: 'wechat' | 'alipay'; subject: string }[]> {
    const rows = await this.db
      .selectFrom('sign_in')
      .select(['method', 'subject'])
      .where('resident_id', '=', residentId)
      .where('method', 'in', ['wechat', 'alipay'])
      .orderBy('last_used_at', 'desc')
      .execute();
    return rows.map((r) => ({ method: r.method as 'wechat' | 'alipay', subject: r.subject }));
  }
}

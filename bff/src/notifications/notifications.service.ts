import { Injectable } from '@nestjs/common';
import type { NotificationList } from '@zsb/contracts';
import { Clock } from '../common/clock';
import { toShanghaiIso } from '../common/time';
import { NotificationsRepository } from './notifications.repository';

const LIST_LIMIT = 100;

/** The resident's messages (候补成功, 办件进度 …), newest first, and marking them read. */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly clock: Clock,
  ) {}

  async listOwn(residentId: string): Promise<NotificationList> {
    const rows = await this.notifications.listOwn(residentId, LIST_LIMIT);
    return {
      items: rows.map((r) => ({
        id: r.id,
        kind: r.kind as NotificationList['items'][number]['kind'],
        title: r.title,
        body: r.body,
        target: r.target,
        createdAt: toShanghaiIso(r.created_at),
        readAt: r.read_at ? toShanghaiIso(r.read_at) : null,
      })),
    };
  }

  /** How many of the resident's own unread messages were marked; ids of anyone else's are ignored. */
  markRead(residentId: string, ids: string[]): Promise<number> {
    return this.notifications.markRead(residentId, ids, new Date(this.clock.now()));
  }
}

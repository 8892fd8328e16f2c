import { Injectable } from '@nestjs/common';
import type { NotificationList } from '@zsb/contracts';
import { Clock } from '../common/clock';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { NotificationsRepository } from './notifications.repository';

const LIST_LIMIT = 100;

/** What a message says and where tapping it leads. */
export interface Notice {
  kind: string;
  title: string;
  body: string;
  target: string | null;
}

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

  /** Stores a message for the resident; its id, for recording where it was pushed. */
  async add(residentId: string, notice: Notice): Promise<string> {
    const id = randomId();
    await this.notifications.add({ id, residentId, ...notice });
    return id;
  }

  /** The WeChat openid and Alipay user id the resident signed in with: where a message can be pushed. */
  pushSubjects(residentId: string): Promise<{ method: 'wechat' | 'alipay'; subject: string }[]> {
    return this.notifications.pushSubjects(residentId);
  }

  pushed(id: string, channel: 'wechat' | 'alipay', status: 'sent' | 'failed'): Promise<void> {
    return this.notifications.pushed(id, channel, status);
  }

  /** How many of the resident's own unread messages were marked; ids of anyone else's are ignored. */
  markRead(residentId: string, ids: string[]): Promise<number> {
    return this.notifications.markRead(residentId, ids, new Date(this.clock.now()));
  }
}

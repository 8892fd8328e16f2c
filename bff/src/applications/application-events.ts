import { Injectable, Logger } from '@nestjs/common';
import type { ApplicationStatus } from '@zsb/contracts';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import { AppError } from '../common/errors';
import { parseApprovalCallback } from '../upstream/approval/approval-callback';
import { ApprovalPlatform, type ApprovalEvent } from '../upstream/approval/approval.port';
import { MessageChannel } from '../upstream/messages/message-channel.port';
import { STATUS_LABEL, statusOfWire } from './application-status';
import { ApplicationsRepository, type ApplicationRow } from './applications.repository';
import { MandateNotices } from '../mandates/mandate-notices';
import { NotificationsService } from '../notifications/notifications.service';

const NEXT_STEP: Partial<Record<ApplicationStatus, string>> = {
  supplement: '需要您补正材料，请在“我的办件”里按要求补充。',
  // The one invitation to rate (一事一评) rides on the message that the application ended: never a second prompt.
  rejected: '未予受理，原因见办件详情；如有疑问请拨打 12345。欢迎在办件详情里评价本次服务。',
  completed: '已办结，请按选择的方式领取结果。欢迎在办件详情里评价本次服务。',
  delivered: '结果已寄出，请留意快递。',
};

/**
 * The platform's steps arrive by callback and by poll, twice or out of order; they are stored by sequence
 * number, and the resident is told (a message record, and a WeChat/Alipay message if they agreed) only when
 * a step becomes the application's latest.
 */
@Injectable()
export class ApplicationEvents {
  private readonly log = new Logger('ApplicationEvents');

  constructor(
    private readonly config: AppConfig,
    private readonly repo: ApplicationsRepository,
    private readonly notifications: NotificationsService,
    private readonly messages: MessageChannel,
    private readonly approval: ApprovalPlatform,
    private readonly mandateNotices: MandateNotices,
  ) {}

  /** A step the platform pushed (its callback body, signature already checked); true when it was new to us. */
  async receive(body: unknown): Promise<boolean> {
    const callback = parseApprovalCallback(body);
    if (!callback) throw new AppError('VALIDATION_FAILED', '回调内容不正确');
    const { applicationNo, event } = callback;
    const app = await this.repo.byNumber(applicationNo);
    // Before our outbox has stored the number the platform may already call back: 404 makes it retry, and the
    // poll fallback catches up in any case.
    if (!app) throw new AppError('APPLICATION_NOT_FOUND');
    const known = await this.repo.events(app.id);
    const added = await this.apply(app.id, [event]);
    // A step arrived ahead of one we never saw: fetch the whole record to fill the gap (the poll catches up otherwise).
    const maxSeq = known.reduce((m, e) => Math.max(m, e.seq), 0);
    if (event.seq > maxSeq + 1) {
      await this.approval
        .get(app.number ?? applicationNo)
        .then((record) => this.apply(app.id, record.events))
        .catch(() => undefined);
    }
    return added.length > 0;
  }

  async apply(applicationId: string, events: ApprovalEvent[]): Promise<ApprovalEvent[]> {
    const added = await this.repo.addEvents(applicationId, events);
    if (added.length === 0) return added;
    const app = await this.repo.byId(applicationId);
    const stored = await this.repo.events(applicationId);
    const latest = stored[stored.length - 1];
    if (app && latest && added.some((e) => e.seq === latest.seq))
      await this.tell(app, statusOfWire(added.find((e) => e.seq === latest.seq)!.status), latest.note);
    return added;
  }

  /** The platform refused a submission outright (malformed on its side): the resident must hear of it. */
  async deliveryRefused(app: ApplicationRow): Promise<void> {
    await this.notifications.add(app.resident_id, {
      kind: 'application-status',
      title: `「${app.matter_name}」提交未成功`,
      body: '省政务服务平台没有接收这件申请，请拨打 12345 或到窗口咨询。',
      target: `/applications/${app.id}`,
    });
  }

  /** What a helper sent under a 委托 was not delivered because the principal revoked it first. */
  async withdrawnWithMandate(app: ApplicationRow, kind: 'submit' | 'supplement'): Promise<void> {
    await this.notifications.add(app.resident_id, {
      kind: 'application-status',
      title: `「${app.matter_name}」${kind === 'submit' ? '申请' : '补正'}未报送`,
      body: '您撤销了委托，代办人替您提交的内容没有报送省政务服务平台。仍要办理的，请重新申请或再次委托。',
      target: `/applications/${app.id}`,
    });
  }

  private async tell(app: ApplicationRow, status: ApplicationStatus, note: string | null): Promise<void> {
    const label = STATUS_LABEL[status];
    const body = [note, NEXT_STEP[status]].filter(Boolean).join(' ');
    const id = await this.notifications.add(app.resident_id, {
      kind: 'application-status',
      title: `「${app.matter_name}」${label}`,
      body: body || `办件进度更新为：${label}`,
      target: `/applications/${app.id}`,
    });
    await this.mandateNotices.matterStep(app.resident_id, { code: app.matter_code, name: app.matter_name }, label);
    if (!app.notify) return;
    const page = `features/applications/detail/index?id=${app.id}`;
    const data = {
      thing1: app.matter_name.slice(0, 20),
      phrase2: label,
      time3: toShanghaiIso(new Date()).slice(0, 16).replace('T', ' '),
      thing4: (NEXT_STEP[status] ?? '点击查看办件进度').slice(0, 20),
    };
    for (const s of await this.notifications.pushSubjects(app.resident_id)) {
      try {
        if (s.method === 'wechat')
          await this.messages.sendWechat(s.subject, {
            templateId: this.config.applications.wechatTemplateId,
            page,
            data,
          });
        else
          await this.messages.sendAlipay(s.subject, {
            templateId: this.config.applications.alipayTemplateId,
            page,
            data,
          });
        await this.notifications.pushed(id, s.method, 'sent');
      } catch (e) {
        // The message record stays; the app shows it even when the push did not go out.
        await this.notifications.pushed(id, s.method, 'failed');
        this.log.warn(`status message to ${s.method} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

import { Injectable } from '@nestjs/common';
import type { StaffFeedback, StaffFeedbackAction, StaffFeedbackList } from '@zsb/contracts';
import { ResidentService } from '../auth/resident.service';
import { StaffRepository } from '../auth/staff.repository';
import { byDeadline } from '../calendar/deadline-order';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { NotificationsService } from '../notifications/notifications.service';
import { nextState } from './feedback-rules';
import { toFeedback } from './feedback-views';
import { FeedbackRepository, type FeedbackRow } from './feedback.repository';
import { FeedbackService } from './feedback.service';

const QUEUE_LIMIT = 200;

/**
 * The owner center's side: the queue of open cases and questions, overdue first, and the two steps staff record
 * (办理情况, 书面答复), each with who and when, appended and never changed. Another center's filing is 404.
 */
@Injectable()
export class StaffFeedbackService {
  constructor(
    private readonly repo: FeedbackRepository,
    private readonly feedback: FeedbackService,
    private readonly staff: StaffRepository,
    private readonly residents: ResidentService,
    private readonly notifications: NotificationsService,
    private readonly cipher: PiiCipher,
    private readonly clock: Clock,
  ) {}

  async queue(staffId: string): Promise<StaffFeedbackList> {
    const rows = await this.repo.open(await this.centersOf(staffId), QUEUE_LIMIT);
    const items = await Promise.all(rows.map((r) => this.view(r)));
    const key = (f: StaffFeedback) => ({ overdue: f.overdue, due: f.due, openedAt: new Date(f.createdAt) });
    return { items: items.sort((a, b) => byDeadline(key(a), key(b))) };
  }

  async act(staffId: string, id: string, action: StaffFeedbackAction, key: string | undefined): Promise<StaffFeedback> {
    const centers = await this.centersOf(staffId);
    const found = await this.repo.byId(id);
    if (!found || !centers.includes(found.owner_center_id)) throw new AppError('FEEDBACK_NOT_FOUND');
    const outcome = await this.repo.step(
      id,
      key ?? null,
      (row) => {
        const state = nextState(row.state, action.action);
        return state === 'handling' || state === 'answered' ? { state } : null;
      },
      {
        staffId,
        centerId: found.owner_center_id,
        noteEnc: this.cipher.encrypt(action.note.trim()),
        at: new Date(this.clock.now()),
      },
    );
    if (!outcome) throw new AppError('FEEDBACK_ANSWERED');
    const row = outcome.row;
    if (!outcome.replayed && row.state === 'answered')
      await this.notifications.add(row.resident_id, {
        kind: 'feedback-answer',
        title: row.type === 'case' ? `您反映的问题已答复（${row.number}）` : `您的咨询已答复（${row.number}）`,
        body: action.note.trim().slice(0, 60),
        target: `/feedback/${row.id}`,
      });
    return this.view(row);
  }

  private async centersOf(staffId: string): Promise<string[]> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    return centers;
  }

  private async view(row: FeedbackRow): Promise<StaffFeedback> {
    const events = await this.repo.events([row.id]);
    return {
      ...toFeedback(row, events.get(row.id) ?? [], this.feedback.context()),
      residentNameMasked: (await this.residents.maskedNameOf(row.resident_id)) ?? '未实名群众',
      ownerCenterId: row.owner_center_id,
    };
  }
}

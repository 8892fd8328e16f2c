import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PublicProgress } from '@zsb/contracts';
import { BusinessCalendar } from '../centers/business-calendar';
import { AppError } from '../common/errors';
import { toShanghaiIso } from '../common/time';
import { STATUS_LABEL } from './application-status';
import { promisedBy, timeline } from './application-views';
import { ApplicationsRepository } from './applications.repository';

// Compared as HMACs of equal length, so neither the length nor the content of the stored code shows in timing.
const KEY = Buffer.from('zsb-progress-compare');
const digest = (s: string): Buffer => createHmac('sha256', KEY).update(s).digest();

/**
 * 办件进度查询 without signing in: the number and its query code. "No such number" and "wrong code" are one
 * answer, produced the same way, so the endpoint does not reveal which numbers exist.
 */
@Injectable()
export class ProgressService {
  constructor(
    private readonly repo: ApplicationsRepository,
    private readonly calendar: BusinessCalendar,
  ) {}

  async query(number: string, code: string): Promise<PublicProgress> {
    const row = await this.repo.byNumber(number);
    const matches = timingSafeEqual(digest(row?.query_code ?? '\u0000no-such-application'), digest(code));
    if (!row || !matches) throw new AppError('PROGRESS_NOT_FOUND');
    const events = await this.repo.events(row.id);
    const status = row.status as PublicProgress['status'];
    return {
      number,
      matterName: row.matter_name,
      status,
      statusLabel: STATUS_LABEL[status],
      submittedAt: toShanghaiIso(row.submitted_at),
      promisedBy: promisedBy(row, this.calendar.working),
      timeline: timeline(row, events),
    };
  }
}

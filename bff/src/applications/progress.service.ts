import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { PublicProgress } from '@zsb/contracts';
import { BusinessCalendar } from '../calendar/business-calendar';
import { AppError } from '../common/errors';
import { RateLimits } from '../common/rate-limit';
import { toShanghaiIso } from '../common/time';
import { STATUS_LABEL } from './application-status';
import { promisedBy, timeline } from './application-views';
import { ApplicationsRepository } from './applications.repository';

/** The query code's length: 10^10 values (the arithmetic is in README, security). */
export const PROGRESS_CODE_DIGITS = 10;
// Wrong codes a number may take in a day, whoever tries and from wherever; then the number answers 429 for the
// rest of the day. Counted for numbers that do not exist too, so the lock reveals nothing about which do.
const MISSES_PER_NUMBER = {
  name: 'progress-number-day',
  points: 10,
  durationSec: 86_400,
  message: '这个办件编号今天查询错误的次数太多，已暂时锁定，请明天再查；本人可登录后在“我的办件”里查看',
};

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
    private readonly limits: RateLimits,
  ) {}

  async query(number: string, code: string): Promise<PublicProgress> {
    // Every try costs a point first (so parallel guesses cannot all slip in); a right one gets it back.
    const numberKey = digest(number).toString('base64url');
    await this.limits.consume(MISSES_PER_NUMBER, numberKey);
    const row = await this.repo.byNumber(number);
    const matches = timingSafeEqual(digest(row?.query_code ?? '\u0000no-such-application'), digest(code));
    if (!row || !matches) throw new AppError('PROGRESS_NOT_FOUND');
    await this.limits.refund(MISSES_PER_NUMBER, numberKey);
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

import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ReviewCaseState } from '@zsb/contracts';
import { Clock } from '../common/clock';
import { AppConfig } from '../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { EvaluationSystem, type EvaluationRecord } from '../upstream/evaluation/evaluation.port';
import { evaluationCallbackWire } from '../upstream/evaluation/evaluation.wire';
import { ReviewsRepository, type ReviewRow } from './reviews.repository';

// The outcomes a resident is told about in 消息; the steps between show on the review itself (no nagging).
const TELL: Partial<Record<ReviewCaseState, { title: string; body: string }>> = {
  RECTIFIED: { title: '您的差评已整改', body: '办理单位已反馈整改情况，请查看并告诉我们您是否满意。' },
  INVALID: { title: '您的差评经复核为无效评价', body: '办理单位提出申诉，经复核成立，复核理由可在评价详情里查看。' },
  UNRECTIFIABLE: {
    title: '您的差评暂时无法整改',
    body: '办理单位说明了无法整改的原因，经复核成立，可在评价详情里查看。',
  },
};

/**
 * Keeps the read model of a review's case in step with the provincial system: after a delivery, a staff action,
 * or a status callback (which is only a hint: the evaluation is read again, so a forged, duplicated or reordered
 * callback can at most cause one extra read).
 */
@Injectable()
export class ReviewCaseUpdates implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ReviewCaseUpdates');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly repo: ReviewsRepository,
    private readonly evaluation: EvaluationSystem,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  // The applications' poll interval: callbacks are the way, a poll the fallback when some are lost.
  onApplicationBootstrap(): void {
    this.timer = setInterval(
      () => void this.pollOnce().catch(() => undefined),
      this.config.applications.pollIntervalSec * 1000,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Reads again the open cases not heard of for a poll interval (or, with `all`, every open case): what a lost
   * callback would have said. Answers how many changed.
   */
  async pollOnce(options: { all?: boolean } = {}): Promise<number> {
    const now = this.clock.now();
    const before = new Date(options.all ? now + 1 : now - this.config.applications.pollIntervalSec * 1000);
    let changed = 0;
    for (const row of await this.repo.staleOpenCases(before, 50)) {
      const record = await this.evaluation.get(row.evaluation_id!);
      if (await this.apply(row, record)) changed++;
      else await this.repo.touched(row.id, new Date(now));
    }
    return changed;
  }

  /** A callback body: whether it named a review of ours (unknown ones are acknowledged and dropped). */
  async receive(body: unknown): Promise<boolean> {
    const parsed = evaluationCallbackWire.safeParse(body);
    if (!parsed.success) return false;
    const row = await this.repo.byEvaluation(parsed.data.evaluation_id);
    if (!row) return false;
    await this.apply(row, await this.evaluation.get(parsed.data.evaluation_id));
    return true;
  }

  /** Stores what the provincial system says and tells the resident of an outcome; whether anything changed. */
  async apply(review: ReviewRow, record: EvaluationRecord): Promise<boolean> {
    const applied = await this.repo.applyRecord(review.id, record);
    if (applied === 'unchanged' || !record.case) return false;
    const state = record.case.state;
    const tell = TELL[state];
    if (!tell || state === applied.before) return true;
    await this.notifications.add(review.resident_id, { kind: 'review-case', ...tell, target: `/reviews/${review.id}` });
    this.log.log(`review ${review.id}: case ${record.case.caseNo} is ${state}`);
    return true;
  }
}

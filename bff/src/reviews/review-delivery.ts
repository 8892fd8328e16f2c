import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ApplicationLookup } from '../applications/application-lookup';
import { ResidentService } from '../auth/resident.service';
import { Clock } from '../common/clock';
import { OutboxPump, outboxBackoffMs } from '../common/outbox-pump';
import { PiiCipher } from '../common/pii-cipher';
import { AppConfig } from '../config/app-config';
import { UploadsService } from '../uploads/uploads.service';
import type {
  EvaluationObject,
  EvaluationPhoto,
  EvaluationRating,
  EvaluationRecord,
} from '../upstream/evaluation/evaluation.port';
import { EvaluationSystem } from '../upstream/evaluation/evaluation.port';
import { UpstreamError } from '../upstream/http/upstream.error';
import { ReviewCaseUpdates } from './review-case-updates';
import { ReviewsRepository, type ReviewOutboxRow, type ReviewRow } from './reviews.repository';

/**
 * The review outbox worker: delivers ratings, their revision and 追评 to the provincial 好差评 system in order per
 * review, retrying with backoff while it is down (the applications' timing). Every delivery carries its own
 * idempotency key, so a resend after an unknown outcome never records an evaluation twice.
 */
@Injectable()
export class ReviewDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ReviewDelivery');
  private timer: NodeJS.Timeout | null = null;
  // The applications' delivery timing: the same kind of work against the same kind of provincial system.
  private readonly pump = new OutboxPump<ReviewOutboxRow>(
    this.log,
    () =>
      this.repo.leaseDue(
        new Date(this.clock.now()),
        this.config.applications.outboxBatch,
        this.config.upstream.timeoutMs * (this.config.upstream.readRetries + 2) + 5_000,
      ),
    (row) => this.deliver(row),
  );

  constructor(
    private readonly config: AppConfig,
    private readonly repo: ReviewsRepository,
    private readonly evaluation: EvaluationSystem,
    private readonly residents: ResidentService,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
    private readonly updates: ReviewCaseUpdates,
    private readonly applications: ApplicationLookup,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.nudge(), this.config.applications.outboxIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  nudge(): void {
    this.pump.nudge();
  }

  /** One pass over what is due; answers how many were delivered. */
  sendDue(): Promise<number> {
    return this.pump.sendDue();
  }

  idle(): Promise<void> {
    return this.pump.idle();
  }

  private async deliver(row: ReviewOutboxRow): Promise<boolean> {
    const review = await this.repo.byId(row.review_id);
    if (!review) return false;
    try {
      const record = await this.send(row, review);
      await this.repo.delivered(row, record);
      await this.updates.apply(review, record);
      return true;
    } catch (e) {
      const why =
        e instanceof UpstreamError ? (e.internalDetail ?? e.reason) : e instanceof Error ? e.message : String(e);
      if (e instanceof UpstreamError && e.reason === 'refused') {
        await this.repo.failed(row.id, why);
        this.log.error(`review ${review.id}: the 好差评 system refused the ${row.kind}: ${why}`);
      } else {
        const wait = outboxBackoffMs(row.attempts, this.config.applications);
        await this.repo.retryLater(row.id, new Date(this.clock.now() + wait), why);
        this.log.warn(`review ${review.id}: ${row.kind} attempt ${row.attempts} failed: ${why}`);
      }
      return false;
    }
  }

  private async send(row: ReviewOutboxRow, review: ReviewRow): Promise<EvaluationRecord> {
    if (row.kind === 'submit') {
      const evaluator = await this.residents.applicantOf(review.resident_id);
      return this.evaluation.submit(
        {
          channel: review.subject_kind === 'window' ? 'qrcode' : 'mobile',
          object: await this.objectOf(review),
          evaluator,
          agent:
            review.agent_id && review.agent_relation
              ? { name: (await this.residents.identityOf(review.agent_id)).name, relation: review.agent_relation }
              : null,
          indicatorSet: review.indicator_set as 'online-2019' | 'window-2019',
          ...(await this.ratingOf(review)),
        },
        row.upstream_key,
      );
    }
    if (!review.evaluation_id)
      throw new UpstreamError('evaluation', 'unreachable', `${row.kind} before the rating was delivered`);
    if (row.kind === 'revise')
      return this.evaluation.revise(review.evaluation_id, await this.ratingOf(review), row.upstream_key);
    const answer = JSON.parse(this.cipher.decrypt(row.body_enc ?? '')) as { satisfied: boolean; note: string };
    return this.evaluation.answer(review.evaluation_id, answer, row.upstream_key);
  }

  private async objectOf(review: ReviewRow): Promise<EvaluationObject> {
    if (review.subject_kind !== 'application')
      return {
        type: 'window',
        centerId: review.center_id,
        centerName: review.place ?? review.center_id,
        window: null,
        bookingRef: review.subject_kind === 'visit' ? review.subject_id : null,
      };
    const app = await this.applications.forEvaluation(review.subject_id ?? '');
    // The evaluation names the platform's number: until the application itself is delivered, wait.
    if (!app?.number) throw new UpstreamError('evaluation', 'unreachable', 'the application has no number yet');
    return {
      type: 'affair',
      applicationNo: app.number,
      matterCode: app.matterCode,
      matterName: app.matterName,
      office: app.office ?? review.place ?? '',
    };
  }

  /** The rating as it stands now (a revision sends the revised one), with its photos' bytes. */
  private async ratingOf(review: ReviewRow): Promise<EvaluationRating> {
    const photos: EvaluationPhoto[] = [];
    for (const id of review.photos as string[]) {
      const p = await this.uploads.read(review.resident_id, id);
      photos.push({
        fileName: p.name,
        contentType: p.contentType === 'image/png' ? 'image/png' : 'image/jpeg',
        sha256: p.sha256,
        size: p.bytes.length,
        content: p.bytes,
      });
    }
    return {
      level: review.level as EvaluationRating['level'],
      indicators: review.indicators as EvaluationRating['indicators'],
      badReasons: review.reasons as EvaluationRating['badReasons'],
      content: this.cipher.decrypt(review.content_enc),
      photos,
    };
  }
}

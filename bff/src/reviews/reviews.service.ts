import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  Review,
  ReviewAnswerRequest,
  ReviewInvitationList,
  ReviewList,
  ReviewRequest,
  ReviewRevision,
} from '@zsb/contracts';
import { todayInShanghai } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { BusinessCalendar } from '../calendar/business-calendar';
import { Clock } from '../common/clock';
import { type ActingFor, inScope } from '../common/acting';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import { UploadsService } from '../uploads/uploads.service';
import { ReviewDelivery } from './review-delivery';
import { indicatorSetOf, ratingOpenUntil, ratingProblems } from './review-rules';
import { ReviewSubjects } from './review-subjects';
import { toReview } from './review-views';
import { ReviewsRepository, type ReviewRow } from './reviews.repository';

const LIST_LIMIT = 100;

/** 好差评 for the resident: what they may rate, rating (once, changed once), their reviews and the 追评. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly config: AppConfig,
    private readonly repo: ReviewsRepository,
    private readonly subjects: ReviewSubjects,
    private readonly residents: ResidentService,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
    private readonly calendar: BusinessCalendar,
    private readonly delivery: ReviewDelivery,
    private readonly clock: Clock,
  ) {}

  async invitations(residentId: string): Promise<ReviewInvitationList> {
    const open = await this.subjects.rateable(residentId);
    const rated = new Set([
      ...(await this.repo.ratedSubjects(
        'application',
        open.filter((o) => o.kind === 'application').map((o) => o.id),
      )),
      ...(await this.repo.ratedSubjects(
        'visit',
        open.filter((o) => o.kind === 'visit').map((o) => o.id),
      )),
    ]);
    return {
      items: open
        .filter((o) => !rated.has(o.id))
        .sort((a, b) => b.doneAt.getTime() - a.doneAt.getTime())
        .map((o) => ({
          subject: { kind: o.kind, id: o.id },
          title: o.title ?? this.subjects.matterName(o.code),
          place: o.centerId ? this.subjects.centerName(o.centerId) : null,
          doneAt: toShanghaiIso(o.doneAt),
          openUntil: toShanghaiIso(ratingOpenUntil(o.doneAt, this.config.reviews.openDays)),
        })),
    };
  }

  /** Under a 委托 (`actingFor`) only a covered matter's application or visit, and the rating says who gave it. */
  async submit(
    residentId: string,
    request: ReviewRequest,
    idempotencyKey: string | undefined,
    actingFor?: ActingFor,
  ): Promise<{ review: Review; replayed: boolean }> {
    const me = await this.residents.applicantOf(residentId);
    const set = indicatorSetOf(request.subject.kind);
    const problems = ratingProblems(request, set);
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0].message, problems);
    // A retry is answered before anything else is looked at: its photos are attached by now, its subject rated.
    if (idempotencyKey) {
      const first = await this.repo.byKey(residentId, idempotencyKey);
      if (first && first.request_hash !== hashOf(request)) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      if (first) return { review: await this.view(first), replayed: true };
    }
    const subject = await this.subjects.resolve(residentId, request.subject, me.idNumber.slice(0, 6));
    // A helper rates only what their 委托 covers; a window's QR is the one who stood there, never a helper.
    if (actingFor && (subject.kind === 'window' || !subject.matterCode || !inScope(actingFor, subject.matterCode)))
      throw new AppError('REVIEW_NOT_OPEN');
    // Said before the photos are looked at (the create below decides races between two first ratings).
    if (subject.kind !== 'window' && (await this.repo.ratedSubjects(subject.kind, [subject.id!])).size > 0)
      throw new AppError('REVIEW_ALREADY_GIVEN');
    // A window's printed QR rates a visit without a booking: one a day per resident and center, so nobody can
    // flood a window with ratings (一次一评).
    if (
      subject.kind === 'window' &&
      (await this.repo.windowRatedSince(residentId, subject.centerId, startOfShanghaiDay(this.clock.now())))
    )
      throw new AppError('REVIEW_ALREADY_GIVEN');
    const photos = await this.photos(residentId, request.photos);
    const id = randomId();
    const outcome = await this.repo.create(
      {
        id,
        residentId,
        subjectKind: subject.kind,
        subjectId: subject.id,
        centerId: subject.centerId,
        title: subject.title,
        place: subject.place,
        level: request.level,
        indicatorSet: set,
        indicators: request.indicators,
        reasons: request.reasons,
        contentEnc: this.cipher.encrypt(request.content.trim()),
        photos,
        openUntil: subject.openUntil,
        idempotencyKey: idempotencyKey ?? null,
        requestHash: hashOf(request),
        agent: actingFor
          ? { id: actingFor.helperId, relation: actingFor.kind, nameMasked: actingFor.helperName }
          : null,
      },
      { id: randomId(), upstreamKey: `zsb-review-${id}` },
      (tx) => this.uploads.markAttached(photos, `review-${id}`, tx),
    );
    if ('reused' in outcome) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if ('taken' in outcome) throw new AppError('REVIEW_ALREADY_GIVEN');
    if (!outcome.replayed) this.delivery.nudge();
    return { review: await this.view(outcome.row), replayed: outcome.replayed };
  }

  async revise(residentId: string, id: string, rating: ReviewRevision): Promise<Review> {
    const row = await this.own(residentId, id);
    // A retry of the revision that went through answers it again.
    if (row.revised && hashOf(rating) === hashOf(this.ratingOf(row))) return this.view(row);
    if (row.revised || this.clock.now() > row.open_until.getTime()) throw new AppError('REVIEW_REVISION_USED');
    const problems = ratingProblems(rating, row.indicator_set as 'online-2019' | 'window-2019');
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0].message, problems);
    const kept = (row.photos as string[]).filter((p) => rating.photos.includes(p));
    const added = await this.photos(
      residentId,
      rating.photos.filter((p) => !kept.includes(p)),
    );
    const contentEnc = this.cipher.encrypt(rating.content.trim());
    const revised = await this.repo.revise(
      id,
      { ...rating, contentEnc, photos: [...kept, ...added] },
      { id: randomId(), upstreamKey: `zsb-review-${id}-revision`, bodyEnc: this.cipher.encrypt('{}') },
      (tx) => this.uploads.markAttached(added, `review-${id}`, tx),
    );
    if (!revised) throw new AppError('REVIEW_REVISION_USED');
    this.delivery.nudge();
    return this.view(revised);
  }

  async answer(residentId: string, id: string, answer: ReviewAnswerRequest, key: string | undefined): Promise<Review> {
    const row = await this.own(residentId, id);
    // The provincial system takes keys of up to 128 characters: a resident's own key goes in hashed.
    const upstreamKey = `zsb-review-${id}-answer-${createHash('sha256')
      .update(key ?? randomId())
      .digest('hex')
      .slice(0, 32)}`;
    if (key && (await this.repo.hasOutbox(upstreamKey))) return this.view(row);
    const body = this.cipher.encrypt(JSON.stringify({ satisfied: answer.satisfied, note: answer.note.trim() }));
    const answered = await this.repo.answer(id, row.case_reopened ? 2 : 1, {
      id: randomId(),
      upstreamKey,
      bodyEnc: body,
    });
    if (!answered) throw new AppError('REVIEW_STEP_NOT_OPEN');
    this.delivery.nudge();
    return this.view(answered);
  }

  async list(residentId: string): Promise<ReviewList> {
    const rows = await this.repo.listOwn(residentId, LIST_LIMIT);
    const pending = await this.repo.pendingOf(rows.map((r) => r.id));
    return { items: rows.map((r) => this.viewWith(r, pending.has(r.id))) };
  }

  async get(residentId: string, id: string): Promise<Review> {
    return this.view(await this.own(residentId, id));
  }

  private async own(residentId: string, id: string): Promise<ReviewRow> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('REVIEW_NOT_FOUND');
    return row;
  }

  /** Photos must be the resident's own pending image uploads; they are attached to the review with it. */
  private async photos(residentId: string, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const owned = await this.uploads.ownedUploads(residentId, ids);
    if (owned.some((u) => u.kind !== 'image'))
      throw new AppError('VALIDATION_FAILED', '评价只能附照片', [{ field: 'photos', message: '评价只能附照片' }]);
    return owned.map((u) => u.id);
  }

  private ratingOf(row: ReviewRow): ReviewRevision {
    return {
      level: row.level as ReviewRevision['level'],
      indicators: row.indicators as ReviewRevision['indicators'],
      reasons: row.reasons as ReviewRevision['reasons'],
      content: this.cipher.decrypt(row.content_enc),
      photos: row.photos as string[],
    };
  }

  private async view(row: ReviewRow): Promise<Review> {
    return this.viewWith(row, (await this.repo.pendingOf([row.id])).has(row.id));
  }

  private viewWith(row: ReviewRow, pending: boolean): Review {
    return toReview(row, this.cipher.decrypt(row.content_enc), {
      calendar: this.calendar.working,
      days: this.config.reviews,
      now: new Date(this.clock.now()),
      pending,
    });
  }
}

function hashOf(r: Partial<ReviewRequest>): string {
  const { subject, level, indicators, reasons, content, photos } = r;
  const sorted = indicators ? Object.fromEntries(Object.entries(indicators).sort()) : undefined;
  return createHash('sha256')
    .update(JSON.stringify({ subject, level, indicators: sorted, reasons, content: content?.trim(), photos }))
    .digest('base64url');
}

/** Midnight in Beijing of the day `now` falls on. */
function startOfShanghaiDay(now: number): Date {
  return new Date(`${todayInShanghai(now)}T00:00:00+08:00`);
}

import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Feedback, FeedbackCaseKind, FeedbackList, FeedbackRequest } from '@zsb/contracts';
import { feedbackKindLabel, todayInShanghai } from '@zsb/domain';
import { ApplicationLookup } from '../applications/application-lookup';
import { ResidentService } from '../auth/resident.service';
import { VisitLookup } from '../bookings/visit-lookup';
import { BusinessCalendar } from '../calendar/business-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { CenterDirectory } from '../catalog/center-directory';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomDigits, randomId } from '../common/random';
import { AppConfig } from '../config/app-config';
import { UploadsService } from '../uploads/uploads.service';
import { answerDays, answerDue, filingProblems } from './feedback-rules';
import { toFeedback, type FeedbackViewContext } from './feedback-views';
import { FeedbackRepository, type FeedbackRow } from './feedback.repository';

const LIST_LIMIT = 100;
// Anyang's division prefix: a resident who has not done 实名认证 has no known county.
const CITY = '4105';

/** 办不成事 and 咨询 for the resident: filing (owner, number, deadline), their list and each one's timeline. */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly config: AppConfig,
    private readonly repo: FeedbackRepository,
    private readonly residents: ResidentService,
    private readonly catalog: CatalogService,
    private readonly directory: CenterDirectory,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
    private readonly applications: ApplicationLookup,
    private readonly visits: VisitLookup,
  ) {}

  async file(
    residentId: string,
    request: FeedbackRequest,
    idempotencyKey: string | undefined,
  ): Promise<{ feedback: Feedback; replayed: boolean }> {
    const problems = filingProblems(request);
    if (problems.length) throw new AppError('VALIDATION_FAILED', problems[0].message, problems);
    const requestHash = hashOf(request);
    // A retry is answered before anything else is looked at (its photos are attached by now).
    if (idempotencyKey) {
      const first = await this.repo.byKey(residentId, idempotencyKey);
      if (first && first.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
      if (first) return { feedback: await this.view(first), replayed: true };
    }
    const owner = await this.ownerOf(residentId, request);
    const photos = request.photos.length ? await this.photos(residentId, request.photos) : [];
    const id = randomId();
    const kind = request.type === 'case' ? (request.kind as FeedbackCaseKind) : null;
    const now = this.clock.now();
    const due = answerDue(
      todayInShanghai(now),
      answerDays(request.type, kind, this.config.feedback),
      this.calendar.working,
    );
    const outcome = await this.repo.create(
      {
        id,
        number: `${request.type === 'case' ? 'BC' : 'ZX'}${todayInShanghai(now).replaceAll('-', '')}${randomDigits(6)}`,
        residentId,
        type: request.type,
        kind,
        matterCode: owner.matterCode,
        applicationId: request.applicationId ?? null,
        bookingId: request.bookingId ?? null,
        ownerCenterId: owner.centerId,
        textEnc: this.cipher.encrypt(request.text.trim()),
        photos,
        dueOn: due,
        idempotencyKey: idempotencyKey ?? null,
        requestHash,
        filedNoteEnc: this.cipher.encrypt(
          `已收到您的${request.type === 'case' ? `“${feedbackKindLabel(kind)}”反映` : '咨询'}，由${owner.centerName}在${dateInWords(due)}前答复。`,
        ),
      },
      (tx) => this.uploads.markAttached(photos, `feedback-${id}`, tx),
    );
    if ('reused' in outcome) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { feedback: await this.view(outcome.row), replayed: outcome.replayed };
  }

  async list(residentId: string): Promise<FeedbackList> {
    const rows = await this.repo.listOwn(residentId, LIST_LIMIT);
    const events = await this.repo.events(rows.map((r) => r.id));
    const ctx = this.context();
    return { items: rows.map((r) => toFeedback(r, events.get(r.id) ?? [], ctx)) };
  }

  async get(residentId: string, id: string): Promise<Feedback> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('FEEDBACK_NOT_FOUND');
    return this.view(row);
  }

  async view(row: FeedbackRow): Promise<Feedback> {
    const events = await this.repo.events([row.id]);
    return toFeedback(row, events.get(row.id) ?? [], this.context());
  }

  context(): FeedbackViewContext {
    const snapshot = this.catalog.snapshot();
    return {
      today: todayInShanghai(this.clock.now()),
      decrypt: (t) => this.cipher.decrypt(t),
      centerName: (id) => this.directory.current().byId(id)?.name ?? null,
      matterName: (code) => snapshot.summary(code)?.name ?? null,
    };
  }

  /**
   * Who answers: the center of the linked booking or the chosen center; otherwise the center of the resident's
   * county that handles the matter (the county's 办不成事 window in the policy; the map has none yet). Links must
   * be the resident's own: someone else's application or booking is answered as not found.
   */
  private async ownerOf(
    residentId: string,
    r: FeedbackRequest,
  ): Promise<{ centerId: string; centerName: string; matterCode: string | null }> {
    let matterCode = r.matterCode ?? null;
    if (matterCode && !this.catalog.snapshot().summary(matterCode)) throw new AppError('MATTER_NOT_FOUND');
    let centerId: string | null = null;
    if (r.applicationId) {
      const matter = await this.applications.ownMatter(residentId, r.applicationId);
      if (!matter) throw new AppError('APPLICATION_NOT_FOUND');
      matterCode ??= matter;
    } else if (r.bookingId) {
      const booking = await this.visits.ownBooking(residentId, r.bookingId);
      if (!booking) throw new AppError('BOOKING_NOT_FOUND');
      matterCode ??= booking.matterCode;
      centerId = booking.centerId;
    }
    if (r.centerId) centerId = this.directory.get(r.centerId).id;
    const center = centerId
      ? this.directory.get(centerId)
      : this.directory.countyCenterFor((await this.residents.countyCodeOf(residentId)) ?? CITY, matterCode);
    if (!center) throw new AppError('CENTER_NOT_FOUND');
    return { centerId: center.id, centerName: center.name, matterCode };
  }

  private async photos(residentId: string, ids: string[]): Promise<string[]> {
    const owned = await this.uploads.ownedUploads(residentId, ids);
    if (owned.some((u) => u.kind !== 'image'))
      throw new AppError('VALIDATION_FAILED', '只能附照片', [{ field: 'photos', message: '只能附照片' }]);
    return owned.map((u) => u.id);
  }
}

function hashOf(r: FeedbackRequest): string {
  const { type, kind, matterCode, applicationId, bookingId, centerId, text, photos } = r;
  return createHash('sha256')
    .update(JSON.stringify({ type, kind, matterCode, applicationId, bookingId, centerId, text: text.trim(), photos }))
    .digest('base64url');
}

/** 2026-12-11 → 2026年12月11日, as the app writes dates. */
function dateInWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

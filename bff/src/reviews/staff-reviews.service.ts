import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ReviewLevel, StaffReviewAction, StaffReviewCase, StaffReviewList } from '@zsb/contracts';
import { reviewLevelLabel, todayInShanghai } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { StaffRepository } from '../auth/staff.repository';
import { BusinessCalendar } from '../calendar/business-calendar';
import { byDeadline } from '../calendar/deadline-order';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { AppConfig } from '../config/app-config';
import { EvaluationSystem } from '../upstream/evaluation/evaluation.port';
import { UpstreamError } from '../upstream/http/upstream.error';
import { ReviewCaseUpdates } from './review-case-updates';
import { ReviewSubjects } from './review-subjects';
import { deadlinesOf, toCase } from './review-views';
import { ReviewsRepository, type ReviewRow } from './reviews.repository';

const QUEUE_LIMIT = 200;

/**
 * The office's side of a 差评: the queue of its centers' open cases and the steps it records (核实, 整改, 回访, 申诉,
 * 无法整改) in the provincial system. Staff see the resident's masked name only, and nothing of another center.
 */
@Injectable()
export class StaffReviewsService {
  constructor(
    private readonly config: AppConfig,
    private readonly repo: ReviewsRepository,
    private readonly staff: StaffRepository,
    private readonly residents: ResidentService,
    private readonly subjects: ReviewSubjects,
    private readonly evaluation: EvaluationSystem,
    private readonly updates: ReviewCaseUpdates,
    private readonly cipher: PiiCipher,
    private readonly calendar: BusinessCalendar,
    private readonly clock: Clock,
  ) {}

  async queue(staffId: string): Promise<StaffReviewList> {
    const scopes = await this.scopesOf(staffId);
    const rows = await this.repo.openCases(
      scopes.map((s) => s.centerId),
      QUEUE_LIMIT,
    );
    const admin = new Set(scopes.filter((s) => s.role === 'admin').map((s) => s.centerId));
    const items = await Promise.all(rows.map((r) => this.view(r, admin.has(r.center_id))));
    const today = todayInShanghai(this.clock.now());
    const key = (c: StaffReviewCase) => ({
      overdue: c.case.overdue,
      due: c.case.state === 'VERIFYING' && today <= c.case.verifyDue ? c.case.verifyDue : c.case.rectifyDue,
      openedAt: new Date(c.case.steps[0]?.at ?? 0),
    });
    return { items: items.sort((a, b) => byDeadline(key(a), key(b))) };
  }

  async act(staffId: string, id: string, action: StaffReviewAction, key: string | undefined): Promise<StaffReviewCase> {
    const scopes = await this.scopesOf(staffId);
    const row = await this.repo.byId(id);
    // Another center's case is answered as if it did not exist.
    const scope = scopes.find((s) => s.centerId === row?.center_id);
    if (!row || !scope || !row.case_no) throw new AppError('REVIEW_NOT_FOUND');
    // Disputing a resident's review, or declaring it beyond repair, is the center's decision, not a clerk's.
    if ((action.action === 'appeal' || action.action === 'claim_unrectifiable') && scope.role !== 'admin')
      throw new AppError('CENTER_ADMIN_ONLY');
    if (!row.evaluation_id) throw new AppError('REVIEW_STEP_NOT_OPEN');
    const me = await this.residents.identityOf(staffId);
    const upstreamKey = `zsb-staff-${createHash('sha256')
      .update(`${staffId}:${id}:${key ?? randomId()}`)
      .digest('hex')
      .slice(0, 40)}`;
    try {
      const record = await this.evaluation.act(
        row.evaluation_id,
        { ...action, note: action.note.trim(), actor: { name: me.name, office: row.place ?? row.center_id } },
        upstreamKey,
      );
      await this.updates.apply(row, record);
    } catch (e) {
      if (e instanceof UpstreamError && e.reason === 'refused') throw new AppError('REVIEW_STEP_NOT_OPEN');
      throw e;
    }
    return this.view((await this.repo.byId(id))!, scope.role === 'admin');
  }

  private async scopesOf(staffId: string): Promise<{ centerId: string; role: 'clerk' | 'admin' }[]> {
    const scopes = await this.staff.scopesOf(staffId);
    if (scopes.length === 0) throw new AppError('STAFF_ONLY');
    return scopes;
  }

  private async view(row: ReviewRow, canDispute: boolean): Promise<StaffReviewCase> {
    const ctx = { calendar: this.calendar.working, days: this.config.reviews, now: new Date(this.clock.now()) };
    const c = toCase(row, ctx);
    if (!c || !deadlinesOf(row, ctx)) throw new AppError('REVIEW_NOT_FOUND');
    const level = row.level as ReviewLevel;
    return {
      id: row.id,
      centerId: row.center_id,
      centerName: this.subjects.centerName(row.center_id) ?? row.place ?? '',
      residentNameMasked: (await this.residents.maskedNameOf(row.resident_id)) ?? '（未实名）',
      subject: { kind: row.subject_kind, id: row.subject_id, title: row.title, place: row.place },
      level,
      levelLabel: reviewLevelLabel(level),
      reasons: row.reasons as StaffReviewCase['reasons'],
      content: this.cipher.decrypt(row.content_enc),
      case: c,
      canDispute,
    };
  }
}

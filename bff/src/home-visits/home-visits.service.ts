import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  HomeVisit,
  HomeVisitList,
  HomeVisitRequest,
  StaffHomeVisit,
  StaffHomeVisitAction,
  StaffHomeVisitList,
} from '@zsb/contracts';
import { maskName, todayInShanghai } from '@zsb/domain';
import { ResidentService } from '../auth/resident.service';
import { StaffRepository } from '../auth/staff.repository';
import { CatalogService } from '../catalog/catalog.service';
import { CenterDirectory } from '../catalog/center-directory';
import type { ActingFor } from '../common/acting';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomDigits, randomId } from '../common/random';
import { MandateNotices } from '../mandates/mandate-notices';
import { MandatesRepository } from '../mandates/mandates.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { nextState, scheduleProblem, type HomeVisitStep } from './home-visit-rules';
import { toHomeVisit } from './home-visit-views';
import { HomeVisitsRepository, type HomeVisitRow } from './home-visits.repository';

const LIST_LIMIT = 100;

/**
 * 上门服务: a resident who cannot come, or a helper for them, asks a center that handles the matter to come; the
 * center's staff arrange a time or say why not, and record the visit; the resident (and their helpers) are told.
 */
@Injectable()
export class HomeVisitsService {
  constructor(
    private readonly repo: HomeVisitsRepository,
    private readonly catalog: CatalogService,
    private readonly directory: CenterDirectory,
    private readonly residents: ResidentService,
    private readonly staff: StaffRepository,
    private readonly mandates: MandatesRepository,
    private readonly cipher: PiiCipher,
    private readonly notifications: NotificationsService,
    private readonly mandateNotices: MandateNotices,
    private readonly clock: Clock,
  ) {}

  async request(
    residentId: string,
    request: HomeVisitRequest & { actingFor?: ActingFor },
    idempotencyKey: string | undefined,
  ): Promise<{ visit: HomeVisit; replayed: boolean }> {
    await this.residents.requireVerified(residentId);
    const matter = this.catalog.snapshot().matter(request.matterCode);
    if (!matter) throw new AppError('MATTER_NOT_FOUND');
    const center = this.directory.get(request.centerId);
    if (!this.directory.handles(center, matter.code)) throw new AppError('MATTER_NOT_HANDLED');
    const { actingFor, ...asked } = request;
    const outcome = await this.repo.create({
      id: randomId(),
      number: `SM${todayInShanghai(this.clock.now()).replaceAll('-', '')}${randomDigits(6)}`,
      resident_id: residentId,
      matter_code: matter.code,
      matter_name: matter.name,
      center_id: center.id,
      reason: request.reason,
      note_enc: this.cipher.encrypt(request.note.trim()),
      address_enc: this.cipher.encrypt(request.address.trim()),
      mandate_id: actingFor?.mandateId ?? null,
      idempotency_key: idempotencyKey ?? null,
      request_hash: createHash('sha256').update(JSON.stringify(asked)).digest('base64url'),
    });
    if ('reused' in outcome) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { visit: await this.view(outcome.row), replayed: outcome.replayed };
  }

  async list(residentId: string): Promise<HomeVisitList> {
    const rows = await this.repo.listOwn(residentId, LIST_LIMIT);
    return { items: await Promise.all(rows.map((r) => this.view(r))) };
  }

  async get(residentId: string, id: string): Promise<HomeVisit> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('HOME_VISIT_NOT_FOUND');
    return this.view(row);
  }

  async cancel(residentId: string, id: string): Promise<HomeVisit> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('HOME_VISIT_NOT_FOUND');
    return this.view(
      await this.move(row, 'cancel', { scheduled_at: row.scheduled_at, answer: row.answer, staff_id: row.staff_id }),
    );
  }

  /** The staff member's centers' requests: open ones first (oldest first), then the latest ended. */
  async queue(staffId: string): Promise<StaffHomeVisitList> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    const rows = await this.repo.atCenters(centers, LIST_LIMIT);
    const open = (r: HomeVisitRow) => r.state === 'requested' || r.state === 'accepted';
    const ordered = [...rows.filter(open).reverse(), ...rows.filter((r) => !open(r))];
    return { items: await Promise.all(ordered.map((r) => this.staffView(r))) };
  }

  async act(staffId: string, id: string, action: StaffHomeVisitAction): Promise<StaffHomeVisit> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    const row = await this.repo.byId(id);
    if (!row || !centers.includes(row.center_id)) throw new AppError('HOME_VISIT_NOT_FOUND');
    const answer = action.answer?.trim() || null;
    let scheduledAt = row.scheduled_at;
    if (action.action === 'accept') {
      scheduledAt = new Date(action.scheduledAt ?? '');
      const problem = scheduleProblem(scheduledAt, new Date(this.clock.now()));
      if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'scheduledAt', message: problem }]);
    }
    if (action.action === 'decline' && !answer)
      throw new AppError('VALIDATION_FAILED', '请写明不能上门的原因', [{ field: 'answer', message: '请写明原因' }]);
    const moved = await this.move(row, action.action, { scheduled_at: scheduledAt, answer, staff_id: staffId });
    await this.tell(moved);
    return this.staffView(moved);
  }

  private async move(
    row: HomeVisitRow,
    step: HomeVisitStep,
    fields: Pick<HomeVisitRow, 'scheduled_at' | 'answer' | 'staff_id'>,
  ): Promise<HomeVisitRow> {
    const state = nextState(row.state, step);
    if (!state) throw new AppError('HOME_VISIT_STEP_NOT_OPEN');
    const moved = await this.repo.step(row.id, row.state, { state, ...fields });
    if (!moved) throw new AppError('HOME_VISIT_STEP_NOT_OPEN');
    return moved;
  }

  private async tell(row: HomeVisitRow): Promise<void> {
    const view = await this.view(row);
    const when = view.scheduledAt ? view.scheduledAt.slice(0, 16).replace('T', ' ') : '';
    const body =
      row.state === 'accepted'
        ? `${view.centerName}将于 ${when} 上门办理，请留人在家，带好身份证。`
        : row.state === 'declined'
          ? `${view.centerName}暂时不能上门：${row.answer ?? ''}。可请代办员帮办，或拨打 12345。`
          : `${view.centerName}已上门办理。欢迎评价本次服务。`;
    await this.notifications.add(row.resident_id, {
      kind: 'home-visit',
      title: `上门服务「${row.matter_name}」${view.stateLabel}`,
      body,
      target: `/home-visits/${row.id}`,
    });
    await this.mandateNotices.matterStep(
      row.resident_id,
      { code: row.matter_code, name: row.matter_name },
      `上门服务${view.stateLabel}`,
    );
  }

  private async view(row: HomeVisitRow): Promise<HomeVisit> {
    const helperId = row.mandate_id ? (await this.mandates.find(row.mandate_id))?.helper_id : undefined;
    return toHomeVisit(row, {
      centerName: this.directory.current().byId(row.center_id)?.name ?? row.center_id,
      note: this.cipher.decrypt(row.note_enc),
      address: this.cipher.decrypt(row.address_enc),
      askedBy: helperId ? ((await this.residents.maskedNameOf(helperId)) ?? null) : null,
    });
  }

  /** Who to visit and how to reach them: the name masked, the phone whole (staff must call to arrange). */
  private async staffView(row: HomeVisitRow): Promise<StaffHomeVisit> {
    const applicant = await this.residents.applicantOf(row.resident_id);
    return { ...(await this.view(row)), residentName: maskName(applicant.name), residentPhone: applicant.phone };
  }
}

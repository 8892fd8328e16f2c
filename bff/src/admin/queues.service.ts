import { Injectable } from '@nestjs/common';
import type { QueueAssignRequest, QueueItem, QueueKind, QueueList } from '@zsb/contracts';
import { addWorkingDays, maskName, todayInShanghai } from '@zsb/domain';
import { StaffRepository } from '../auth/staff.repository';
import { BusinessCalendar } from '../calendar/business-calendar';
import { CatalogService } from '../catalog/catalog.service';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import { mayManagePlace, type HeldRoles } from './admin-access';
import { AdminRolesService } from './admin-roles.service';
import { AdminRepository } from './admin.repository';
import { parseGrantId } from './people.service';
import { byUrgency, isOverdue, KIND_NAMES, stateOf } from './queue-rules';
import { QueuesRepository, type QueueRow } from './queues.repository';

const SHOWN = 500;
const ALL_KINDS: QueueKind[] = ['review', 'case', 'consultation', 'home-visit'];

/** The county's work queues in one list, and giving an item to a staff member of its center (audited). */
@Injectable()
export class QueuesService {
  constructor(
    private readonly repo: QueuesRepository,
    private readonly roles: AdminRolesService,
    private readonly admin: AdminRepository,
    private readonly staff: StaffRepository,
    private readonly cipher: PiiCipher,
    private readonly catalog: CatalogService,
    private readonly calendar: BusinessCalendar,
    private readonly config: AppConfig,
  ) {}

  async list(
    held: HeldRoles,
    q: { county?: string; centerId?: string; kind?: QueueKind; open?: boolean },
  ): Promise<QueueList> {
    const centers = this.roles.managedPlaces(held, q.county, q.centerId);
    const rows = await this.repo.rows(q.kind ? [q.kind] : ALL_KINDS, centers);
    const today = todayInShanghai(Date.now());
    const items = rows
      .map((r) => this.view(r, today))
      .filter((i) => q.open === undefined || i.open === q.open)
      .sort(byUrgency);
    return { items: items.slice(0, SHOWN), total: items.length };
  }

  async assign(actorId: string, held: HeldRoles, request: QueueAssignRequest): Promise<QueueItem> {
    const grant = parseGrantId(request.grantId);
    if (!grant) throw new AppError('ADMIN_NOT_FOUND');
    const mayTake = grant.role === 'staff' || grant.role === 'centerAdmin';
    // Read before the transaction: on the embedded database a read outside it would wait for it to end.
    const scopes = await this.staff.scopesOf(grant.residentId);
    await this.repo.inTransaction(async (tx) => {
      const item = await this.repo.lockItem(tx, request.kind, request.id);
      const place = item && this.roles.placeOrNull(item.centerId);
      if (
        !item ||
        !place ||
        !mayManagePlace(held, { centerId: place.id, county: place.county, township: place.township })
      )
        throw new AppError('ADMIN_NOT_FOUND');
      // The person must hold a role at the item's own center, now.
      if (!mayTake || grant.scope !== item.centerId || !scopes.some((s) => s.centerId === item.centerId))
        throw new AppError('ADMIN_GRANT_NOT_ALLOWED', '只能指派给该中心的窗口人员或中心管理员');
      if (item.assigneeId === grant.residentId) return;
      const name = async (id: string | null) => {
        if (!id) return null;
        const who = await this.admin.residentPii(tx, id);
        return who?.nameEnc ? maskName(this.cipher.decrypt(who.nameEnc)) : '';
      };
      await this.repo.assign(tx, request.kind, request.id, grant.residentId);
      await this.admin.audit(tx, {
        actorId,
        action: 'queue.assign',
        county: place.county,
        centerId: place.id,
        target: `${KIND_NAMES[request.kind]} ${item.number ?? ''} @ ${place.name}`.replace(/\s+/g, ' '),
        before: item.assigneeId ? { 承办人: await name(item.assigneeId) } : null,
        after: { 承办人: await name(grant.residentId) },
      });
    });
    const rows = await this.repo.rows([request.kind], [grant.scope]);
    const row = rows.find((r) => r.id === request.id);
    if (!row) throw new AppError('ADMIN_NOT_FOUND');
    return this.view(row, todayInShanghai(Date.now()));
  }

  private view(r: QueueRow, today: string): QueueItem {
    const state = stateOf(r.kind, r.state);
    const dueOn =
      r.kind === 'review'
        ? r.case_opened_at
          ? addWorkingDays(
              todayInShanghai(r.case_opened_at.getTime()),
              this.config.reviews.rectifyDays,
              this.calendar.working,
            )
          : null
        : r.due_on;
    const matterName = r.matter_code ? this.catalog.snapshot().matter(r.matter_code)?.name : undefined;
    return {
      kind: r.kind,
      id: r.id,
      number: r.number ?? '待建工单',
      centerId: r.center_id,
      centerName: this.roles.placeOrNull(r.center_id)?.name ?? r.center_id,
      title: r.title ?? matterName ?? KIND_NAMES[r.kind],
      state: state.name,
      open: state.open,
      filedAt: toShanghaiIso(r.filed_at),
      dueOn,
      overdue: isOverdue(state.open, dueOn, today),
      assignee: r.assignee_name_enc ? maskName(this.cipher.decrypt(r.assignee_name_enc)) : null,
    };
  }
}

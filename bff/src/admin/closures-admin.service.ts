import { Injectable } from '@nestjs/common';
import type { Closure, ClosureList, ClosureRequest } from '@zsb/contracts';
import { maskName } from '@zsb/domain';
import type { ClosureRow } from '../bookings/closures.repository';
import { ClosuresService } from '../bookings/closures.service';
import { REASON_NAMES, shortTime } from '../bookings/closure-rules';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { toShanghaiIso } from '../common/time';
import { mayManagePlace, type HeldRoles } from './admin-access';
import { AdminRolesService } from './admin-roles.service';
import { AdminRepository } from './admin.repository';

/** 临时停止服务 from the console: who may close which center, and the audit line written with the closure. */
@Injectable()
export class ClosuresAdminService {
  constructor(
    private readonly closures: ClosuresService,
    private readonly roles: AdminRolesService,
    private readonly audit: AdminRepository,
    private readonly cipher: PiiCipher,
  ) {}

  async close(
    actorId: string,
    held: HeldRoles,
    request: ClosureRequest,
    key: string | undefined,
  ): Promise<{ closure: Closure; replayed: boolean }> {
    const center = this.roles.place(request.centerId);
    if (!mayManagePlace(held, { centerId: center.id, county: center.county, township: center.township }))
      throw new AppError('ADMIN_NOT_FOUND');
    if (center.kind === 'kiosk')
      throw new AppError('VALIDATION_FAILED', '自助终端没有窗口预约，不需要在这里安排暂停服务', [
        { field: 'centerId', message: '请选择有窗口的中心或服务站' },
      ]);
    const { closure, replayed } = await this.closures.close({
      actorId,
      center,
      request,
      idempotencyKey: key,
      alsoInTransaction: (steps, done) =>
        this.audit.audit(steps.tx, {
          actorId,
          action: 'center.close',
          county: center.county,
          centerId: center.id,
          target: center.name,
          before: null,
          after: {
            时段: `${shortTime(done.starts_at)} 至 ${shortTime(done.ends_at)}`,
            原因: `${REASON_NAMES[done.reason]}：${done.note}`,
            改约: done.moved,
            取消: done.cancelled,
            结束候补: done.waitlist_ended,
          },
        }),
    });
    return { closure: this.view({ ...closure, decided_by_name_enc: null }, await this.nameOf(actorId)), replayed };
  }

  async list(held: HeldRoles, county: string | undefined, centerId: string | undefined): Promise<ClosureList> {
    const ids = this.roles.managedPlaces(held, county, centerId);
    const rows = await this.closures.list(ids);
    return {
      items: rows.map((r) =>
        this.view(r, r.decided_by_name_enc ? maskName(this.cipher.decrypt(r.decided_by_name_enc)) : ''),
      ),
    };
  }

  /** Closures not over yet at these places, by place, as the 中心 page shows them (who decided is not shown there). */
  async upcomingByPlace(centerIds: string[]): Promise<Map<string, Closure[]>> {
    const out = new Map<string, Closure[]>();
    for (const r of await this.closures.upcoming(centerIds))
      out.set(r.center_id, [...(out.get(r.center_id) ?? []), this.view({ ...r, decided_by_name_enc: null }, '')]);
    return out;
  }

  private async nameOf(residentId: string): Promise<string> {
    const who = await this.audit.residentPii(null, residentId);
    return who?.nameEnc ? maskName(this.cipher.decrypt(who.nameEnc)) : '';
  }

  private view(r: ClosureRow & { decided_by_name_enc: string | null }, decidedBy: string): Closure {
    return {
      id: r.id,
      centerId: r.center_id,
      centerName: this.roles.placeOrNull(r.center_id)?.name ?? r.center_id,
      start: toShanghaiIso(r.starts_at),
      end: toShanghaiIso(r.ends_at),
      reason: r.reason,
      note: r.note,
      decidedBy,
      createdAt: toShanghaiIso(r.created_at),
      moved: r.moved,
      cancelled: r.cancelled,
      waitlistEnded: r.waitlist_ended,
    };
  }
}

import { Injectable } from '@nestjs/common';
import type {
  AdminRole,
  AuditEntry,
  AuditPage,
  PersonGrant,
  PersonGrantList,
  PersonGrantRequest,
} from '@zsb/contracts';
import { maskName, maskPhone } from '@zsb/domain';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { toShanghaiIso } from '../common/time';
import { mayGrant, mayManagePlace, ROLE_NAMES, type HeldRoles } from './admin-access';
import { AdminRepository, type GrantRow } from './admin.repository';
import { AdminRolesService } from './admin-roles.service';

const AUDIT_PAGE = 50;

type Kind = 'county' | 'staff' | 'agent';
const kindOf = (role: AdminRole): Kind => (role === 'countyAdmin' ? 'county' : role === 'agent' ? 'agent' : 'staff');

/** A grant's id names role, place and person without being a resident id anyone could reuse elsewhere. */
export function grantId(role: AdminRole, scope: string, residentId: string): string {
  return Buffer.from(`${role}|${scope}|${residentId}`).toString('base64url');
}

export function parseGrantId(id: string): { role: AdminRole; scope: string; residentId: string } | null {
  const parts = Buffer.from(id, 'base64url').toString('utf8').split('|');
  if (parts.length !== 3 || !['countyAdmin', 'centerAdmin', 'staff', 'agent'].includes(parts[0])) return null;
  return { role: parts[0] as AdminRole, scope: parts[1], residentId: parts[2] };
}

/**
 * 人员与角色: grant and revoke county admins, center admins, window staff and agents in the caller's area. Every
 * change is one transaction with its audit line; a grant that changes nothing writes nothing.
 */
@Injectable()
export class PeopleService {
  constructor(
    private readonly repo: AdminRepository,
    private readonly roles: AdminRolesService,
    private readonly cipher: PiiCipher,
  ) {}

  async maskedNameOf(residentId: string): Promise<string> {
    const who = await this.repo.residentPii(null, residentId);
    return who?.nameEnc ? maskName(this.cipher.decrypt(who.nameEnc)) : '';
  }

  async list(held: HeldRoles, county: string | undefined, centerId: string | undefined): Promise<PersonGrantList> {
    let counties = held.counties;
    let centers: string[];
    if (centerId !== undefined) {
      const place = this.roles.place(centerId);
      if (!mayManagePlace(held, { centerId, county: place.county, township: place.township }))
        throw new AppError('ADMIN_NOT_FOUND');
      counties = [];
      centers = [centerId];
    } else if (county !== undefined) {
      if (!held.counties.includes(county)) {
        const own = held.centers.filter((c) => c.role === 'admin' && c.county === county).map((c) => c.centerId);
        if (own.length === 0) throw new AppError('ADMIN_NOT_FOUND');
        counties = [];
        centers = own;
      } else {
        counties = [county];
        centers = this.roles.placesOf({ county, township: null }).map((c) => c.id);
      }
    } else {
      centers = [
        ...held.counties.flatMap((c) => this.roles.placesOf({ county: c, township: null }).map((p) => p.id)),
        ...held.centers.filter((c) => c.role === 'admin').map((c) => c.centerId),
      ];
    }
    const rows = await this.repo.grants(counties, [...new Set(centers)]);
    return { items: rows.map((r) => this.view(r)) };
  }

  async grant(actorId: string, held: HeldRoles, request: PersonGrantRequest): Promise<PersonGrant> {
    const where = this.whereOf(held, request.role, request.county, request.centerId);
    const person = await this.repo.verifiedByPhoneHash(this.cipher.blindIndex('phone', request.phone));
    if (!person) throw new AppError('ADMIN_PERSON_NOT_FOUND');
    const kind = kindOf(request.role);
    const scope = where.centerId ?? where.county;
    await this.repo.inTransaction(async (tx) => {
      const before = await this.repo.lockGrant(tx, kind, person.id, scope);
      if (before?.role === request.role) return;
      await this.repo.putGrant(tx, request.role, person.id, scope);
      await this.repo.audit(tx, {
        actorId,
        action: before ? 'people.change-role' : 'people.grant',
        county: where.county,
        centerId: where.centerId,
        target: this.describe(person.nameEnc, person.phoneEnc, where.label),
        before: before ? { 角色: ROLE_NAMES[before.role as AdminRole] } : null,
        after: { 角色: ROLE_NAMES[request.role], 范围: where.label },
      });
    });
    const rows = await this.repo.grants(kind === 'county' ? [scope] : [], kind === 'county' ? [] : [scope]);
    const row = rows.find((r) => r.residentId === person.id && r.role === request.role);
    if (!row) throw new AppError('ADMIN_NOT_FOUND');
    return this.view(row);
  }

  /** Revokes the grant; revoking one already gone changes nothing and answers the same. */
  async revoke(actorId: string, held: HeldRoles, id: string): Promise<void> {
    const parsed = parseGrantId(id);
    if (!parsed) throw new AppError('ADMIN_NOT_FOUND');
    const isCounty = parsed.role === 'countyAdmin';
    const where = this.whereOf(
      held,
      parsed.role,
      isCounty ? parsed.scope : undefined,
      isCounty ? undefined : parsed.scope,
    );
    if (parsed.residentId === actorId && parsed.role === 'countyAdmin')
      throw new AppError('ADMIN_GRANT_NOT_ALLOWED', '不能撤销自己的县级管理员角色，请由本县其他县级管理员办理');
    const kind = kindOf(parsed.role);
    await this.repo.inTransaction(async (tx) => {
      const before = await this.repo.lockGrant(tx, kind, parsed.residentId, parsed.scope);
      if (!before || before.role !== parsed.role) return;
      await this.repo.dropGrant(tx, kind, parsed.residentId, parsed.scope);
      const who = await this.repo.residentPii(tx, parsed.residentId);
      await this.repo.audit(tx, {
        actorId,
        action: 'people.revoke',
        county: where.county,
        centerId: where.centerId,
        target: this.describe(who?.nameEnc ?? null, who?.phoneEnc ?? null, where.label),
        before: { 角色: ROLE_NAMES[parsed.role], 范围: where.label },
        after: null,
      });
    });
  }

  async audit(held: HeldRoles, county: string | undefined, before: string | undefined): Promise<AuditPage> {
    if (held.counties.length === 0) throw new AppError('ADMIN_ONLY', '审计日志仅供县级管理员查看');
    if (county !== undefined && !held.counties.includes(county)) throw new AppError('ADMIN_NOT_FOUND');
    const rows = await this.repo.auditPage(county ? [county] : held.counties, before ?? null, AUDIT_PAGE);
    const items = rows.map((r): AuditEntry => ({
      id: r.id,
      at: toShanghaiIso(r.at),
      actor: r.actor_name_enc ? maskName(this.cipher.decrypt(r.actor_name_enc)) : '命令行',
      action: r.action,
      county: r.county,
      centerId: r.center_id,
      target: r.target,
      before: r.before,
      after: r.after,
    }));
    return { items, nextBefore: items.length === AUDIT_PAGE ? items[items.length - 1].id : null };
  }

  /**
   * Where a role would be granted, checked: a place or county outside the caller's area is the same 404 as one that
   * does not exist; inside it, a role the caller may not give there is 403.
   */
  private whereOf(
    held: HeldRoles,
    role: AdminRole,
    county: string | undefined,
    centerId: string | undefined,
  ): { county: string; centerId: string | null; label: string } {
    if (role === 'countyAdmin') {
      if (!county || !this.roles.countyExists(county) || !held.counties.includes(county))
        throw new AppError('ADMIN_NOT_FOUND');
      return { county, centerId: null, label: county };
    }
    if (!centerId) throw new AppError('ADMIN_NOT_FOUND');
    const place = this.roles.place(centerId);
    if (!mayManagePlace(held, { centerId, county: place.county, township: place.township }))
      throw new AppError('ADMIN_NOT_FOUND');
    if (place.kind === 'kiosk') throw new AppError('ADMIN_GRANT_NOT_ALLOWED', '自助终端没有工作人员，不能授予角色');
    if (!mayGrant(held, role, { county: place.county, centerId })) throw new AppError('ADMIN_GRANT_NOT_ALLOWED');
    return { county: place.county, centerId, label: place.name };
  }

  private describe(nameEnc: string | null, phoneEnc: string | null, where: string): string {
    const name = nameEnc ? maskName(this.cipher.decrypt(nameEnc)) : '（未实名）';
    const phone = phoneEnc ? maskPhone(this.cipher.decrypt(phoneEnc)) : '';
    return `${name} ${phone} @ ${where}`.replace(/\s+/g, ' ');
  }

  private view(r: GrantRow): PersonGrant {
    const place = r.role === 'countyAdmin' ? null : this.roles.placeOrNull(r.scope);
    return {
      id: grantId(r.role, r.scope, r.residentId),
      name: r.nameEnc ? maskName(this.cipher.decrypt(r.nameEnc)) : '（未实名）',
      phone: r.phoneEnc ? maskPhone(this.cipher.decrypt(r.phoneEnc)) : '',
      role: r.role,
      county: r.role === 'countyAdmin' ? r.scope : (place?.county ?? ''),
      centerId: r.role === 'countyAdmin' ? null : r.scope,
      centerName: place?.name ?? null,
      grantedAt: toShanghaiIso(r.grantedAt),
    };
  }
}

import { Injectable } from '@nestjs/common';
import { sql, type Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database } from '../database/database.types';

/** A role row as stored: county admins by county, staff and agents by center. */
export interface GrantRow {
  role: 'countyAdmin' | 'centerAdmin' | 'staff' | 'agent';
  residentId: string;
  /** The county for a county admin, the center id otherwise. */
  scope: string;
  grantedAt: Date;
  nameEnc: string | null;
  phoneEnc: string | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name_enc: string | null;
  action: string;
  county: string;
  center_id: string | null;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditInput {
  actorId: string | null;
  action: string;
  county: string;
  centerId: string | null;
  target: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/**
 * The console's roles (county_admin, staff_member, agent_member) and its audit log. A change and its audit line are
 * written in one transaction: there is no change without its line, and no line for a change that did not happen.
 */
@Injectable()
export class AdminRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  countiesOf(residentId: string): Promise<string[]> {
    return this.db
      .selectFrom('county_admin')
      .select('county')
      .where('resident_id', '=', residentId)
      .orderBy('county')
      .execute()
      .then((rows) => rows.map((r) => r.county));
  }

  agentCentersOf(residentId: string): Promise<string[]> {
    return this.db
      .selectFrom('agent_member')
      .select('center_id')
      .where('resident_id', '=', residentId)
      .orderBy('center_id')
      .execute()
      .then((rows) => rows.map((r) => r.center_id));
  }

  /** The verified resident with this phone's keyed hash, if any. */
  async verifiedByPhoneHash(
    hash: string,
  ): Promise<{ id: string; nameEnc: string | null; phoneEnc: string | null } | undefined> {
    const row = await this.db
      .selectFrom('resident')
      .select(['id', 'name_enc', 'phone_enc'])
      .where('phone_hash', '=', hash)
      .where('verified_at', 'is not', null)
      .where('merged_into', 'is', null)
      .executeTakeFirst();
    return row && { id: row.id, nameEnc: row.name_enc, phoneEnc: row.phone_enc };
  }

  /** The stored (encrypted) name and phone, read in the transaction given or on its own. */
  async residentPii(
    tx: Transaction<Database> | null,
    id: string,
  ): Promise<{ nameEnc: string | null; phoneEnc: string | null } | undefined> {
    const row = await (tx ?? this.db)
      .selectFrom('resident')
      .select(['name_enc', 'phone_enc'])
      .where('id', '=', id)
      .executeTakeFirst();
    return row && { nameEnc: row.name_enc, phoneEnc: row.phone_enc };
  }

  /** Every grant in these counties (county admins) and at these centers (staff, center admins, agents). */
  async grants(counties: string[], centers: string[]): Promise<GrantRow[]> {
    const out: GrantRow[] = [];
    if (counties.length > 0) {
      const rows = await this.db
        .selectFrom('county_admin')
        .innerJoin('resident', 'resident.id', 'county_admin.resident_id')
        .select([
          'county_admin.resident_id',
          'county_admin.county',
          'county_admin.granted_at',
          'resident.name_enc',
          'resident.phone_enc',
        ])
        .where('county_admin.county', 'in', counties)
        .execute();
      for (const r of rows)
        out.push({
          role: 'countyAdmin',
          residentId: r.resident_id,
          scope: r.county,
          grantedAt: r.granted_at,
          nameEnc: r.name_enc,
          phoneEnc: r.phone_enc,
        });
    }
    if (centers.length > 0) {
      const staff = await this.db
        .selectFrom('staff_member')
        .innerJoin('resident', 'resident.id', 'staff_member.resident_id')
        .select([
          'staff_member.resident_id',
          'staff_member.center_id',
          'staff_member.role',
          'staff_member.granted_at',
          'resident.name_enc',
          'resident.phone_enc',
        ])
        .where('staff_member.center_id', 'in', centers)
        .execute();
      for (const r of staff)
        out.push({
          role: r.role === 'admin' ? 'centerAdmin' : 'staff',
          residentId: r.resident_id,
          scope: r.center_id,
          grantedAt: r.granted_at,
          nameEnc: r.name_enc,
          phoneEnc: r.phone_enc,
        });
      const agents = await this.db
        .selectFrom('agent_member')
        .innerJoin('resident', 'resident.id', 'agent_member.resident_id')
        .select([
          'agent_member.resident_id',
          'agent_member.center_id',
          'agent_member.granted_at',
          'resident.name_enc',
          'resident.phone_enc',
        ])
        .where('agent_member.center_id', 'in', centers)
        .execute();
      for (const r of agents)
        out.push({
          role: 'agent',
          residentId: r.resident_id,
          scope: r.center_id,
          grantedAt: r.granted_at,
          nameEnc: r.name_enc,
          phoneEnc: r.phone_enc,
        });
    }
    return out.sort((a, b) => b.grantedAt.getTime() - a.grantedAt.getTime());
  }

  /** How many hold a staff role (clerk or admin) and an agent role at each of these centers. */
  async roleCounts(centers: string[]): Promise<Map<string, { staff: number; agents: number }>> {
    const out = new Map<string, { staff: number; agents: number }>(centers.map((c) => [c, { staff: 0, agents: 0 }]));
    if (centers.length === 0) return out;
    const staff = await this.db
      .selectFrom('staff_member')
      .select(['center_id', sql<number>`count(*)::int`.as('n')])
      .where('center_id', 'in', centers)
      .groupBy('center_id')
      .execute();
    const agents = await this.db
      .selectFrom('agent_member')
      .select(['center_id', sql<number>`count(*)::int`.as('n')])
      .where('center_id', 'in', centers)
      .groupBy('center_id')
      .execute();
    for (const r of staff) out.get(r.center_id)!.staff = r.n;
    for (const r of agents) out.get(r.center_id)!.agents = r.n;
    return out;
  }

  inTransaction<T>(run: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(run);
  }

  /**
   * The grant as it stands, locked for the change about to be made: a county admin's row, or the staff row at the
   * center (its role), or the agent row. Null when there is none.
   */
  async lockGrant(
    tx: Transaction<Database>,
    kind: 'county' | 'staff' | 'agent',
    residentId: string,
    scope: string,
  ): Promise<{ role: string; grantedAt: Date } | null> {
    if (kind === 'county') {
      const row = await tx
        .selectFrom('county_admin')
        .select(['granted_at'])
        .where('resident_id', '=', residentId)
        .where('county', '=', scope)
        .forUpdate()
        .executeTakeFirst();
      return row ? { role: 'countyAdmin', grantedAt: row.granted_at } : null;
    }
    if (kind === 'staff') {
      const row = await tx
        .selectFrom('staff_member')
        .select(['role', 'granted_at'])
        .where('resident_id', '=', residentId)
        .where('center_id', '=', scope)
        .forUpdate()
        .executeTakeFirst();
      return row ? { role: row.role === 'admin' ? 'centerAdmin' : 'staff', grantedAt: row.granted_at } : null;
    }
    const row = await tx
      .selectFrom('agent_member')
      .select(['granted_at'])
      .where('resident_id', '=', residentId)
      .where('center_id', '=', scope)
      .forUpdate()
      .executeTakeFirst();
    return row ? { role: 'agent', grantedAt: row.granted_at } : null;
  }

  /** Writes the grant (insert, or a staff row's change of role). Returns false when another request wrote it first. */
  async putGrant(
    tx: Transaction<Database>,
    role: 'countyAdmin' | 'centerAdmin' | 'staff' | 'agent',
    residentId: string,
    scope: string,
  ): Promise<void> {
    if (role === 'countyAdmin') {
      await tx
        .insertInto('county_admin')
        .values({ resident_id: residentId, county: scope })
        .onConflict((oc) => oc.columns(['resident_id', 'county']).doNothing())
        .execute();
    } else if (role === 'agent') {
      await tx
        .insertInto('agent_member')
        .values({ resident_id: residentId, center_id: scope })
        .onConflict((oc) => oc.columns(['resident_id', 'center_id']).doNothing())
        .execute();
    } else {
      const staffRole = role === 'centerAdmin' ? 'admin' : 'clerk';
      await tx
        .insertInto('staff_member')
        .values({ resident_id: residentId, center_id: scope, role: staffRole })
        .onConflict((oc) => oc.columns(['resident_id', 'center_id']).doUpdateSet({ role: staffRole }))
        .execute();
    }
  }

  async dropGrant(
    tx: Transaction<Database>,
    kind: 'county' | 'staff' | 'agent',
    residentId: string,
    scope: string,
  ): Promise<void> {
    if (kind === 'county')
      await tx.deleteFrom('county_admin').where('resident_id', '=', residentId).where('county', '=', scope).execute();
    else if (kind === 'staff')
      await tx
        .deleteFrom('staff_member')
        .where('resident_id', '=', residentId)
        .where('center_id', '=', scope)
        .execute();
    else
      await tx
        .deleteFrom('agent_member')
        .where('resident_id', '=', residentId)
        .where('center_id', '=', scope)
        .execute();
  }

  /** Writes an audit line in the transaction of the change it records (null: a change made by one statement). */
  async audit(tx: Transaction<Database> | null, entry: AuditInput): Promise<void> {
    await (tx ?? this.db)
      .insertInto('admin_audit')
      .values({
        actor_id: entry.actorId,
        action: entry.action,
        county: entry.county,
        center_id: entry.centerId,
        target: entry.target,
        before: entry.before === null ? null : JSON.stringify(entry.before),
        after: entry.after === null ? null : JSON.stringify(entry.after),
      })
      .execute();
  }

  /** Newest first, `limit` lines of these counties, before the line with id `before` (exclusive). */
  async auditPage(counties: string[], before: string | null, limit: number): Promise<AuditRow[]> {
    if (counties.length === 0) return [];
    let q = this.db
      .selectFrom('admin_audit')
      .leftJoin('resident', 'resident.id', 'admin_audit.actor_id')
      .select([
        sql<string>`admin_audit.id::text`.as('id'),
        'admin_audit.at',
        'admin_audit.actor_id',
        'resident.name_enc as actor_name_enc',
        'admin_audit.action',
        'admin_audit.county',
        'admin_audit.center_id',
        'admin_audit.target',
        'admin_audit.before',
        'admin_audit.after',
      ])
      .where('admin_audit.county', 'in', counties)
      .orderBy('admin_audit.id', 'desc')
      .limit(limit);
    if (before !== null) q = q.where('admin_audit.id', '<', before);
    return (await q.execute()) as AuditRow[];
  }
}

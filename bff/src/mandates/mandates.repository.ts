import { Injectable } from '@nestjs/common';
import { type Selectable, type Transaction } from 'kysely';
import { randomId } from '../common/random';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database, MandateActionTable, MandateTable } from '../database/database.types';

export type MandateRow = Selectable<MandateTable>;
export type MandateActionRow = Selectable<MandateActionTable>;

export interface NewMandate {
  id: string;
  principalId: string;
  helperId: string;
  kind: 'agent' | 'family';
  centerId: string | null;
  level: 'query' | 'handle';
  matters: { code: string; name: string }[];
  licenceTypes: { code: string; name: string }[];
  grantedVia: MandateRow['granted_via'];
  proof: Record<string, string>;
  expiresAt: Date;
  grantKey: string;
  requestHash: string;
}

/** 委托, agents and the 代办记录: the only SQL of mandates. */
@Injectable()
export class MandatesRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Read fresh on every acting request: a revocation on any instance is in force on the next request everywhere. */
  async find(id: string): Promise<MandateRow | null> {
    return (await this.db.selectFrom('mandate').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
  }

  async byGrantKey(principalId: string, grantKey: string): Promise<MandateRow | null> {
    return (
      (await this.db
        .selectFrom('mandate')
        .selectAll()
        .where('principal_id', '=', principalId)
        .where('grant_key', '=', grantKey)
        .executeTakeFirst()) ?? null
    );
  }

  /** The 委托 a helper's read-back request made (its grant key names the request, not the principal). */
  async byHelperGrantKey(helperId: string, grantKey: string): Promise<MandateRow | null> {
    return (
      (await this.db
        .selectFrom('mandate')
        .selectAll()
        .where('helper_id', '=', helperId)
        .where('grant_key', '=', grantKey)
        .executeTakeFirst()) ?? null
    );
  }

  /**
   * Records a 委托, inside `tx` when it must land with another write (a principal new to the app). The principal's
   * row is locked first, so two grants at once count each other against the family limit.
   */
  async insert(
    m: NewMandate,
    tx: Transaction<Database>,
    check: (otherFamilyHelpers: number) => void,
  ): Promise<{ row: MandateRow; replayed: boolean }> {
    await tx.selectFrom('resident').select('id').where('id', '=', m.principalId).forUpdate().execute();
    const first = await tx
      .selectFrom('mandate')
      .selectAll()
      .where('principal_id', '=', m.principalId)
      .where('grant_key', '=', m.grantKey)
      .executeTakeFirst();
    if (first) return { row: first, replayed: true };
    const family = await tx
      .selectFrom('mandate')
      .select(({ fn }) => fn.count<string>('helper_id').distinct().as('n'))
      .where('principal_id', '=', m.principalId)
      .where('kind', '=', 'family')
      .where('helper_id', '<>', m.helperId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', new Date())
      .executeTakeFirstOrThrow();
    check(Number(family.n));
    const row = await tx
      .insertInto('mandate')
      .values({
        id: m.id,
        principal_id: m.principalId,
        helper_id: m.helperId,
        kind: m.kind,
        center_id: m.centerId,
        level: m.level,
        matters: JSON.stringify(m.matters),
        licence_types: JSON.stringify(m.licenceTypes),
        granted_via: m.grantedVia,
        proof: JSON.stringify(m.proof),
        expires_at: m.expiresAt,
        grant_key: m.grantKey,
        request_hash: m.requestHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { row, replayed: false };
  }

  async inTransaction<T>(run: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(run);
  }

  /** Every 委托 where the resident is principal or helper, newest first. */
  async involving(residentId: string): Promise<MandateRow[]> {
    return this.db
      .selectFrom('mandate')
      .selectAll()
      .where((eb) => eb.or([eb('principal_id', '=', residentId), eb('helper_id', '=', residentId)]))
      .orderBy('granted_at', 'desc')
      .limit(200)
      .execute();
  }

  /** Ends a 委托 still in force; null when there was none to end (already revoked, or not found). */
  async revoke(id: string, by: 'principal' | 'helper'): Promise<MandateRow | null> {
    return (
      (await this.db
        .updateTable('mandate')
        .set({ revoked_at: new Date(), revoked_by: by })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst()) ?? null
    );
  }

  /** The 委托 in force now of a principal that cover a matter: whose helpers are told of its steps. */
  async coveringNow(principalId: string, matterCode: string): Promise<MandateRow[]> {
    const rows = await this.db
      .selectFrom('mandate')
      .selectAll()
      .where('principal_id', '=', principalId)
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', new Date())
      .execute();
    return rows.filter((r) => r.matters.some((m) => m.code === matterCode));
  }

  async isAgentOf(residentId: string, centerId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('agent_member')
      .select('center_id')
      .where('resident_id', '=', residentId)
      .where('center_id', '=', centerId)
      .executeTakeFirst();
    return row !== undefined;
  }

  async agentCenters(residentId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('agent_member')
      .select('center_id')
      .where('resident_id', '=', residentId)
      .orderBy('center_id')
      .execute();
    return rows.map((r) => r.center_id);
  }

  async grantAgent(residentId: string, centerId: string): Promise<void> {
    await this.db
      .insertInto('agent_member')
      .values({ resident_id: residentId, center_id: centerId })
      .onConflict((oc) => oc.doNothing())
      .execute();
  }

  async removeAgent(residentId: string, centerId: string): Promise<void> {
    await this.db
      .deleteFrom('agent_member')
      .where('resident_id', '=', residentId)
      .where('center_id', '=', centerId)
      .execute();
  }

  async record(a: {
    mandateId: string;
    principalId: string;
    action: string;
    matterName: string | null;
    subjectId: string | null;
  }): Promise<void> {
    await this.db
      .insertInto('mandate_action')
      .values({
        id: randomId(),
        mandate_id: a.mandateId,
        principal_id: a.principalId,
        action: a.action,
        matter_name: a.matterName,
        subject_id: a.subjectId,
      })
      .execute();
  }

  /** Agent 委托 of these centers granted in [start, end), with every 代办记录 line under them (for the figures). */
  async agentFacts(
    centers: string[],
    start: Date,
    end: Date,
  ): Promise<{
    mandates: Pick<MandateRow, 'id' | 'center_id' | 'principal_id' | 'granted_at'>[];
    actions: MandateActionRow[];
  }> {
    if (centers.length === 0) return { mandates: [], actions: [] };
    const mandates = await this.db
      .selectFrom('mandate')
      .select(['id', 'center_id', 'principal_id', 'granted_at'])
      .where('kind', '=', 'agent')
      .where('center_id', 'in', centers)
      .where('granted_at', '>=', start)
      .where('granted_at', '<', end)
      .execute();
    const ids = mandates.map((m) => m.id);
    const actions = ids.length
      ? await this.db.selectFrom('mandate_action').selectAll().where('mandate_id', 'in', ids).execute()
      : [];
    return { mandates, actions };
  }

  async actionsOf(mandateId: string): Promise<MandateActionRow[]> {
    return this.db
      .selectFrom('mandate_action')
      .selectAll()
      .where('mandate_id', '=', mandateId)
      .orderBy('at', 'desc')
      .limit(500)
      .execute();
  }
}

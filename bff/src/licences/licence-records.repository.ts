import { Injectable } from '@nestjs/common';
import { CompiledQuery } from 'kysely';
import type { LicenceConsent, LicenceUse, LicenceUseAction } from '@zsb/contracts';
import { toShanghaiIso } from '../common/time';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';

export interface NewUse {
  id: string;
  residentId: string;
  licenceId: string;
  typeName: string;
  action: LicenceUseAction;
  actor: LicenceUse['actor'];
  actorResidentId?: string;
  purpose: string;
}

// Every licence read, 亮证码 and verification writes one use-log row: the statement is written once here rather than
// built and compiled by Kysely on each call (that was ~3% of a 亮证 request's CPU).
const INSERT_USE =
  'INSERT INTO licence_use (id, resident_id, licence_id, type_name, action, actor, actor_resident_id, purpose) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)';

/** The use log and the consents: the only SQL of licences. Every query is scoped to one resident. */
@Injectable()
export class LicenceRecordsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  async logUse(use: NewUse): Promise<void> {
    await this.db.executeQuery(
      CompiledQuery.raw(INSERT_USE, [
        use.id,
        use.residentId,
        use.licenceId,
        use.typeName,
        use.action,
        use.actor,
        use.actorResidentId ?? null,
        use.purpose,
      ]),
    );
  }

  /** Takes back a row written ahead of an action that then did not happen (only ever the resident's own). */
  async withdrawUse(residentId: string, id: string): Promise<void> {
    await this.db.deleteFrom('licence_use').where('id', '=', id).where('resident_id', '=', residentId).execute();
  }

  async uses(
    residentId: string,
    limit: number,
  ): Promise<(Omit<LicenceUse, 'actorNameMasked'> & { actorResidentId: string | null })[]> {
    const rows = await this.db
      .selectFrom('licence_use')
      .selectAll()
      .where('resident_id', '=', residentId)
      .orderBy('at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      licenceId: r.licence_id,
      typeName: r.type_name,
      action: r.action,
      actor: r.actor,
      actorResidentId: r.actor_resident_id,
      purpose: r.purpose,
      at: toShanghaiIso(r.at),
    }));
  }

  /** Grants a consent, or answers the active one already there (granting twice changes nothing). */
  async grant(
    consent: Omit<LicenceConsent, 'grantedAt' | 'revokedAt'> & { residentId: string },
  ): Promise<LicenceConsent> {
    await this.db
      .insertInto('licence_consent')
      .values({
        id: consent.id,
        resident_id: consent.residentId,
        type_code: consent.typeCode,
        type_name: consent.typeName,
        matter_code: consent.matterCode,
        matter_name: consent.matterName,
        purpose: consent.purpose,
      })
      .onConflict((oc) =>
        oc.columns(['resident_id', 'type_code', 'matter_code']).where('revoked_at', 'is', null).doNothing(),
      )
      .execute();
    const active = await this.consents(consent.residentId, {
      typeCode: consent.typeCode,
      matterCode: consent.matterCode,
      activeOnly: true,
    });
    return active[0];
  }

  async consents(
    residentId: string,
    filter: { typeCode?: string; matterCode?: string; activeOnly?: boolean } = {},
  ): Promise<LicenceConsent[]> {
    let q = this.db.selectFrom('licence_consent').selectAll().where('resident_id', '=', residentId);
    if (filter.typeCode) q = q.where('type_code', '=', filter.typeCode);
    if (filter.matterCode) q = q.where('matter_code', '=', filter.matterCode);
    if (filter.activeOnly) q = q.where('revoked_at', 'is', null);
    const rows = await q.orderBy('granted_at', 'desc').orderBy('id').execute();
    return rows.map((r) => ({
      id: r.id,
      typeCode: r.type_code,
      typeName: r.type_name,
      matterCode: r.matter_code,
      matterName: r.matter_name,
      purpose: r.purpose,
      grantedAt: toShanghaiIso(r.granted_at),
      revokedAt: r.revoked_at ? toShanghaiIso(r.revoked_at) : null,
    }));
  }

  /** true when this resident had this consent active and it is now revoked. */
  async revoke(residentId: string, consentId: string): Promise<boolean> {
    const res = await this.db
      .updateTable('licence_consent')
      .set({ revoked_at: new Date() })
      .where('id', '=', consentId)
      .where('resident_id', '=', residentId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) > 0;
  }
}

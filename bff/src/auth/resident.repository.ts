import { Injectable } from '@nestjs/common';
import type { Db } from '../database/connection';
import { TtlCache } from '../common/ttl-cache';
import { DatabaseConnection } from '../database/database.module';

export interface ResidentRow {
  id: string;
  nameEnc: string | null;
  idNumberEnc: string | null;
  idNumberHash: string | null;
  phoneEnc: string | null;
  verifiedAt: Date | null;
}

export interface VerifiedIdentity {
  nameEnc: string;
  idNumberEnc: string;
  idNumberHash: string;
  phoneEnc: string;
  phoneHash: string;
  consentVersion: string;
}

/** Residents' rows: the only SQL that touches their (encrypted) personal data. */
@Injectable()
export class ResidentRepository {
  // Verified rows only (still encrypted): a verified identity does not change, so every signed-in licence or
  // application request need not read it again. Unverified rows are never cached, so 实名认证 on one instance is
  // seen by all at once.
  private readonly verified = new TtlCache<string, ResidentRow>(60_000, 50_000);

  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  async find(id: string): Promise<ResidentRow | null> {
    const cached = this.verified.get(id);
    if (cached) return cached;
    const row = await this.db
      .selectFrom('resident')
      .select(['id', 'name_enc', 'id_number_enc', 'id_number_hash', 'phone_enc', 'verified_at'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const found = { id: row.id, nameEnc: row.name_enc, idNumberEnc: row.id_number_enc, idNumberHash: row.id_number_hash, phoneEnc: row.phone_enc, verifiedAt: row.verified_at };
    if (found.verifiedAt) this.verified.set(id, found);
    return found;
  }

  /**
   * Records a verified identity on `residentId`, or, when another resident already holds this ID number, moves
   * this resident's sign-ins to that one (the same person signed in from WeChat and from Alipay) and answers its
   * id. One transaction; the unique index on the hash settles two verifications racing for one ID number.
   */
  async verify(residentId: string, identity: VerifiedIdentity): Promise<{ residentId: string; merged: boolean }> {
    const result = await this.db.transaction().execute(async (tx) => {
      const holder = await tx
        .selectFrom('resident')
        .select('id')
        .where('id_number_hash', '=', identity.idNumberHash)
        .forUpdate()
        .executeTakeFirst();
      const values = {
        name_enc: identity.nameEnc,
        id_number_enc: identity.idNumberEnc,
        phone_enc: identity.phoneEnc,
        phone_hash: identity.phoneHash,
        consent_version: identity.consentVersion,
        consent_at: new Date(),
      };
      if (holder && holder.id !== residentId) {
        await tx.updateTable('resident').set(values).where('id', '=', holder.id).execute();
        await tx.updateTable('sign_in').set({ resident_id: holder.id }).where('resident_id', '=', residentId).execute();
        await tx.updateTable('resident').set({ merged_into: holder.id }).where('id', '=', residentId).execute();
        return { residentId: holder.id, merged: true };
      }
      await tx
        .updateTable('resident')
        .set({ ...values, id_number_hash: identity.idNumberHash, verified_at: holder ? undefined : new Date() })
        .where('id', '=', residentId)
        .execute();
      return { residentId, merged: false };
    });
    // A re-verification (a new phone) rewrites the row: read it fresh next time.
    this.verified.delete(residentId);
    this.verified.delete(result.residentId);
    return result;
  }
}

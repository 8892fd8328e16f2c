import { Injectable } from '@nestjs/common';
import type { Transaction } from 'kysely';
import { randomId } from '../common/random';
import type { Db } from '../database/connection';
import type { Database } from '../database/database.types';
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

/** Residents' rows: the only SQL that touches their (encrypted) personal data. */
@Injectable()
export class ResidentRepository {
  // Verified rows only (still encrypted): a verified identity does not change (its phone rarely does, and a
  // changed phone reaches other instances within the minute), so every signed-in licence or application request
  // need not read it again. Unverified rows are never cached, so 实名认证 on one instance is seen by all at once.
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
    const found = {
      id: row.id,
      nameEnc: row.name_enc,
      idNumberEnc: row.id_number_enc,
      idNumberHash: row.id_number_hash,
      phoneEnc: row.phone_enc,
      verifiedAt: row.verified_at,
    };
    if (found.verifiedAt) this.verified.set(id, found);
    return found;
  }

  /** Whether the resident has ever signed in (someone a helper brought in by the read-back path may never have). */
  async hasSignIn(id: string): Promise<boolean> {
    const row = await this.db.selectFrom('sign_in').select('subject').where('resident_id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  /** The verified resident holding an ID number (by its keyed hash), if any. */
  async findByIdNumberHash(idNumberHash: string): Promise<ResidentRow | null> {
    const row = await this.db
      .selectFrom('resident')
      .select('id')
      .where('id_number_hash', '=', idNumberHash)
      .executeTakeFirst();
    return row ? this.find(row.id) : null;
  }

  /**
   * Runs the steps of one binding (实名认证, a sign-in joining a resident, a phone change) in one transaction. The
   * service decides; the steps only read, lock and write. Caches are dropped afterwards for every resident touched.
   */
  async binding<T>(run: (steps: BindingSteps) => Promise<T>): Promise<T> {
    const touched = new Set<string>();
    try {
      return await this.db.transaction().execute((tx) => run(new BindingSteps(tx, touched)));
    } finally {
      for (const id of touched) this.verified.delete(id);
    }
  }
}

export interface StoredIdentity {
  nameEnc: string;
  idNumberEnc: string;
  idNumberHash: string;
}

export interface IdentityEvent {
  residentId: string;
  kind: 'verified' | 'joined' | 'phone-changed';
  proof: 'self' | 'window';
  signInMethod?: string;
  staffResidentId?: string;
  centerId?: string;
}

/** The reads and writes of a binding, inside the caller's transaction. */
export class BindingSteps {
  constructor(
    private readonly tx: Transaction<Database>,
    private readonly touched: Set<string>,
  ) {}

  /** The binding's transaction, for a write of another feature that must land with it or not at all. */
  get transaction(): Transaction<Database> {
    return this.tx;
  }

  /**
   * A verified resident with no sign-in yet: someone a helper serves who has never used the app (三要素 checked by
   * the identity service, their phone proven by a code read back). Signing in later joins this row by proving
   * the same phone, like any other verified resident.
   */
  async createVerified(identity: StoredIdentity, phone: { enc: string; hash: string }): Promise<string> {
    const id = randomId();
    await this.tx
      .insertInto('resident')
      .values({
        id,
        name_enc: identity.nameEnc,
        id_number_enc: identity.idNumberEnc,
        id_number_hash: identity.idNumberHash,
        phone_enc: phone.enc,
        phone_hash: phone.hash,
        verified_at: new Date(),
      })
      .execute();
    return id;
  }

  /** The resident holding an ID number, locked until the transaction ends. */
  async lockHolder(
    idNumberHash: string,
  ): Promise<{ id: string; phoneHash: string | null; phoneEnc: string | null } | null> {
    const row = await this.tx
      .selectFrom('resident')
      .select(['id', 'phone_hash', 'phone_enc'])
      .where('id_number_hash', '=', idNumberHash)
      .forUpdate()
      .executeTakeFirst();
    return row ? { id: row.id, phoneHash: row.phone_hash, phoneEnc: row.phone_enc } : null;
  }

  /** A resident's own row, locked: whose ID number it already holds, if any. */
  async lockResident(id: string): Promise<{ idNumberHash: string | null } | null> {
    const row = await this.tx
      .selectFrom('resident')
      .select(['id_number_hash'])
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    return row ? { idNumberHash: row.id_number_hash } : null;
  }

  async setIdentity(residentId: string, identity: StoredIdentity, consentVersion: string): Promise<void> {
    this.touched.add(residentId);
    await this.tx
      .updateTable('resident')
      .set({
        name_enc: identity.nameEnc,
        id_number_enc: identity.idNumberEnc,
        id_number_hash: identity.idNumberHash,
        verified_at: new Date(),
        consent_version: consentVersion,
        consent_at: new Date(),
      })
      .where('id', '=', residentId)
      .execute();
  }

  async setPhone(residentId: string, phone: { enc: string; hash: string }): Promise<void> {
    this.touched.add(residentId);
    await this.tx
      .updateTable('resident')
      .set({ phone_enc: phone.enc, phone_hash: phone.hash })
      .where('id', '=', residentId)
      .execute();
  }

  async renewConsent(residentId: string, consentVersion: string): Promise<void> {
    this.touched.add(residentId);
    await this.tx
      .updateTable('resident')
      .set({ consent_version: consentVersion, consent_at: new Date() })
      .where('id', '=', residentId)
      .execute();
  }

  /** Moves every sign-in of `fromId` to `toId` and leaves `fromId` pointing there (the same person). */
  async moveSignIns(fromId: string, toId: string): Promise<void> {
    this.touched.add(fromId).add(toId);
    await this.tx.updateTable('sign_in').set({ resident_id: toId }).where('resident_id', '=', fromId).execute();
    await this.tx.updateTable('resident').set({ merged_into: toId }).where('id', '=', fromId).execute();
  }

  async recordEvent(event: IdentityEvent): Promise<void> {
    await this.tx
      .insertInto('identity_event')
      .values({
        id: randomId(),
        resident_id: event.residentId,
        kind: event.kind,
        proof: event.proof,
        sign_in_method: event.signInMethod ?? null,
        staff_resident_id: event.staffResidentId ?? null,
        center_id: event.centerId ?? null,
      })
      .execute();
  }
}

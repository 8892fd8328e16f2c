import { Injectable } from '@nestjs/common';
import { DatabaseConnection } from '../database/database.module';
import type { Db } from '../database/connection';

export type SignInMethod = 'wechat' | 'alipay' | 'h5';
export type RevokedReason = 'logout' | 'refresh-reuse' | 'merged';

/** Sign-ins, session families and refresh tokens: the only SQL of sessions. */
@Injectable()
export class SessionRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** The resident a WeChat/Alipay/H5 subject leads to, creating an unverified one on first sign-in. */
  async residentForSignIn(method: SignInMethod, subject: string, newResidentId: string): Promise<string> {
    return this.db.transaction().execute(async (tx) => {
      const found = await tx
        .updateTable('sign_in')
        .set({ last_used_at: new Date() })
        .where('method', '=', method)
        .where('subject', '=', subject)
        .returning('resident_id')
        .executeTakeFirst();
      if (found) return found.resident_id;
      await tx.insertInto('resident').values({ id: newResidentId }).execute();
      // Two first sign-ins racing: the loser's insert does nothing and it reads the winner's row.
      await tx
        .insertInto('sign_in')
        .values({ method, subject, resident_id: newResidentId })
        .onConflict((oc) => oc.doNothing())
        .execute();
      const row = await tx
        .selectFrom('sign_in')
        .select('resident_id')
        .where('method', '=', method)
        .where('subject', '=', subject)
        .executeTakeFirstOrThrow();
      if (row.resident_id !== newResidentId) await tx.deleteFrom('resident').where('id', '=', newResidentId).execute();
      return row.resident_id;
    });
  }

  async createFamily(id: string, residentId: string, method: SignInMethod): Promise<void> {
    await this.db.insertInto('session_family').values({ id, resident_id: residentId, method }).execute();
  }

  async addRefreshToken(tokenHash: string, familyId: string, expiresAt: Date): Promise<void> {
    await this.db
      .insertInto('refresh_token')
      .values({ token_hash: tokenHash, family_id: familyId, expires_at: expiresAt })
      .execute();
  }

  /**
   * Marks a refresh token used, in one statement, so two concurrent refreshes cannot both succeed.
   * 'reused' when it had been used before (the caller revokes the family).
   */
  async useRefreshToken(
    tokenHash: string,
  ): Promise<
    | { outcome: 'ok'; familyId: string; residentId: string; method: SignInMethod }
    | { outcome: 'reused'; familyId: string }
    | { outcome: 'invalid' }
  > {
    const now = new Date();
    const used = await this.db
      .updateTable('refresh_token')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('family_id')
      .executeTakeFirst();
    if (!used) {
      const known = await this.db
        .selectFrom('refresh_token')
        .select(['family_id', 'used_at'])
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
      return known?.used_at ? { outcome: 'reused', familyId: known.family_id } : { outcome: 'invalid' };
    }
    const family = await this.activeFamily(used.family_id);
    return family
      ? { outcome: 'ok', familyId: used.family_id, residentId: family.residentId, method: family.method }
      : { outcome: 'invalid' };
  }

  async activeFamily(familyId: string): Promise<{ residentId: string; method: SignInMethod } | null> {
    const row = await this.db
      .selectFrom('session_family')
      .select(['resident_id', 'method'])
      .where('id', '=', familyId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return row ? { residentId: row.resident_id, method: row.method as SignInMethod } : null;
  }

  async revokeFamily(familyId: string, reason: RevokedReason): Promise<void> {
    await this.db
      .updateTable('session_family')
      .set({ revoked_at: new Date(), revoked_reason: reason })
      .where('id', '=', familyId)
      .where('revoked_at', 'is', null)
      .execute();
  }

  async signInMethods(residentId: string): Promise<SignInMethod[]> {
    const rows = await this.db
      .selectFrom('sign_in')
      .select('method')
      .where('resident_id', '=', residentId)
      .orderBy('method')
      .execute();
    return [...new Set(rows.map((r) => r.method))];
  }

  /** Ends every session of a resident (its sign-ins moved to another resident at a window). Answers the family ids. */
  async revokeFamiliesOf(residentId: string, reason: RevokedReason): Promise<string[]> {
    const rows = await this.db
      .updateTable('session_family')
      .set({ revoked_at: new Date(), revoked_reason: reason })
      .where('resident_id', '=', residentId)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Keeps (or clears) what the provincial identity service verified of an H5 sign-in's person, encrypted. */
  async rememberSignInIdentity(method: SignInMethod, subject: string, identityEnc: string | null): Promise<void> {
    await this.db
      .updateTable('sign_in')
      .set({ identity_enc: identityEnc })
      .where('method', '=', method)
      .where('subject', '=', subject)
      .execute();
  }

  /** The most recent verified identity any of the resident's sign-ins came with (encrypted), if one did. */
  async signInIdentityOf(residentId: string): Promise<string | null> {
    const row = await this.db
      .selectFrom('sign_in')
      .select('identity_enc')
      .where('resident_id', '=', residentId)
      .where('identity_enc', 'is not', null)
      .orderBy('last_used_at', 'desc')
      .executeTakeFirst();
    return row?.identity_enc ?? null;
  }
}

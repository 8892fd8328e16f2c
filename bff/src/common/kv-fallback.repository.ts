import { sql } from 'kysely';
import type { DatabaseConnection } from '../database/database.module';

/** What the table says of a key: never stored (or expired), used or deleted, or a value. */
export type Stored = { kind: 'absent' } | { kind: 'gone' } | { kind: 'value'; json: string };

const stored = (row: { value: string | null } | undefined): Stored =>
  !row ? { kind: 'absent' } : row.value === null ? { kind: 'gone' } : { kind: 'value', json: row.value };

/**
 * The key-value store's values in the database (table kv_fallback), for while Redis cannot be reached. Lifetimes are
 * counted on the database's clock, so every instance agrees when a value has expired.
 */
export class KeyValueFallbackRepository {
  constructor(private readonly database: DatabaseConnection) {}

  async put(key: string, json: string, ttlSec: number): Promise<void> {
    const expiresAt = sql<Date>`now() + make_interval(secs => ${ttlSec})`;
    await this.database.db
      .insertInto('kv_fallback')
      .values({ key, value: json, expires_at: expiresAt })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json, expires_at: expiresAt }))
      .execute();
  }

  async get(key: string): Promise<Stored> {
    return stored(
      await this.database.db
        .selectFrom('kv_fallback')
        .select('value')
        .where('key', '=', key)
        .where('expires_at', '>', sql<Date>`now()`)
        .executeTakeFirst(),
    );
  }

  /**
   * Marks the value used and answers it, in one statement: of two instances taking it at once one gets it (the
   * other's update finds the value already NULL and answers 'gone').
   */
  async take(key: string): Promise<Stored> {
    const { rows } = await sql<{ taken: string | null; present: boolean }>`
      WITH taken AS (
        UPDATE kv_fallback k SET value = NULL FROM (SELECT value FROM kv_fallback WHERE key = ${key}) old
        WHERE k.key = ${key} AND k.value IS NOT NULL AND k.expires_at > now()
        RETURNING old.value
      )
      SELECT (SELECT value FROM taken) AS taken, EXISTS (SELECT 1 FROM kv_fallback WHERE key = ${key} AND expires_at > now()) AS present`.execute(
      this.database.db,
    );
    const { taken, present } = rows[0];
    return taken !== null ? { kind: 'value', json: taken } : present ? { kind: 'gone' } : { kind: 'absent' };
  }

  /** Marks the key deleted for `ttlSec` (or until its value would have expired, if later). */
  async forget(key: string, ttlSec: number): Promise<void> {
    await this.database.db
      .insertInto('kv_fallback')
      .values({ key, value: null, expires_at: sql<Date>`now() + make_interval(secs => ${ttlSec})` })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: null }))
      .execute();
  }

  async delete(key: string): Promise<void> {
    await this.database.db.deleteFrom('kv_fallback').where('key', '=', key).execute();
  }

  async deleteExpired(): Promise<number> {
    const result = await this.database.db
      .deleteFrom('kv_fallback')
      .where('expires_at', '<=', sql<Date>`now()`)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}

import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { DatabaseConnection } from '../database/database.module';
import type { CatalogCenter, CatalogMatter, CatalogTheme } from '../model/catalog.types';

export interface SnapshotMeta {
  id: number;
  version: string;
  syncedAt: Date;
}

export interface SnapshotContent {
  matters: CatalogMatter[];
  themes: CatalogTheme[];
  centers: CatalogCenter[];
}

// Only one instance writes a snapshot at a time; the others skip their turn and load the result.
const SYNC_LOCK = 72_615_002;
const CHUNK = 100;

@Injectable()
export class CatalogRepository {
  constructor(private readonly database: DatabaseConnection) {}

  async findActiveMeta(): Promise<SnapshotMeta | null> {
    const row = await this.database.db
      .selectFrom('catalog_snapshot')
      .select(['id', 'version', 'synced_at'])
      .where('status', '=', 'active')
      .executeTakeFirst();
    return row ? { id: row.id, version: row.version, syncedAt: row.synced_at } : null;
  }

  async loadContent(snapshotId: number): Promise<SnapshotContent> {
    const db = this.database.db;
    const [matters, themes, centers] = await Promise.all([
      db.selectFrom('matter').select('guide').where('snapshot_id', '=', snapshotId).orderBy('code').execute(),
      db.selectFrom('theme').select('body').where('snapshot_id', '=', snapshotId).orderBy('position').execute(),
      db.selectFrom('center').select('body').where('snapshot_id', '=', snapshotId).orderBy('id').execute(),
    ]);
    return {
      matters: matters.map((r) => r.guide as CatalogMatter),
      themes: themes.map((r) => r.body as CatalogTheme),
      centers: centers.map((r) => r.body as CatalogCenter),
    };
  }

  /** Marks the active snapshot as confirmed current by the platform just now. */
  async touchActive(id: number): Promise<void> {
    await this.database.db
      .updateTable('catalog_snapshot')
      .set({ synced_at: new Date() })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Writes a whole snapshot and makes it the active one in a single transaction, so readers see the old
   * snapshot or the new one, never a mix. Returns null when another instance holds the sync lock.
   */
  async saveAndActivate(version: string, content: SnapshotContent): Promise<SnapshotMeta | null> {
    return this.database.db.transaction().execute(async (trx) => {
      const { rows } = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${SYNC_LOCK}) AS locked`.execute(
        trx,
      );
      if (!rows[0]?.locked) return null;
      const snapshot = await trx
        .insertInto('catalog_snapshot')
        .values({
          version,
          status: 'building',
          matter_count: content.matters.length,
          theme_count: content.themes.length,
          center_count: content.centers.length,
        })
        .returning(['id', 'synced_at'])
        .executeTakeFirstOrThrow();
      const id = snapshot.id;
      for (let i = 0; i < content.matters.length; i += CHUNK) {
        await trx
          .insertInto('matter')
          .values(
            content.matters.slice(i, i + CHUNK).map((m) => ({
              snapshot_id: id,
              code: m.code,
              name: m.name,
              domain_code: m.domain,
              popularity: m.popularity,
              updated_at: new Date(m.updatedAt),
              guide: JSON.stringify(m),
            })),
          )
          .execute();
      }
      if (content.themes.length) {
        await trx
          .insertInto('theme')
          .values(
            content.themes.map((t, position) => ({ snapshot_id: id, id: t.id, position, body: JSON.stringify(t) })),
          )
          .execute();
      }
      for (let i = 0; i < content.centers.length; i += CHUNK) {
        await trx
          .insertInto('center')
          .values(
            content.centers.slice(i, i + CHUNK).map((c) => ({
              snapshot_id: id,
              id: c.id,
              name: c.name,
              kind: c.kind,
              gcj02_lat: c.gcj02.lat,
              gcj02_lng: c.gcj02.lng,
              body: JSON.stringify(c),
            })),
          )
          .execute();
      }
      await trx.updateTable('catalog_snapshot').set({ status: 'retired' }).where('status', '=', 'active').execute();
      await trx.updateTable('catalog_snapshot').set({ status: 'active' }).where('id', '=', id).execute();
      return { id, version, syncedAt: snapshot.synced_at };
    });
  }

  /** Deletes retired snapshots beyond the newest `keep` (their rows go by ON DELETE CASCADE). */
  async pruneRetired(keep: number): Promise<number> {
    const stale = await this.database.db
      .selectFrom('catalog_snapshot')
      .select('id')
      .where('status', '!=', 'active')
      .orderBy('id', 'desc')
      .offset(keep)
      .limit(1000)
      .execute();
    if (!stale.length) return 0;
    await this.database.db
      .deleteFrom('catalog_snapshot')
      .where(
        'id',
        'in',
        stale.map((r) => r.id),
      )
      .execute();
    return stale.length;
  }
}

import type { MatterGuide, MatterPage } from '@zsb/contracts';
import { CatalogSyncService } from '../../bff/src/catalog/catalog-sync.service';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close(), 120_000);

const touch = async (codes: string[]): Promise<void> => {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/catalog/touch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ task_codes: codes }),
  });
  expect(res.status).toBe(200);
};

describe('catalog sync', () => {
  it('does nothing when the platform’s version has not moved', async () => {
    expect(await sys.app.get(CatalogSyncService).syncNow()).toBe('unchanged');
  });

  it('takes a changed guide into a new snapshot version, and keeps the previous one for rollback', async () => {
    const before = await sys.get<MatterPage>('/api/v1/matters?pageSize=1');
    const code = before.body.items[0].code;
    const oldGuide = await sys.get<MatterGuide>(`/api/v1/matters/${code}`);
    await touch([code]);

    expect(await sys.app.get(CatalogSyncService).syncNow()).toBe('updated');
    const after = await sys.get<MatterGuide>(`/api/v1/matters/${code}`);
    expect(after.headers.get('x-catalog-version')).not.toBe(before.headers.get('x-catalog-version'));
    expect(after.body.catalogVersion).toBe(after.headers.get('x-catalog-version'));
    expect(Date.parse(after.body.updatedAt)).toBeGreaterThan(Date.parse(oldGuide.body.updatedAt));

    const db = sys.app.get(DatabaseConnection).db;
    const snapshots = await db.selectFrom('catalog_snapshot').select(['status', 'version']).orderBy('id').execute();
    expect(snapshots.map((s) => s.status)).toEqual(['retired', 'active']);
    expect(snapshots[1].version).toBe(after.body.catalogVersion);
  });

  it('keeps only the configured number of snapshots as the catalog keeps changing', async () => {
    const { body } = await sys.get<MatterPage>('/api/v1/matters?pageSize=3');
    for (const m of body.items) {
      await touch([m.code]);
      expect(await sys.app.get(CatalogSyncService).syncNow()).toBe('updated');
    }
    const db = sys.app.get(DatabaseConnection).db;
    const rows = await db.selectFrom('catalog_snapshot').select('status').execute();
    expect(rows.filter((r) => r.status === 'active')).toHaveLength(1);
    expect(rows).toHaveLength(2); // config: keepSnapshots = 2
    const matters = await db
      .selectFrom('matter')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // Pruned snapshots take their guides with them: two snapshots' worth of rows remain.
    expect(Number(matters.n)).toBe(2 * body.total);
  });
});

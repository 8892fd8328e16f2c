import type { ErrorBody, HealthStatus, MatterGuide, MatterPage } from '@zsb/contracts';
import { CatalogSyncService } from '../../bff/src/catalog/catalog-sync.service';
import { startSystem, type RunningSystem } from '../support/system';

describe('when the provincial platform is down', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem();
  });
  afterAll(() => sys.close(), 120_000);

  it('keeps serving search and guides from the last snapshot and says it is stale', async () => {
    const fresh = await sys.get<MatterPage>('/api/v1/matters?q=%E4%BD%8E%E4%BF%9D');
    expect(fresh.headers.get('x-catalog-stale')).toBe('0');
    sys.sandbox.setFaults({ outage: true });
    expect(await sys.app.get(CatalogSyncService).syncNow()).toBe('failed');

    const stale = await sys.get<MatterPage>('/api/v1/matters?q=%E4%BD%8E%E4%BF%9D');
    expect(stale.status).toBe(200);
    expect(stale.headers.get('x-catalog-stale')).toBe('1');
    expect(stale.body.items.map((m) => m.code)).toEqual(fresh.body.items.map((m) => m.code));
    const guide = await sys.get<MatterGuide>(`/api/v1/matters/${stale.body.items[0].code}`);
    expect(guide.status).toBe(200);
    expect(guide.body.materials.length).toBeGreaterThan(0);
    expect((await sys.get<HealthStatus>('/health/ready')).status).toBe(200);
  });

  it('serves the snapshot from the database after a restart while the platform is still down', async () => {
    await sys.stopBff();
    await sys.restartBff();
    const page = await sys.get<MatterPage>('/api/v1/matters?pageSize=3');
    expect(page.status).toBe(200);
    expect(page.body.total).toBeGreaterThan(400);
    expect(page.headers.get('x-catalog-stale')).toBe('1');
  });

  it('clears the stale mark once the platform answers again', async () => {
    sys.sandbox.clearFaults();
    expect(await sys.app.get(CatalogSyncService).syncNow()).toMatch(/unchanged|updated/);
    const page = await sys.get<MatterPage>('/api/v1/matters?pageSize=3');
    expect(page.headers.get('x-catalog-stale')).toBe('0');
  });
});

describe('when the platform has never been reached', () => {
  let sys: RunningSystem;
  beforeAll(async () => {
    sys = await startSystem({ synced: false, sandboxFaults: { errorRate: 1 }, env: { UPSTREAM_TIMEOUT_MS: '200' } });
  });
  afterAll(() => sys.close(), 120_000);

  it('is not ready and says the guides are not available yet, instead of failing', async () => {
    expect(await sys.app.get(CatalogSyncService).syncNow()).toBe('failed');
    const ready = await sys.get<HealthStatus>('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.catalog).toBe('missing');
    const search = await sys.get<ErrorBody>('/api/v1/matters?q=abc');
    expect(search.status).toBe(503);
    expect(search.body.code).toBe('CATALOG_UNAVAILABLE');
    expect(search.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});

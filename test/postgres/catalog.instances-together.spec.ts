import { Client } from 'pg';
import { startSystem, type RunningSystem } from '../support/system';
import { waitFor } from '../support/wait';

// Two BFFs on one database is a PostgreSQL deployment: PGlite's folder lock refuses a second process by design, so
// this suite is in test/postgres/, a jest project that exists only when TEST_DATABASE_URL is set (`npm run test:pg`).
if (!process.env.TEST_DATABASE_URL) throw new Error('test/postgres/ needs TEST_DATABASE_URL (npm run test:pg)');

describe('BFFs started together on a fresh database', () => {
  let first: RunningSystem;
  let second: RunningSystem | undefined;
  let locker: Client | undefined;

  afterAll(async () => {
    await locker?.end().catch(() => undefined);
    await second?.close();
    await first?.close();
  }, 120_000);

  it('are all ready within seconds of the first, the loser of the sync lock taking the winner’s snapshot', async () => {
    // The platform fails until both are up, so neither has synced before the other starts.
    first = await startSystem({ synced: false, captureLogs: true, sandboxFaults: { errorRate: 1 } });
    const databaseUrl = first.databaseUrl as string;
    // Hold the winner's INSERT (after it took the sync lock) until the loser has found the lock taken and no snapshot:
    // the overlap two real instances get when their first syncs finish at about the same time.
    locker = new Client({ connectionString: databaseUrl });
    await locker.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE catalog_snapshot IN SHARE MODE');
    second = await startSystem({
      synced: false,
      captureLogs: true,
      env: { DATABASE_URL: databaseUrl, PLATFORM_URL: first.sandbox.url },
    });
    first.sandbox.setFaults({});

    // Both BFFs run in this process and Nest's logger is process-wide, so the lines of both land in the files of both.
    const syncLines = () =>
      [...first.logs(), ...(second as RunningSystem).logs()].filter((l) => l.context === 'CatalogSync');
    await waitFor(
      'a BFF to lose the sync lock',
      () => (syncLines().some((l) => l.outcome === 'skipped') ? true : undefined),
      { timeoutMs: 60_000, describe: syncLines },
    );
    const both = [first, second];
    const released = Date.now();
    await locker.query('COMMIT');

    const readiness = async () =>
      Promise.all(both.map(async (s) => (await (s as RunningSystem).get('/health/ready')).status));
    await waitFor('either BFF to be ready', async () => ((await readiness()).includes(200) ? true : undefined), {
      timeoutMs: 30_000,
    });
    await waitFor(
      'both BFFs to be ready',
      async () => ((await readiness()).every((s) => s === 200) ? true : undefined),
      {
        timeoutMs: 10_000,
        describe: syncLines,
      },
    );
    expect(Date.now() - released).toBeLessThan(5_000);
    const versions = await Promise.all(
      both.map(async (s) =>
        (await (s as RunningSystem).get('/api/v1/matters?pageSize=1')).headers.get('x-catalog-version'),
      ),
    );
    expect(versions[0]).toBe(versions[1]);
  }, 120_000);
});

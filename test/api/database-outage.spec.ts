import type { ErrorBody, HealthStatus, MatterPage, Session } from '@zsb/contracts';
import { Client } from 'pg';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { expectContractRefusal } from '../support/refusals';
import { post, sandboxResidents, wechatCode, type SandboxResident } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

// Issue 16, items 1 and 5: the BFF's own database goes away under load. Residents get a 503 DATABASE_UNAVAILABLE in
// the contract (never a 500, never a dead process), the catalog keeps answering from memory, and the BFF is back by
// itself when the database is. On PostgreSQL (npm run test:pg) the BFF reaches its database through a proxy this
// suite owns, so cutting it disturbs no other suite; on PGlite (npm test) the embedded database is stopped under the
// running BFF.

const signIn = async (sys: RunningSystem, resident: SandboxResident) =>
  post<Session & ErrorBody>(sys, '/api/v1/auth/wechat', { code: await wechatCode(sys, resident.wechat_openid) });

async function expectUnavailable(res: { status: number; headers: Headers; body: unknown }): Promise<void> {
  expectContractRefusal(res, { status: 503, code: 'DATABASE_UNAVAILABLE' });
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
}

if (process.env.TEST_DATABASE_URL) {
  describe('PostgreSQL going away under a running BFF', () => {
    let proxy: TcpProxy;
    let sys: RunningSystem;
    let residents: SandboxResident[];
    beforeAll(async () => {
      const admin = new URL(process.env.TEST_DATABASE_URL!);
      proxy = await startTcpProxy({ host: admin.hostname, port: Number(admin.port || 5432) });
      sys = await startSystem({ databaseUrlVia: (url) => proxy.via(url) });
      residents = await sandboxResidents(sys);
    });
    afterAll(async () => {
      await sys.close();
      await proxy.close();
    }, 120_000);

    it('answers 503 to the request whose transaction the server ended (pg_terminate_backend), lives on, and serves the next', async () => {
      // A session of the test's own (not through the proxy) locks a table the sign-in writes in its transaction, so
      // the sign-in is certainly mid-transaction on a checked-out connection when the server ends it.
      const holder = new Client({ connectionString: sys.databaseUrl! });
      await holder.connect();
      try {
        await holder.query('BEGIN');
        await holder.query('LOCK TABLE session_family IN ACCESS EXCLUSIVE MODE');
        const inFlight = signIn(sys, residents[0]);
        const { rows } = await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        const waiting = async () =>
          (
            await holder.query(
              `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> $1`,
              [rows[0].pid],
            )
          ).rowCount;
        for (let i = 0; i < 200 && !(await waiting()); i++) await new Promise((r) => setTimeout(r, 25));
        expect(await waiting()).toBe(1);
        await holder.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> $1',
          [rows[0].pid],
        );
        await holder.query('ROLLBACK');
        await expectUnavailable(await inFlight);
      } finally {
        await holder.end();
      }
      expect((await sys.get('/health/live')).status).toBe(200);
      const next = await signIn(sys, residents[0]);
      expect(next.status).toBe(200);
    });

    it('answers 503 to a statement cut off on the wire, then serves the next', async () => {
      proxy.freeze();
      const inFlight = signIn(sys, residents[1]);
      for (let i = 0; i < 200 && proxy.heldBytes === 0; i++) await new Promise((r) => setTimeout(r, 25));
      expect(proxy.heldBytes).toBeGreaterThan(0);
      proxy.cut();
      proxy.thaw();
      await expectUnavailable(await inFlight);
      expect((await signIn(sys, residents[1])).status).toBe(200);
    });

    it('while connections are refused: 503 for what needs the database, not ready, the catalog still answers; back when the database is', async () => {
      await proxy.close();
      try {
        await expectUnavailable(await signIn(sys, residents[2]));
        const ready = await sys.get<HealthStatus>('/health/ready');
        expect(ready.status).toBe(503);
        expect(ready.body.checks.database).toBe('down');
        const search = await sys.get<MatterPage>('/api/v1/matters?pageSize=3');
        expect(search.status).toBe(200);
        expect(search.body.items).toHaveLength(3);
      } finally {
        await proxy.reopen();
      }
      expect((await signIn(sys, residents[2])).status).toBe(200);
      expect((await sys.get('/health/ready')).status).toBe(200);
    });
  });
} else {
  describe('PGlite stopped under a running BFF', () => {
    let sys: RunningSystem;
    let residents: SandboxResident[];
    beforeAll(async () => {
      sys = await startSystem();
      residents = await sandboxResidents(sys);
    });
    afterAll(() => sys.close(), 120_000);

    it('answers 503 DATABASE_UNAVAILABLE for what needs the database, says it is not ready, and keeps serving the catalog', async () => {
      expect((await signIn(sys, residents[0])).status).toBe(200);
      await sys.app.get(DatabaseConnection).onApplicationShutdown();
      await expectUnavailable(await signIn(sys, residents[0]));
      const ready = await sys.get<HealthStatus>('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.database).toBe('down');
      expect((await sys.get<MatterPage>('/api/v1/matters?pageSize=3')).status).toBe(200);
      expect((await sys.get('/health/live')).status).toBe(200);
    });
  });
}

// Two BFF processes on one fresh PostgreSQL database with a sandbox beside them: the set-up the races share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { bffEnv, freePort, startServer, stop } from '../bench/procs.mjs';

/**
 * Creates the database `<prefix>_<pid>` on the server at `adminUrl`, starts a sandbox with `residents` residents and
 * two BFFs on the database with `env` added; `close()` stops them and drops the database.
 */
export async function twoBffs({ adminUrl, prefix, residents, env = {} }) {
  const dbName = `${prefix}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const procs = [];
  const bffs = [];
  const bffProcs = [];
  const close = async () => {
    for (const p of procs.reverse()) await stop(p);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const sandboxPort = await freePort();
    const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
    const sandbox = await startServer(
      'packages/sandbox/dist/main.js',
      { SANDBOX_PORT: String(sandboxPort), SANDBOX_RESIDENTS: String(residents) },
      `${sandboxUrl}/__sandbox/health`,
      join(dir, 'sandbox.log'),
    );
    procs.push(sandbox.child);
    for (const name of ['a', 'b']) {
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const vars = bffEnv({
        port,
        dataDir: join(dir, name),
        platformUrl: sandboxUrl,
        databaseUrl: dbUrl.toString(),
        logLevel: 'warn',
        ...env,
      });
      const { child } = await startServer(
        'bff/dist/main.js',
        vars,
        `${url}/health/ready`,
        join(dir, `bff-${name}.log`),
      );
      procs.push(child);
      bffProcs.push(child);
      bffs.push(url);
    }
    return { admin, dbName, dbUrl: dbUrl.toString(), dir, sandboxUrl, bffs, bffProcs, close };
  } catch (error) {
    await close();
    throw error;
  }
}

// Playwright's globalSetup for the H5 browser tests: starts the sandbox and the BFF on free ports with a fresh data
// folder (and a fresh PostgreSQL database when PG_ADMIN_URL answers), waits for /health/ready, and hands the URLs to
// the tests in environment variables (the workers inherit them). It builds nothing: run `npm run build:h5` and
// `npx tsc -b packages/contracts packages/domain packages/sandbox bff` first. The returned function is the teardown.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import pg from 'pg';
import { ARTIFACTS, H5_DIR, ROOT, SERVERS_ENV, type Servers } from './support/servers';

// The BFF runs on a fresh database of this PostgreSQL (as in CI) when it answers, so the operator script
// bff/scripts/staff.mjs can grant a window-staff scope while the BFF runs; otherwise on PGlite in the data folder,
// and the window check-in tests fail saying so.
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const children: ChildProcess[] = [];
const tempDirs: string[] = [];
const databases: string[] = [];

/** A new, empty database on PG_ADMIN_URL's server, or null when that server cannot be reached. */
async function freshPostgres(): Promise<string | null> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `zsb_e2e_${process.pid}_${Date.now().toString(36)}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  databases.push(name);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabases(): Promise<void> {
  if (databases.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch (e) {
    console.log(`(could not drop the test database: ${(e as Error).message})`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => res(port));
    });
  });
}

interface Started {
  child: ChildProcess;
  url: string;
}

/** Starts `node script` and resolves with the URL it prints on `ready`; rejects if it exits or stays silent. */
function startServer(name: string, script: string, env: Record<string, string>, ready: RegExp): Promise<Started> {
  const ms = 30_000;
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((res, rej) => {
    // A deadline for the ready line, not a pause: it only fires when the server stays silent.
    const timer = setTimeout(
      () => rej(new Error(`${name} printed no ready line in ${ms / 1000}s: ${out.slice(-800)}`)),
      ms,
    );
    const onData = (chunk: Buffer) => {
      out = (out + chunk.toString()).slice(-20_000);
      const m = out.match(ready);
      if (m) {
        clearTimeout(timer);
        res({ child, url: m[1] });
      }
    };
    // Keep draining both pipes for the whole run: a full pipe would block the server.
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      rej(new Error(`${name} exited (${code ?? signal}) before it was ready: ${out.slice(-800)}`));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess): Promise<void> {
  await expect
    .poll(
      async () => {
        if (child.exitCode !== null) throw new Error(`BFF exited (${child.exitCode}) while waiting for ${url}`);
        return fetch(url).then(
          (r) => r.status,
          (e: Error) => e.message,
        );
      },
      { message: `${url} answers 200`, timeout: 60_000, intervals: [100] },
    )
    .toBe(200);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    // SIGKILL only if SIGTERM did not end it in 5 s.
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      res();
    });
    child.kill('SIGTERM');
  });
}

async function teardown(): Promise<void> {
  await Promise.all(children.map(stopChild));
  await dropDatabases();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
}

// Last resort if the runner is torn down without calling the teardown.
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

export interface E2eApp {
  /** Build outputs the run needs, each with the command that makes it. */
  needs: [file: string, command: string][];
  /** Environment the BFF gets on top of the run's own (where it finds the app to serve). */
  bffEnv: Record<string, string>;
}

export default function globalSetup(): Promise<() => Promise<void>> {
  return startServers({ needs: [[join(H5_DIR, 'index.html'), 'npm run build:h5']], bffEnv: { H5_DIR } });
}

/** Starts the sandbox and a BFF for a browser suite (the H5 app's, the console's: test/console/global-setup.ts). */
export async function startServers(app: E2eApp): Promise<() => Promise<void>> {
  const missing = [
    ...app.needs,
    [join(ROOT, 'bff/dist/main.js'), 'npx tsc -b packages/contracts packages/domain packages/sandbox bff'],
    [join(ROOT, 'packages/sandbox/dist/main.js'), 'npx tsc -b packages/contracts packages/domain packages/sandbox bff'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length)
    throw new Error(
      `missing build output: ${missing.map(([f, cmd]) => `${f.slice(ROOT.length + 1)} (run \`${cmd}\`)`).join(', ')}`,
    );
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('failed-')) rmSync(join(ARTIFACTS, f));

  try {
    const sandbox = await startServer(
      'sandbox',
      'packages/sandbox/dist/main.js',
      { SANDBOX_PORT: '0', SANDBOX_HOST: '127.0.0.1' },
      /sandbox listening on (http:\/\/\S+)/,
    );
    const dataDir = mkdtempSync(join(tmpdir(), 'zsb-e2e-data-'));
    tempDirs.push(dataDir);
    const port = await freePort();
    const databaseUrl = await freshPostgres();
    console.log(databaseUrl ? `(BFF on PostgreSQL ${new URL(databaseUrl).pathname.slice(1)})` : '(BFF on PGlite)');
    const bffEnv = {
      APP_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
      PLATFORM_URL: sandbox.url,
      ...app.bffEnv,
      LOG_LEVEL: 'warn',
      // The development profile allows one SMS code a minute per phone. The identity tests send a code to a
      // resident's phone on file within a minute of verifying her over the API (and the phone-on-file step right
      // after the code to the new phone), as a real person would over minutes: let that through.
      SMS_PER_PHONE_MINUTE: '10',
      SMS_PER_PHONE_HOUR: '50',
    };
    const bff = await startServer('BFF', 'bff/dist/main.js', bffEnv, /BFF listening on (http:\/\/\S+)/);
    await waitHealthy(`${bff.url}/health/ready`, bff.child);
    const servers: Servers = { base: `${bff.url}/`, sandboxUrl: sandbox.url, databaseUrl, bffEnv };
    process.env[SERVERS_ENV] = JSON.stringify(servers);
  } catch (e) {
    await teardown();
    throw e;
  }
  return teardown;
}

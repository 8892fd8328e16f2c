import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSandbox } from '@zsb/sandbox';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../../bff/src/app.factory';
import { CatalogSyncService } from '../../bff/src/catalog/catalog-sync.service';
import { loadConfig } from '../../bff/src/config/config.loader';

export type Sandbox = Awaited<ReturnType<typeof createSandbox>>;

export interface RunningSystem {
  /** Base URL of the BFF, e.g. http://127.0.0.1:41234 */
  url: string;
  sandbox: Sandbox;
  app: NestFastifyApplication;
  /** The suite's own PostgreSQL database (not through any proxy); null on PGlite. */
  databaseUrl: string | null;
  get<T = unknown>(path: string, init?: RequestInit): Promise<{ status: number; headers: Headers; body: T }>;
  /** Stops the BFF (the database and the sandbox stay). */
  stopBff(): Promise<void>;
  /** Starts a new BFF process-equivalent on the same database and sandbox. */
  restartBff(): Promise<void>;
  close(): Promise<void>;
  /** The BFF's JSON log lines so far, parsed (only with `captureLogs`). */
  logs(): Record<string, unknown>[];
}

export interface SystemOptions {
  /** Wait for the first catalog sync before returning (default true). */
  synced?: boolean;
  env?: Record<string, string>;
  /** Faults the sandbox has from its first request on. */
  /** Log at info level to a file the test can read (default: silent). */
  captureLogs?: boolean;
  /** What the BFF is given for the suite's PostgreSQL database (e.g. the address of a proxy in front of it). */
  databaseUrlVia?: (url: string) => string;
  sandboxFaults?: Parameters<typeof createSandbox>[0] extends infer O
    ? O extends { faults?: infer F }
      ? F
      : never
    : never;
}

/**
 * The BFF over real HTTP with the sandbox as its upstream. The database is PGlite in memory, or, when
 * TEST_DATABASE_URL is set (CI), a fresh PostgreSQL database created for this suite and dropped after it.
 * With TEST_REDIS_URL the BFF uses that Redis.
 */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const sandbox = await createSandbox({ port: 0, faults: options.sandboxFaults });
  const database = await freshDatabase();
  const logFile = join(database.dataDir, 'bff.log');
  const env: Record<string, string> = {
    APP_ENV: 'test',
    PORT: '0',
    PLATFORM_URL: sandbox.url,
    // A PGlite folder of its own (not memory://), so a restarted BFF finds what the first one stored.
    DATA_DIR: database.dataDir,
    DATABASE_URL: database.url ? (options.databaseUrlVia?.(database.url) ?? database.url) : '',
    REDIS_URL: process.env.TEST_REDIS_URL ?? '',
    // Counters and rate limits of one suite must not leak into another sharing the CI Redis.
    REDIS_KEY_PREFIX: `t${process.pid}-${Math.random().toString(36).slice(2, 8)}:`,
    LOG_LEVEL: options.captureLogs ? 'info' : (process.env.TEST_LOG_LEVEL ?? 'silent'),
    LOG_FILE: options.captureLogs ? logFile : '',
    H5_DIR: '',
    ...options.env,
  };
  let app!: NestFastifyApplication;
  let url = '';
  const boot = async (): Promise<void> => {
    app = await createApp(loadConfig(env));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    if (options.synced !== false) await catalogLoaded(app);
  };
  try {
    await boot();
  } catch (e) {
    // Nothing of a system that did not start may outlive the suite (jest would wait on its sockets and timers).
    const started = app as NestFastifyApplication | undefined; // unset when createApp itself threw
    if (started) await bounded('closing the BFF that did not become ready', 30_000, started.close());
    await bounded('closing the sandbox', 10_000, sandbox.close());
    await bounded('dropping the database', 20_000, database.drop());
    throw e;
  }
  const system: RunningSystem = {
    get url() {
      return url;
    },
    sandbox,
    databaseUrl: database.url,
    get app() {
      return app;
    },
    async get<T>(path: string, init?: RequestInit) {
      const res = await fetch(`${url}${path}`, init);
      const text = await res.text();
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // not JSON: keep the text
      }
      return { status: res.status, headers: res.headers, body: body as T };
    },
    logs: () =>
      existsSync(logFile)
        ? readFileSync(logFile, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Record<string, unknown>)
        : [],
    stopBff: () => app.close(),
    restartBff: boot,
    // Each step bounded: a suite's afterAll must end even when something under it hangs (it says what did).
    async close() {
      await bounded('closing the BFF', 30_000, app.close());
      await bounded('closing the sandbox', 10_000, sandbox.close());
      await bounded('dropping the database', 20_000, database.drop());
    },
  };
  return system;
}

async function freshDatabase(): Promise<{ url: string | null; dataDir: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL;
  const dataDir = mkdtempSync(join(tmpdir(), 'zsb-test-'));
  const removeDir = async (): Promise<void> => rmSync(dataDir, { recursive: true, force: true });
  if (!admin) return { url: null, dataDir, drop: removeDir };
  const name = `zsb_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dataDir,
    async drop() {
      await removeDir();
      const c = new Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * Waits until the BFF has a catalog snapshot (what /health/ready waits for), syncing again while the first tries fail:
 * on a loaded machine a first sync can time out, and the suite would then read an empty catalog.
 */
async function catalogLoaded(app: NestFastifyApplication, timeoutMs = 40_000): Promise<void> {
  const sync = app.get(CatalogSyncService);
  const deadline = Date.now() + timeoutMs;
  const outcomes: string[] = [];
  // One sync always, as at boot (a restarted BFF with a snapshot in the database then knows whether it is stale).
  for (;;) {
    const outcome = await sync.syncNow();
    outcomes.push(outcome === 'failed' ? `failed (${sync.lastFailureDetail() ?? 'no detail'})` : outcome);
    if (sync.snapshot()) return;
    if (Date.now() > deadline)
      throw new Error(`the BFF has no catalog snapshot after ${timeoutMs} ms; sync outcomes: ${outcomes.join(', ')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits for `work` at most `ms`; past that it says so on stderr and goes on, leaving the work to finish or not. */
async function bounded(what: string, ms: number, work: Promise<unknown>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    work.then(
      () => 'done',
      (e: unknown) => `failed: ${e instanceof Error ? e.message : String(e)}`,
    ),
    new Promise<string>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms))),
  ]);
  clearTimeout(timer);
  if (outcome === 'timeout') process.stderr.write(`startSystem: ${what} took over ${ms} ms; going on without it\n`);
  else if (outcome !== 'done') process.stderr.write(`startSystem: ${what} ${outcome}\n`);
}

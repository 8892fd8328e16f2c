import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { Kysely, PostgresDialect } from 'kysely';
import { bounded } from '../common/bounded';
import type { Database } from './database.types';
import { lockFolder, type FolderLock } from './folder-lock';
import { templateFor } from './pglite-template';
import { PgliteThread, PgliteThreadDialect } from './pglite-thread';

export type Db = Kysely<Database>;

/**
 * One query layer (Kysely) over either driver: PGlite, a WASM Postgres kept in DATA_DIR, as the embedded default,
 * or a real PostgreSQL when DATABASE_URL is set. Both speak the same SQL, so one set of migrations serves both.
 */
export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: 'pglite' | 'postgres';
  /** Runs a multi-statement SQL script on one connection while holding the migration lock. */
  withScriptRunner<T>(fn: (run: (sql: string) => Promise<void>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ConnectionOptions {
  databaseUrl: string | null;
  /** PGlite data folder; 'memory://' keeps it in memory (tests). */
  pgliteDir: string;
}

const MIGRATION_LOCK = 72_615_001;

/**
 * Opens the database. On PGlite the data folder is locked first, synchronously: when another process holds it this
 * throws DataFolderInUseError at once, before anything asynchronous, so main.ts refuses to start before loading Nest.
 */
export function openDatabase(options: ConnectionOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  const memory = options.pgliteDir.startsWith('memory://');
  if (memory) return openPglite(options.pgliteDir, null);
  mkdirSync(options.pgliteDir, { recursive: true });
  // Before PGlite touches the folder: a second process (another BFF, bff/scripts/staff.mjs) is refused here, naming
  // the one that holds it. (Two started at once on a new folder used to both unpack the template into it; the later
  // one's mkdir met the other's directory: emscripten's ErrnoError 20, EEXIST, shown as "[object Object]".)
  return openPglite(options.pgliteDir, lockFolder(options.pgliteDir));
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const { Pool } = await import('pg');
  const pool = new Pool({ connectionString: url, max: 10, idleTimeoutMillis: 30_000 });
  const logger = new Logger('Database');
  // A connection the server ends (a restart, a failover, an operator's pg_terminate_backend) or the network drops
  // emits 'error' on its client; unhandled, that takes the whole process down. pg-pool listens only while the client
  // is idle and removes its listener while the client is checked out, so a connection ended in the middle of a
  // request's transaction killed the BFF. Every client gets a listener of its own for its whole life: the request
  // it was serving fails (its statement rejects, answered 503 DATABASE_UNAVAILABLE), the pool discards the broken
  // client when it is released, and the next request gets a new connection.
  pool.on('connect', (client) => {
    client.on('error', (err: Error & { code?: string }) =>
      logger.warn({ code: err.code, reason: err.message }, 'database connection lost'),
    );
  });
  // The pool re-emits an idle client's error; the client's own listener above has logged it already.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: 'postgres',
    async withScriptRunner(fn) {
      const client = await pool.connect();
      try {
        // Session lock: several instances starting at once migrate one after another.
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
        return await fn(async (sql) => {
          await client.query(sql);
        });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
        client.release();
      }
    },
    // pg's pool.end() waits for every checked-out client; one held by a stuck request would hold the shutdown.
    async close() {
      if ((await bounded(db.destroy(), 5_000)) === 'timeout')
        new Logger('Database').warn('connections still in use after 5 s; closing without them');
    },
  };
}

async function openPglite(dir: string, lock: FolderLock | null): Promise<DatabaseHandle> {
  let thread: PgliteThread;
  try {
    // Only the holder of the folder's lock may copy the template into it.
    thread = await PgliteThread.open(dir, lock ? templateFor(dir) : undefined);
  } catch (e) {
    lock?.release();
    throw e;
  }
  const db = new Kysely<Database>({ dialect: new PgliteThreadDialect(thread) });
  return {
    db,
    kind: 'pglite',
    // PGlite is one connection; a script runs on it as one message, so nothing else runs between its statements.
    withScriptRunner: (fn) => fn((sql) => thread.exec(sql)),
    async close() {
      try {
        await db.destroy();
        await thread.close(); // db.destroy() leaves the driver alone when no query ever ran
      } finally {
        lock?.release();
      }
    },
  };
}

export const pgliteDirFor = (dataDir: string): string => join(dataDir, 'pglite');

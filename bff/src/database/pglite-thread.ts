import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { AppError } from '../common/errors';
import { databaseUnavailable } from '../common/unavailable';

// PGlite executes SQL as WebAssembly on the thread that calls it. In the BFF's own thread every statement (~0.2–1 ms
// of CPU for a small insert) held up every request in flight; under 10 concurrent 亮证 requests that was a quarter of
// the event loop's busy time and most of the BFF's p99. So PGlite lives in a worker thread (pglite-worker.cjs) and
// this side only posts the SQL and its parameters and takes back the rows (a structured clone keeps Date, BigInt,
// Uint8Array and JSON values as PGlite parsed them).
//
// PGlite is one PostgreSQL session, so the worker plays the part of a pool: every Kysely connection is a session id,
// statements outside a transaction are sent at once and run in arrival order, and while a transaction is open the
// worker defers every other session's statements until it commits or rolls back (so no caller waits for another's
// answer to reach this thread before its own statement can go, as with a single shared connection).

type Request =
  | { kind: 'query'; session: number; sql: string; params: unknown[] }
  | { kind: 'begin' | 'end'; session: number; sql: string }
  | { kind: 'exec'; session: 0; sql: string }
  | { kind: 'close'; session: 0 };

interface Answer {
  id: number;
  ok: boolean;
  rows?: unknown[];
  affectedRows?: number;
  error?: Record<string, unknown> & { message: string };
}

/** An error of a statement, with PostgreSQL's fields (code, constraint, detail …) as PGlite reported them. */
export class PgliteError extends Error {
  readonly code?: string;
  constructor(fields: Record<string, unknown> & { message: string }) {
    super(fields.message);
    Object.assign(this, fields);
    this.name = 'PgliteError';
  }
}

// How long close() lets PGlite finish what it is doing (a transaction in progress) before ending its thread.
const CLOSE_WAIT_MS = 5_000;

export class PgliteThread {
  private nextId = 1;
  private nextSession = 1;
  private readonly waiting = new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>();
  private stopped: AppError | null = null;
  private closing = false;
  private closed: Promise<void> | null = null;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (a: Answer) => this.settle(a));
    worker.on('error', (e) => this.fail(e));
    worker.on('exit', (code) => this.fail(new Error(`the database thread stopped (exit ${code})`)));
  }

  /**
   * Starts the thread and resolves once PGlite is open in it. A new folder is first a copy of `template` (the build's
   * migrated cluster) when given, else PGlite runs initdb.
   */
  static open(dir: string, template?: string): Promise<PgliteThread> {
    const worker = new Worker(join(__dirname, 'pglite-worker.cjs'), { workerData: { dir, template } });
    return new Promise((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the database thread stopped while opening (exit ${code})`));
      worker.once('error', reject);
      worker.once('exit', onExit);
      worker.once('message', (m: { ready: boolean; error?: { message: string } }) => {
        worker.off('error', reject);
        worker.off('exit', onExit);
        if (m.ready) resolve(new PgliteThread(worker));
        else {
          void worker.terminate();
          reject(new PgliteError(m.error ?? { message: 'PGlite did not open' }));
        }
      });
    });
  }

  /** A new session id: what a pool's connection is to PostgreSQL. */
  session(): number {
    return this.nextSession++;
  }

  query(session: number, sql: string, params: readonly unknown[]): Promise<Answer> {
    return this.send({ kind: 'query', session, sql, params: [...params] });
  }

  /** BEGIN (answered once any other session's transaction has ended) and COMMIT/ROLLBACK. */
  async transaction(kind: 'begin' | 'end', session: number, sql: string): Promise<void> {
    await this.send({ kind, session, sql });
  }

  /** A script of several statements, run as one message: nothing else runs between them. */
  async exec(sql: string): Promise<void> {
    await this.send({ kind: 'exec', session: 0, sql });
  }

  /**
   * Shuts PGlite down cleanly and ends the thread. The worker runs the close after any open transaction ends, and one
   * whose request is stuck never does: after `waitMs` the thread is ended anyway (PGlite's files are written per
   * statement; what that transaction did is rolled back as after a crash).
   */
  close(waitMs = CLOSE_WAIT_MS): Promise<void> {
    this.closed ??= this.shutDown(waitMs);
    return this.closed;
  }

  private async shutDown(waitMs: number): Promise<void> {
    if (this.stopped) return;
    this.closing = true;
    let timer: NodeJS.Timeout | undefined;
    const outcome = await Promise.race([
      this.send({ kind: 'close', session: 0 }).then(
        () => 'closed' as const,
        () => 'closed' as const,
      ),
      new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), waitMs))),
    ]);
    clearTimeout(timer);
    if (outcome === 'timeout')
      new Logger('Database').warn(
        { waitedMs: waitMs, inFlight: this.waiting.size },
        'the embedded database did not close in time; ending its thread',
      );
    this.stopped = databaseUnavailable('the embedded database is closed');
    for (const w of this.waiting.values()) w.reject(this.stopped);
    this.waiting.clear();
    await this.worker.terminate();
  }

  private async send(req: Request): Promise<Answer> {
    if (this.stopped) throw this.stopped;
    const id = this.nextId++;
    const answer = await new Promise<Answer>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...req });
    });
    if (!answer.ok) throw new PgliteError(answer.error ?? { message: 'statement failed' });
    return answer;
  }

  private settle(a: Answer): void {
    const w = this.waiting.get(a.id);
    if (!w) return;
    this.waiting.delete(a.id);
    w.resolve(a);
  }

  private fail(error: Error): void {
    // Every statement from here on, and those waiting for an answer, are refused as DATABASE_UNAVAILABLE (a 503, and
    // /health/ready says so); only a restart helps.
    if (!this.stopped && !this.closing)
      new Logger('Database').error({ reason: error.message }, 'the embedded database stopped');
    this.stopped ??= databaseUnavailable(`the embedded database stopped: ${error.message}`);
    for (const w of this.waiting.values()) w.reject(this.stopped);
    this.waiting.clear();
  }
}

/** Kysely over the thread: PostgreSQL's SQL dialect, a session per connection. */
export class PgliteThreadDialect implements Dialect {
  constructor(private readonly thread: PgliteThread) {}
  createAdapter = () => new PostgresAdapter();
  createDriver = (): Driver => new ThreadDriver(this.thread);
  createQueryCompiler = () => new PostgresQueryCompiler();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own signature
  createIntrospector = (db: Kysely<any>) => new PostgresIntrospector(db);
}

class ThreadConnection implements DatabaseConnection {
  readonly session: number;

  constructor(private readonly thread: PgliteThread) {
    this.session = thread.session();
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const answer = await this.thread.query(this.session, query.sql, query.parameters);
    const rows = (answer.rows ?? []) as R[];
    return answer.affectedRows ? { rows, numAffectedRows: BigInt(answer.affectedRows) } : { rows };
  }

  // eslint-disable-next-line require-yield -- Kysely asks for it; nothing here streams
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on PGlite');
  }
}

/** A connection per caller, at once: the worker keeps their statements apart (see the top of this file). */
class ThreadDriver implements Driver {
  constructor(private readonly thread: PgliteThread) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new ThreadConnection(this.thread);
  }

  async releaseConnection(): Promise<void> {}

  async beginTransaction(conn: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const sql = settings.isolationLevel ? `START TRANSACTION ISOLATION LEVEL ${settings.isolationLevel}` : 'BEGIN';
    await this.thread.transaction('begin', (conn as ThreadConnection).session, sql);
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await this.thread.transaction('end', (conn as ThreadConnection).session, 'COMMIT');
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await this.thread.transaction('end', (conn as ThreadConnection).session, 'ROLLBACK');
  }

  async destroy(): Promise<void> {
    await this.thread.close();
  }
}

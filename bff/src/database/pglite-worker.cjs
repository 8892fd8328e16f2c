// @ts-check
// The thread that owns the embedded PGlite (see pglite-thread.ts). PGlite runs PostgreSQL as WebAssembly on the
// thread that calls it; here that is this worker, so parsing, planning, executing and writing the WAL never hold up
// the event loop that answers requests. Plain CommonJS so that the same file runs from bff/src (jest) and from bff/dist
// (tsc copies it) without a build step of its own.
const { cpSync } = require('node:fs');
const { inspect } = require('node:util');
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');

/** @typedef {{ id: number, session: number } & ({ kind: 'query', sql: string, params: unknown[] } | { kind: 'begin' | 'end' | 'exec', sql: string } | { kind: 'close' })} Request */

/**
 * What crosses back for a failed statement: PostgreSQL's error fields, which a structured clone of the Error drops.
 * Never the statement's parameters (PGlite attaches them): an error is logged, and they may hold personal data.
 */
function describe(/** @type {any} */ error) {
  // Emscripten's file-system errors are plain objects without a message ({ name: 'ErrnoError', errno: 20 }): shown
  // whole, or they read "[object Object]".
  const message =
    typeof error?.message === 'string'
      ? error.message
      : typeof error === 'object' && error !== null
        ? inspect(error, { breakLength: Infinity })
        : String(error);
  /** @type {Record<string, unknown>} */
  const out = { name: error?.name ?? 'Error', message };
  for (const key of [
    'code',
    'severity',
    'detail',
    'hint',
    'position',
    'schema',
    'table',
    'column',
    'dataType',
    'constraint',
    'routine',
  ]) {
    if (error?.[key] !== undefined) out[key] = error[key];
  }
  return out;
}

async function main() {
  const port = parentPort;
  if (!port) throw new Error('pglite-worker.cjs runs only as a worker thread');
  /** @type {{ dir: string, template?: string }} */
  const { dir, template } = workerData;
  /** @param {Record<string, unknown>} a */
  const answer = (a) => port.postMessage(a);
  const memory = dir.startsWith('memory://');
  // A plain file copy of the build's migrated cluster (~40 MB) opens in about half the time of initdb.
  if (template && !memory) cpSync(template, dir, { recursive: true });
  const pglite = await PGlite.create(memory ? undefined : dir);
  // The session whose transaction is open, and the other sessions' requests that came meanwhile, in order.
  /** @type {number | null} */
  let owner = null;
  /** @type {Request[]} */
  let deferred = [];
  const release = () => {
    owner = null;
    const waited = deferred;
    deferred = [];
    for (const r of waited) dispatch(r);
  };

  /** @param {Request} req */
  const handle = async (req) => {
    try {
      if (req.kind === 'query') {
        const result = await pglite.query(req.sql, req.params);
        answer({ id: req.id, ok: true, rows: result.rows, affectedRows: result.affectedRows ?? 0 });
      } else if (req.kind === 'close') {
        // The cluster is shut down cleanly here; the main thread then ends this thread.
        if (!pglite.closed) await pglite.close();
        answer({ id: req.id, ok: true, rows: [], affectedRows: 0 });
      } else {
        await pglite.exec(req.sql);
        answer({ id: req.id, ok: true, rows: [], affectedRows: 0 });
      }
    } catch (error) {
      // A BEGIN that failed opened nothing: the session gives its turn back.
      if (req.kind === 'begin' && owner === req.session) release();
      answer({ id: req.id, ok: false, error: describe(error) });
    }
  };

  // Every request runs in the order it is dispatched. A BEGIN makes its session the owner until its COMMIT or
  // ROLLBACK; what other sessions send meanwhile waits in `deferred` and is dispatched, in order, when it ends.
  let chain = Promise.resolve();
  /** @param {Request} req */
  const dispatch = (req) => {
    if (owner !== null && req.session !== owner) {
      deferred.push(req);
      return;
    }
    if (req.kind === 'begin') owner = req.session;
    chain = chain.then(() => handle(req));
    if (req.kind === 'end') release();
  };
  port.on('message', dispatch);
  port.postMessage({ ready: true });
}

main().catch((error) => {
  parentPort?.postMessage({ ready: false, error: describe(error) });
});

// @ts-check
// The thread that owns the embedded PGlite (see pglite-thread.ts). PGlite runs PostgreSQL as WebAssembly on the
// thread that calls it; here that is this worker, so parsing, planning, executing and writing the WAL never hold up
// the event loop that answers requests. Plain CommonJS so that the same file runs from bff/src (jest) and from
// bff/dist (tsc copies it) without a build step of its own.
const { readFileSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { PGlite } = require('@electric-sql/pglite');

/** @typedef {{ id: number, kind: 'query', sql: string, params: unknown[] } | { id: number, kind: 'exec', sql: string } | { id: number, kind: 'close' }} Request */

/** What crosses back for a failed statement: PostgreSQL's error fields, which a structured clone of the Error drops. */
function describe(/** @type {any} */ error) {
  /** @type {Record<string, unknown>} */
  const out = { name: error?.name ?? 'Error', message: error?.message ?? String(error) };
  for (const key of ['code', 'severity', 'detail', 'hint', 'position', 'schema', 'table', 'column', 'dataType', 'constraint', 'routine']) {
    if (error?.[key] !== undefined) out[key] = error[key];
  }
  return out;
}

async function main() {
  const port = parentPort;
  if (!port) throw new Error('pglite-worker.cjs runs only as a worker thread');
  /** @type {{ dir: string, template?: string }} */
  const { dir, template } = workerData;
  const memory = dir.startsWith('memory://');
  const pglite = await PGlite.create(memory ? undefined : dir, template ? { loadDataDir: new Blob([readFileSync(template)]) } : {});
  /** @param {Request} req */
  const handle = async (req) => {
    try {
      if (req.kind === 'query') {
        const result = await pglite.query(req.sql, req.params);
        port.postMessage({ id: req.id, ok: true, rows: result.rows, affectedRows: result.affectedRows ?? 0 });
      } else if (req.kind === 'exec') {
        await pglite.exec(req.sql);
        port.postMessage({ id: req.id, ok: true, rows: [], affectedRows: 0 });
      } else {
        // The cluster is shut down cleanly here; the main thread then ends this thread.
        if (!pglite.closed) await pglite.close();
        port.postMessage({ id: req.id, ok: true, rows: [], affectedRows: 0 });
      }
    } catch (error) {
      port.postMessage({ id: req.id, ok: false, error: describe(error) });
    }
  };
  // Strictly in arrival order: the main thread's order is the order statements must run in.
  let chain = Promise.resolve();
  port.on('message', (/** @type {Request} */ req) => {
    chain = chain.then(() => handle(req));
  });
  port.postMessage({ ready: true });
}

main().catch((error) => {
  parentPort?.postMessage({ ready: false, error: describe(error) });
});

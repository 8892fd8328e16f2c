// Booking under contention on real PostgreSQL: every request of a round takes a place in the same slot row
// (one center, one start, one matter group), `connections` at a time, closed loop. A fresh database per run,
// dropped afterwards. The capacity is set high (BOOKING_SLOT_CAPACITY) so every booking succeeds and what is
// measured is the serialisation on the slot row, not refusals.
//
// Each resident may hold one active booking per matter and three in all, so a round is: every resident books
// each of three matters of one matter group into that slot (book phase), then every booking is cancelled (cancel
// phase: also an update of the same slot row). Rounds repeat on the same residents.
//
// Baseline, in the same run and the same database: `UPDATE t SET n = n + 1 WHERE id = 1 RETURNING n` on one row
// through `pg` with a pool of 10 (the BFF's pool size), as many operations as a book phase, `connections` callers.
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';
import { percentile, rssMb, serverTimes } from './centers.mjs';
import { bffEnv, freePort, startNode, startServer, stop } from './procs.mjs';

// The largest the config accepts; a book phase (residents × 3 matters) must fit in it.
const CAPACITY = 1000;
const POOL_SIZE = 10; // bff/src/database/connection.ts
const MATTERS = 3; // bookings.maxActive
const ANYANG = { lat: 36.0977, lng: 114.3924 };

/** `width` callers, each taking the next item when its last one is answered; every call timed. */
async function closedLoop(items, width, fn) {
  const latencies = new Array(items.length);
  const outcomes = new Array(items.length);
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        const s = performance.now();
        outcomes[i] = await fn(items[i], i);
        latencies[i] = performance.now() - s;
      }
    }),
  );
  const ms = performance.now() - t0;
  return { latencies, outcomes, ms, window: [Date.now() - Math.ceil(ms), Date.now()] };
}

async function inPool(items, width, fn) {
  return (await closedLoop(items, width, fn)).outcomes;
}

/** A small keep-alive HTTP client: lighter than fetch on a machine whose two cores also run the BFF and Postgres. */
function client(base, sockets) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const request = (method, path, headers = {}, body = undefined) =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = http.request(
        new URL(path, base),
        {
          method,
          agent,
          headers: {
            ...headers,
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString();
            resolve({ status: res.statusCode, body: text ? JSON.parse(text) : null });
          });
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

function stats(run, ok) {
  const n = run.outcomes.filter(ok).length;
  return {
    requests: run.outcomes.length,
    ok: n,
    failed: run.outcomes.length - n,
    perSec: Math.round((n / run.ms) * 1000),
    p50: +percentile(run.latencies, 50).toFixed(1),
    p99: +percentile(run.latencies, 99).toFixed(1),
    max: +Math.max(...run.latencies).toFixed(1),
  };
}

function summarise(rounds, median) {
  const pick = (k) => median(rounds.map((r) => r[k]));
  return {
    perSec: pick('perSec'),
    p50: pick('p50'),
    p99: pick('p99'),
    failed: rounds.reduce((a, r) => a + r.failed, 0),
    perRound: rounds,
  };
}

/** Three matters of one matter group (they share the slot's places) that a township hall near Anyang handles. */
async function chooseSlot(bff, auth) {
  const get = async (path) => {
    const res = await bff.request('GET', path, auth);
    if (res.status !== 200) throw new Error(`GET ${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const hot = (await get('/api/v1/matters/hot')).items;
  const center = (
    await get(`/api/v1/centers?lat=${ANYANG.lat}&lng=${ANYANG.lng}&kind=center&matterCode=${hot[0].code}&limit=1`)
  ).items[0];
  const matters = [];
  for (const m of hot) {
    if (matters.length === MATTERS) break;
    if ((await get(`/api/v1/matters/${m.code}`)).domain !== hot[0].domain) continue;
    const here = (
      await get(
        `/api/v1/centers?lat=${center.gcj02.lat}&lng=${center.gcj02.lng}&kind=center&matterCode=${m.code}&limit=1`,
      )
    ).items[0];
    if (here?.id === center.id) matters.push({ code: m.code, name: m.name });
  }
  const list = await get(`/api/v1/centers/${center.id}/slots?matterCode=${matters[0].code}`);
  // Not today: the same-day cut-off and the 30-minute change limit must not move under a long run.
  const days = list.days.filter((d) => d.open && d.left > 0 && d.date > list.days[0].date);
  const open = [];
  for (const day of days)
    open.push(
      ...(await get(`/api/v1/centers/${center.id}/slots?matterCode=${matters[0].code}&date=${day.date}`)).slots.filter(
        (s) => s.status === 'open',
      ),
    );
  return {
    center: { id: center.id, name: center.name },
    group: hot[0].domain,
    matters,
    start: open[0].start,
    capacity: open[0].capacity,
    spreadStarts: open.map((s) => s.start),
  };
}

export async function benchBookings({ adminUrl, residents = 300, rounds, connections, median }) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const dbName = `zsb_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${dbName}`;
  const dir = mkdtempSync(join(tmpdir(), 'zsb-bench-bookings-'));
  const procs = [];
  let db;
  let bff;
  try {
    const sandbox = await startNode(
      'packages/sandbox/dist/main.js',
      { SANDBOX_PORT: '0', SANDBOX_RESIDENTS: String(residents) },
      /http:\/\/127\.0\.0\.1:(\d+)/,
    );
    procs.push(sandbox.child);
    const sandboxUrl = `http://127.0.0.1:${sandbox.match[1]}`;
    const port = await freePort();
    const bffUrl = `http://127.0.0.1:${port}`;
    const logFile = join(dir, 'bff.log');
    const env = bffEnv({
      port,
      dataDir: join(dir, 'data'),
      platformUrl: sandboxUrl,
      databaseUrl: dbUrl.toString(),
      BOOKING_SLOT_CAPACITY: String(CAPACITY),
    });
    procs.push((await startServer('bff/dist/main.js', env, `${bffUrl}/health/ready`, logFile)).child);
    const bffPid = procs.at(-1).pid;
    bff = client(bffUrl, connections);

    if (residents * MATTERS > CAPACITY)
      throw new Error(`${residents} residents × ${MATTERS} matters do not fit a slot of ${CAPACITY}`);
    const registry = (await sandboxResidents(sandboxUrl)).slice(0, residents);
    const t0 = performance.now();
    const people = await inPool(registry, 4, async (r) => ({
      auth: (await verifiedResident(bffUrl, sandboxUrl, r)).auth,
    }));
    const signInMs = performance.now() - t0;
    const slot = await chooseSlot(bff, people[0].auth);
    if (slot.matters.length < MATTERS)
      throw new Error(`only ${slot.matters.length} matters of group ${slot.group} at ${slot.center.id}`);

    db = new pg.Client({ connectionString: dbUrl.toString() });
    await db.connect();
    const inSlot = async () => {
      const taken = (
        await db.query(
          'SELECT coalesce(sum(taken), 0)::int AS n FROM booking_slot WHERE center_id = $1 AND starts_at = $2',
          [slot.center.id, slot.start],
        )
      ).rows[0].n;
      const confirmed = (
        await db.query(
          `SELECT count(*)::int AS n FROM booking WHERE center_id = $1 AND starts_at = $2 AND status = 'confirmed'`,
          [slot.center.id, slot.start],
        )
      ).rows[0].n;
      return { taken, confirmed };
    };
    const book = ([p, m, start = slot.start]) =>
      bff.request('POST', '/api/v1/bookings', p.auth, { centerId: slot.center.id, matterCode: m.code, start });
    const cancel = ({ p, id }) => bff.request('POST', `/api/v1/bookings/${id}/cancel`, p.auth, {});
    const items = slot.matters.flatMap((m) => people.map((p) => [p, m]));
    // The same requests spread over every open slot of the center's next days (one slot row per start): what a
    // booking costs without the hot row, to tell the transaction's own cost from the wait for the row lock.
    const spread = items.map(([p, m], i) => [p, m, slot.spreadStarts[i % slot.spreadStarts.length]]);

    // Baseline table and pool, in the bench database.
    await db.query('CREATE TABLE bench_counter (id int PRIMARY KEY, n bigint NOT NULL)');
    await db.query('INSERT INTO bench_counter VALUES (1, 0)');
    const pool = new pg.Pool({ connectionString: dbUrl.toString(), max: POOL_SIZE });
    const update = () => pool.query('UPDATE bench_counter SET n = n + 1 WHERE id = 1 RETURNING n');

    // Warm-up, not measured: a tenth of the residents book one matter and cancel; the pool opens its connections.
    const warm = await inPool(
      items.slice(0, Math.max(connections, Math.ceil(people.length / 10))),
      connections,
      async (it) => ({ p: it[0], res: await book(it) }),
    );
    await inPool(
      warm.filter((w) => w.res.status === 201),
      connections,
      (w) => cancel({ p: w.p, id: w.res.body.id }),
    );
    await inPool(
      Array.from({ length: 500 }, () => 0),
      connections,
      update,
    );

    const r = { book: [], cancel: [], bookSpread: [], cancelSpread: [], update: [] };
    const checks = [];
    const windows = [];
    for (let k = 0; k < rounds; k++) {
      const base = await closedLoop(items, connections, update);
      r.update.push(stats(base, (x) => x.rows.length === 1));
      const booked = await closedLoop(items, connections, book);
      r.book.push(stats(booked, (x) => x.status === 201));
      const afterBook = await inSlot();
      const made = booked.outcomes
        .map((o, i) => ({ p: items[i][0], id: o.body?.id, ok: o.status === 201 }))
        .filter((b) => b.ok);
      const cancelled = await closedLoop(made, connections, cancel);
      r.cancel.push(stats(cancelled, (x) => x.status === 200));
      const afterCancel = await inSlot();
      checks.push({ booked: made.length, afterBook, afterCancel });
      windows.push({ kind: 'book', window: booked.window }, { kind: 'cancel', window: cancelled.window });
      const spreadBooked = await closedLoop(spread, connections, book);
      r.bookSpread.push(stats(spreadBooked, (x) => x.status === 201));
      const spreadMade = spreadBooked.outcomes
        .map((o, i) => ({ p: spread[i][0], id: o.body?.id, ok: o.status === 201 }))
        .filter((b) => b.ok);
      const spreadCancelled = await closedLoop(spreadMade, connections, cancel);
      r.cancelSpread.push(stats(spreadCancelled, (x) => x.status === 200));
      windows.push(
        { kind: 'bookSpread', window: spreadBooked.window },
        { kind: 'cancelSpread', window: spreadCancelled.window },
      );
      const refusals = [...booked.outcomes, ...spreadBooked.outcomes]
        .filter((o) => o.status !== 201)
        .map((o) => `${o.status} ${o.body?.code}`);
      if (refusals.length)
        process.stdout.write(
          `bookings round ${k + 1}: ${refusals.length} not booked, e.g. ${refusals.slice(0, 3).join(', ')}\n`,
        );
    }
    const counter = (await db.query('SELECT n FROM bench_counter WHERE id = 1')).rows[0].n;
    await pool.end();
    const memoryMb = rssMb(bffPid);
    await stop(procs.pop()); // the BFF: pino flushes its buffer on exit
    const times = serverTimes(
      logFile,
      windows.map((w) => w.window),
      '/api/v1/bookings',
    );
    const server = (kind) => {
      const perRound = windows.map((w, k) => (w.kind === kind ? times[k] : null)).filter(Boolean);
      return {
        p50: median(perRound.map((t) => percentile(t, 50))),
        p99: median(perRound.map((t) => percentile(t, 99))),
      };
    };
    const result = {
      database: 'postgres',
      residents: people.length,
      signInSec: +(signInMs / 1000).toFixed(1),
      connections,
      poolSize: POOL_SIZE,
      slot,
      requestsPerPhase: items.length,
      book: { ...summarise(r.book, median), serverSide: server('book') },
      cancel: { ...summarise(r.cancel, median), serverSide: server('cancel') },
      bookSpread: {
        slots: slot.spreadStarts.length,
        ...summarise(r.bookSpread, median),
        serverSide: server('bookSpread'),
      },
      cancelSpread: { ...summarise(r.cancelSpread, median), serverSide: server('cancelSpread') },
      updateBaseline: {
        ...summarise(r.update, median),
        statement: 'UPDATE bench_counter SET n = n + 1 WHERE id = 1 RETURNING n',
        counterAtEnd: Number(counter),
      },
      checks,
      consistent: checks.every(
        (c) =>
          c.afterBook.taken === c.booked &&
          c.afterBook.confirmed === c.booked &&
          c.afterCancel.taken === 0 &&
          c.afterCancel.confirmed === 0,
      ),
      bffRssMb: memoryMb,
    };
    result.throughputRatio = result.book.perSec / result.updateBaseline.perSec;
    result.cancelThroughputRatio = result.cancel.perSec / result.updateBaseline.perSec;
    return result;
  } finally {
    bff?.close();
    await db?.end();
    for (const child of procs.reverse()) await stop(child);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

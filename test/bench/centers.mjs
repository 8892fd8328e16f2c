// Nearest-center latency at province scale: a sandbox with 50,000 synthetic village stations (SANDBOX_SCALE_POINTS)
// on top of the seed's halls, stations, bank points and kiosks, and a BFF of its own that has synced them. Random
// points in Henan's bounding box, 20 nearest; then the same with a matter (which adds the next free slot of each
// place found: one SQL query). Baseline: a bare Fastify route answering a body of the same size, same run.
// Server-side time is the `responseTime` of the BFF's own request log lines (whole milliseconds).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { bffEnv, freePort, startNode, startServer, stop } from './procs.mjs';

const LIMIT = 20;
const POINTS = 1000;
const SYNC_TIMEOUT_MS = 300_000;

/** Resident set size of a process in MB (Linux), or null. */
export function rssMb(pid) {
  try {
    const kb = Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)[1]);
    return Math.round(kb / 1024);
  } catch {
    return null;
  }
}

/** Exact percentile of a list of numbers (nearest rank). */
export function percentile(xs, p) {
  if (xs.length === 0) return null;
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** The same pseudo-random points every run (mulberry32). */
function randomPoints(n, box, seed = 20261130) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: n }, () => ({
    lat: +(box.minLat + next() * (box.maxLat - box.minLat)).toFixed(5),
    lng: +(box.minLng + next() * (box.maxLng - box.minLng)).toFixed(5),
  }));
}

async function getJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} → ${res.status} ${await res.text()}`);
  return res.json();
}

async function load(base, paths, durationSec, connections) {
  let i = 0;
  const started = Date.now();
  const result = await autocannon({
    url: base,
    connections,
    duration: durationSec,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    window: [started, Date.now()],
  };
}

/** responseTime of the BFF's "request completed" lines whose URL has `urlPart`, per time window. */
export function serverTimes(logFile, windows, urlPart) {
  const out = windows.map(() => []);
  for (const text of readFileSync(logFile, 'utf8').split('\n')) {
    if (!text.includes('"request completed"') || !text.includes(urlPart)) continue;
    const line = JSON.parse(text);
    const k = windows.findIndex(([a, b]) => line.time >= a && line.time <= b);
    if (k >= 0) out[k].push(line.responseTime);
  }
  return out;
}

/**
 * `databaseUrl` empty runs the BFF on PGlite. Answers the numbers for test/bench/results/centers.json.
 */
export async function benchCenters({ points = 50_000, databaseUrl = '', durationSec, rounds, connections, median }) {
  const { HENAN_BOX } = await import('../../packages/sandbox/dist/seed/scale.js');
  const dir = mkdtempSync(join(tmpdir(), 'zsb-bench-centers-'));
  const procs = [];
  try {
    return await measure({ points, databaseUrl, durationSec, rounds, connections, median, HENAN_BOX, dir, procs });
  } finally {
    // (stop() waits for an exit event: only for those still running)
    for (const child of procs.reverse()) if (child.exitCode === null && child.signalCode === null) await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure({ points, databaseUrl, durationSec, rounds, connections, median, HENAN_BOX, dir, procs }) {
  const t0 = performance.now();
  const sandbox = await startNode(
    'packages/sandbox/dist/main.js',
    { SANDBOX_PORT: '0', SANDBOX_SCALE_POINTS: String(points) },
    /http:\/\/127\.0\.0\.1:(\d+)/,
  );
  procs.push(sandbox.child);
  const sandboxStartMs = performance.now() - t0;
  const sandboxUrl = `http://127.0.0.1:${sandbox.match[1]}`;
  const port = await freePort();
  const bffUrl = `http://127.0.0.1:${port}`;
  const logFile = join(dir, 'bff.log');
  const env = bffEnv({ port, dataDir: join(dir, 'data'), platformUrl: sandboxUrl, databaseUrl });
  const t1 = performance.now();
  const bff = await startServer('bff/dist/main.js', env, `${bffUrl}/health/ready`, logFile);
  procs.push(bff.child);
  const readyMs = performance.now() - t1;
  let total = 0;
  while (total < points) {
    if (performance.now() - t1 > SYNC_TIMEOUT_MS)
      throw new Error(`the BFF had ${total} of ${points} scale points after ${SYNC_TIMEOUT_MS} ms`);
    const res = await fetch(`${bffUrl}/api/v1/centers?bbox=110,31,117,37&limit=1`);
    if (res.ok) total = (await res.json()).total;
    if (total < points) await new Promise((r) => setTimeout(r, 250));
  }
  const syncedMs = performance.now() - t1;
  const memory = { afterSyncMb: { bff: rssMb(bff.child.pid), sandbox: rssMb(sandbox.child.pid) } };

  // Matters: the most asked-for ones; one that village stations handle (the filter passes most points) and one
  // that only township/county halls handle (the tree walk skips the villages nearby to find 20 halls).
  const hot = (await getJson(`${bffUrl}/api/v1/matters/hot`)).items;
  const middle = { lat: (HENAN_BOX.minLat + HENAN_BOX.maxLat) / 2, lng: (HENAN_BOX.minLng + HENAN_BOX.maxLng) / 2 };
  let villageMatter;
  let hallMatter;
  for (const m of hot) {
    const items = (
      await getJson(`${bffUrl}/api/v1/centers?lat=${middle.lat}&lng=${middle.lng}&limit=${LIMIT}&matterCode=${m.code}`)
    ).items;
    const villages = items.filter((c) => c.id.startsWith('X')).length;
    if (villages > 0) villageMatter ??= { code: m.code, name: m.name, hotRank: hot.indexOf(m) + 1 };
    else hallMatter ??= { code: m.code, name: m.name, hotRank: hot.indexOf(m) + 1 };
  }
  for (const m of [villageMatter, hallMatter].filter(Boolean)) {
    m.placesHandling = (
      await getJson(`${bffUrl}/api/v1/centers?bbox=110,31,117,37&limit=1&matterCode=${m.code}`)
    ).total;
  }
  const spots = randomPoints(POINTS, HENAN_BOX);
  const nearest = spots.map((p) => `/api/v1/centers?lat=${p.lat}&lng=${p.lng}&limit=${LIMIT}`);
  const scenarios = { nearest: { paths: nearest } };
  if (villageMatter)
    scenarios.nearestVillageMatter = {
      matter: villageMatter,
      paths: nearest.map((p) => `${p}&matterCode=${villageMatter.code}`),
    };
  if (hallMatter)
    scenarios.nearestHallMatter = {
      matter: hallMatter,
      paths: nearest.map((p) => `${p}&matterCode=${hallMatter.code}`),
    };

  const results = {};
  const windows = [];
  for (const [name, s] of Object.entries(scenarios)) {
    const sample = await (await fetch(`${bffUrl}${s.paths[0]}`)).text();
    const bodyFile = join(dir, `${name}.json`);
    writeFileSync(bodyFile, sample);
    const bare = await startNode(
      'test/bench/bare-server.mjs',
      { BARE_BODY_FILE: bodyFile, PORT: '0' },
      /listening (\d+)/,
    );
    procs.push(bare.child);
    const bareUrl = `http://127.0.0.1:${bare.match[1]}`;
    await load(bffUrl, s.paths, 2, connections); // warm-up
    const r = { bff: [], bare: [] };
    for (let k = 0; k < rounds; k++) {
      r.bare.push(await load(bareUrl, s.paths, durationSec, connections));
      r.bff.push(await load(bffUrl, s.paths, durationSec, connections));
    }
    await stop(bare.child);
    const pick = (side, key) => median(r[side].map((x) => x[key]));
    results[name] = {
      ...(s.matter ? { matter: s.matter } : {}),
      bytes: Buffer.byteLength(sample),
      bff: {
        rps: pick('bff', 'rps'),
        p50: pick('bff', 'p50'),
        p99: pick('bff', 'p99'),
        errors: r.bff.reduce((a, x) => a + x.errors, 0),
      },
      bare: { rps: pick('bare', 'rps'), p50: pick('bare', 'p50'), p99: pick('bare', 'p99') },
    };
    results[name].throughputRatio = results[name].bff.rps / results[name].bare.rps;
    windows.push(...r.bff.map((x) => ({ name, window: x.window })));
  }
  memory.afterLoadMb = { bff: rssMb(bff.child.pid), sandbox: rssMb(sandbox.child.pid) };
  await stop(bff.child); // pino flushes its buffer on exit
  await stop(sandbox.child);
  // Read once the BFF has exited: the log is buffered (flushed each second and on exit).
  const syncLine = readFileSync(logFile, 'utf8')
    .split('\n')
    .find((l) => l.includes('"catalog sync"') && l.includes('"updated"'));
  const times = serverTimes(
    logFile,
    windows.map((w) => w.window),
    '/api/v1/centers?',
  );
  for (const name of Object.keys(results)) {
    const perRound = windows.map((w, k) => (w.name === name ? times[k] : null)).filter(Boolean);
    results[name].serverSide = {
      p50: median(perRound.map((t) => percentile(t, 50))),
      p99: median(perRound.map((t) => percentile(t, 99))),
      requestsLogged: perRound.reduce((a, t) => a + t.length, 0),
    };
  }
  return {
    points,
    centersInCatalog: total,
    database: databaseUrl ? 'postgres' : 'pglite',
    limit: LIMIT,
    randomPoints: POINTS,
    connections,
    sandboxStartMs: Math.round(sandboxStartMs),
    bffReadyMs: Math.round(readyMs),
    syncedMs: Math.round(syncedMs),
    catalogSyncLogMs: syncLine ? JSON.parse(syncLine).ms : null,
    memory,
    scenarios: results,
    targets: { serverSideP99Ms: 10 },
  };
}

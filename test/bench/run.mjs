// `npm run bench`: catalog search and guide reads under load against a bare Fastify baseline measured in the same
// run, and BFF cold start to ready (group `catalog`); e-licence reads and 亮证 against the library alone, on PGlite and
// PostgreSQL (`licences`); nearest-center latency at 50,000 points
// (`centers`); booking under contention on PostgreSQL against a one-row UPDATE (`bookings`); submissions through a
// slow, failing approval platform (`applications`); licence reads and sign-ins against the upstream error rate,
// the breaker against retries alone (`faults`). All groups by default;
// `npm run bench -- centers bookings` runs only those. Results go to test/bench/results/ and are summarised in the README.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { benchApplications } from './applications.mjs';
import { benchBookings } from './bookings.mjs';
import { benchCenters } from './centers.mjs';
import { benchDashboard } from './dashboard.mjs';
import { benchFaults } from './faults.mjs';
import { benchLicences } from './licences.mjs';
import { benchSearchIndex } from './search-index.mjs';
import { bffEnv, freePort, median, root, startNode, startServer, stop } from './procs.mjs';

const DURATION = Number(process.env.BENCH_DURATION ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
const QUERIES = [
  '社保卡',
  '身份证',
  '低保',
  'sfz',
  'shebaoka',
  '医保',
  '营业执照',
  '准生证',
  '残疾证',
  '结婚登记',
  '养老',
  '失业金',
];
// The server the centers and bookings groups make their fresh databases on (and drop them after).
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GROUPS = ['catalog', 'licences', 'centers', 'bookings', 'dashboard', 'applications', 'faults'];
const groups = process.argv.length > 2 ? process.argv.slice(2) : GROUPS;
const unknown = groups.filter((g) => !GROUPS.includes(g));
if (unknown.length) {
  process.stderr.write(`unknown bench group ${unknown.join(', ')}; the groups are ${GROUPS.join(', ')}\n`);
  process.exit(2);
}

spawnSync('npx', ['tsc', '-b', 'packages/contracts', 'packages/domain', 'packages/sandbox', 'bff'], {
  cwd: root,
  stdio: 'inherit',
});
// As `npm start` and the build do: the empty PGlite cluster a new DATA_DIR starts from (initdb done once).
spawnSync(process.execPath, ['bff/scripts/make-pglite-template.mjs'], { cwd: root, stdio: 'inherit' });
mkdirSync(join(root, 'test/bench/results'), { recursive: true });
const machine = `${(await import('node:os')).cpus().length} cores, node ${process.version}`;

if (groups.includes('catalog')) await catalogGroup();
if (groups.some((g) => ['licences', 'centers', 'bookings', 'dashboard'].includes(g))) {
  const postgres = await postgresVersion();
  if (groups.includes('licences')) await licencesGroup(postgres);
  if (groups.includes('centers')) await centersGroup(postgres);
  if (groups.includes('bookings')) {
    if (postgres) await bookingsGroup(postgres);
    else process.stdout.write(`bookings: skipped, no PostgreSQL at ${PG_ADMIN_URL} (set PG_ADMIN_URL)\n`);
  }
  if (groups.includes('dashboard')) {
    if (postgres) await dashboardGroup(postgres);
    else process.stdout.write(`dashboard: skipped, no PostgreSQL at ${PG_ADMIN_URL} (set PG_ADMIN_URL)\n`);
  }
}

if (groups.includes('applications')) await applicationsGroup();
if (groups.includes('faults')) await faultsGroup();

/**
 * Licence reads and sign-ins through an upstream failing 0–90% of its answers: the BFF as configured (breaker and
 * retries) against one whose breaker never opens (retries alone), both on PGlite against one sandbox.
 */
async function faultsGroup() {
  const sandbox = await startNode(
    'packages/sandbox/dist/main.js',
    { SANDBOX_PORT: '0' },
    /http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const platformUrl = `http://127.0.0.1:${sandbox.match[1]}`;
  const variants = {
    configured: {},
    retriesOnly: { UPSTREAM_BREAKER_FAILURE_RATIO: '0.99', UPSTREAM_BREAKER_MIN_CALLS: '100000' },
  };
  const started = [];
  const bffs = {};
  for (const [name, extra] of Object.entries(variants)) {
    const dataDir = mkdtempSync(join(tmpdir(), 'zsb-bench-'));
    const port = await freePort();
    bffs[name] = `http://127.0.0.1:${port}`;
    started.push({
      dataDir,
      ...(await startServer(
        'bff/dist/main.js',
        bffEnv({ port, dataDir, platformUrl, logLevel: 'warn', ...extra }),
        `${bffs[name]}/health/ready`,
        join(dataDir, 'bff.log'),
      )),
    });
  }
  const settings = {
    rates: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1],
    rounds: ROUNDS,
    reads: Number(process.env.BENCH_FAULT_CALLS ?? 200),
    signIns: Number(process.env.BENCH_FAULT_CALLS ?? 200),
    concurrency: 10,
  };
  let curve;
  try {
    curve = await benchFaults({ bffs, sandboxUrl: platformUrl, median, ...settings });
  } finally {
    for (const s of started) {
      await stop(s.child);
      rmSync(s.dataDir, { recursive: true, force: true });
    }
    await stop(sandbox.child);
  }
  const summary = {
    when: new Date().toISOString(),
    machine,
    settings: { ...settings, statistic: 'median of rounds', variants },
    curve,
  };
  writeFileSync(join(root, 'test/bench/results/faults.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `\nfaults: success % by upstream error rate, ${settings.reads} calls a point, ${settings.concurrency} at a time, median of ${ROUNDS} rounds\n`,
  );
  process.stdout.write(
    'error rate | licence reads: breaker + retries / retries alone (seconds for the point) | sign-ins: breaker / no breaker\n',
  );
  for (const p of curve) {
    const reads = `${p.configured.licenceReads} / ${p.retriesOnly.licenceReads} (${p.configured.licenceReadsSeconds} / ${p.retriesOnly.licenceReadsSeconds} s)`;
    process.stdout.write(
      `${String(Math.round(p.errorRate * 100)).padStart(9)}% | ${reads.padEnd(30)} | ${p.configured.signIns} / ${p.retriesOnly.signIns}\n`,
    );
  }
  process.stdout.write('written to test/bench/results/faults.json\n');
}

async function applicationsGroup() {
  const runs = [];
  for (let r = 0; r < ROUNDS; r++)
    runs.push(
      await benchApplications({
        sandboxPort: 3391 + 2 * r,
        bffPort: 3392 + 2 * r,
        submissions: Number(process.env.BENCH_SUBMISSIONS ?? 200),
      }),
    );
  const m = (pick) => Math.round(median(runs.map(pick)) * 10) / 10;
  const summary = {
    when: new Date().toISOString(),
    machine,
    settings: { ...runs[0].settings, rounds: ROUNDS, statistic: 'median of rounds' },
    submit: { perSec: m((x) => x.submit.perSec), p50: m((x) => x.submit.p50), p99: m((x) => x.submit.p99) },
    acceptance: { p50: m((x) => x.acceptance.p50), p99: m((x) => x.acceptance.p99) },
    platformDirect: { p50: m((x) => x.platformDirect.p50), p99: m((x) => x.platformDirect.p99) },
    noLoss: runs.map((x) => ({ ...x.noLoss, missing: x.acceptance.missing, submitted: x.submit.ok })),
  };
  writeFileSync(join(root, 'test/bench/results/applications.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const lost = summary.noLoss.some(
    (n) =>
      n.missing > 0 ||
      n.upstreamApplications !== n.submitted ||
      n.uniqueNumbers !== n.submitted ||
      !n.everyNumberMatches,
  );
  process.stdout.write(
    `\napplications: ${summary.settings.submissions} submissions, ${summary.settings.concurrency} at a time, platform ${summary.settings.upstream}\n` +
      `submit answered (已提交)   ${summary.submit.perSec}/s p50 ${summary.submit.p50} ms p99 ${summary.submit.p99} ms\n` +
      `submit → platform accepted p50 ${summary.acceptance.p50} ms p99 ${summary.acceptance.p99} ms\n` +
      `the platform directly      p50 ${summary.platformDirect.p50} ms p99 ${summary.platformDirect.p99} ms\n` +
      `no loss: ${lost ? 'FAILED' : 'every application reached the platform exactly once, each resident sees its number'}\n`,
  );
  if (lost) process.exitCode = 1;
}

async function postgresVersion() {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  try {
    await admin.connect();
    return (await admin.query('SHOW server_version')).rows[0].server_version;
  } catch {
    return null;
  } finally {
    await admin.end().catch(() => {});
  }
}

async function withDatabase(fn) {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  const name = `zsb_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  try {
    return await fn(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function centersGroup(postgres) {
  // On PostgreSQL when there is one (as deployed: the matter's next free slot is one query there), else PGlite.
  const options = {
    points: Number(process.env.BENCH_SCALE_POINTS ?? 50_000),
    durationSec: DURATION,
    rounds: ROUNDS,
    connections: 10,
    median,
  };
  const centers = postgres
    ? await withDatabase((databaseUrl) => benchCenters({ ...options, databaseUrl }))
    : await benchCenters(options);
  const summary = {
    when: new Date().toISOString(),
    machine,
    postgres,
    settings: { durationSec: DURATION, rounds: ROUNDS, statistic: 'median of rounds' },
    ...centers,
  };
  writeFileSync(join(root, 'test/bench/results/centers.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `\ncenters: ${centers.centersInCatalog} places (${centers.points} scale points) in the BFF ${(centers.syncedMs / 1000).toFixed(1)} s after start; RSS BFF ${centers.memory.afterSyncMb.bff} MB, sandbox ${centers.memory.afterSyncMb.sandbox} MB (${centers.database})\n`,
  );
  for (const [n, r] of Object.entries(centers.scenarios)) {
    process.stdout.write(
      `${n.padEnd(21)} ${String(r.bytes).padStart(6)} B | BFF ${r.bff.rps.toFixed(0).padStart(5)} req/s p50 ${r.bff.p50} ms p99 ${r.bff.p99} ms | server-side p50 ${r.serverSide.p50} ms p99 ${r.serverSide.p99} ms (target ≤ 10) | bare ${r.bare.rps.toFixed(0).padStart(5)} req/s p99 ${r.bare.p99} ms | ratio ${(r.throughputRatio * 100).toFixed(1)}% | errors ${r.bff.errors}${r.matter ? ` | ${r.matter.code} ${r.matter.name}` : ''}\n`,
    );
  }
  process.stdout.write('written to test/bench/results/centers.json\n');
}

/** The 达标 dashboard of the most populous county with a year of data, against GET /admin/me (same run). */
async function dashboardGroup(postgres) {
  const r = await withDatabase((databaseUrl) => benchDashboard({ databaseUrl }));
  const summary = { when: new Date().toISOString(), machine, postgres, target: 'p95 ≤ 300 ms', ...r };
  writeFileSync(join(root, 'test/bench/results/dashboard.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `\ndashboard: ${r.county} (${r.places} places), ${r.month}; rows ${JSON.stringify(r.data.rows)} generated in ${r.data.generatedSec} s\n`,
  );
  process.stdout.write(
    `county, nothing kept yet: ${r.results.countyCold.map((c) => `${c.ms} ms (${c.status})`).join(', ')}\n`,
  );
  for (const [name, x] of Object.entries(r.results).filter(([n]) => n !== 'countyCold'))
    process.stdout.write(
      `${name.padEnd(9)} one at a time p50 ${x.sequential.p50} ms p95 ${x.sequential.p95} ms p99 ${x.sequential.p99} ms | two at once p50 ${x.twoAtOnce.p50} ms p95 ${x.twoAtOnce.p95} ms | errors ${x.sequential.errors + x.twoAtOnce.errors}\n`,
    );
  process.stdout.write('written to test/bench/results/dashboard.json\n');
}

async function bookingsGroup(postgres) {
  const bookings = await benchBookings({
    adminUrl: PG_ADMIN_URL,
    residents: Number(process.env.BENCH_BOOKING_RESIDENTS ?? 300),
    rounds: ROUNDS,
    connections: Number(process.env.BENCH_BOOKING_CONNECTIONS ?? 10),
    median,
  });
  const summary = {
    when: new Date().toISOString(),
    machine,
    postgres,
    settings: { rounds: ROUNDS, statistic: 'median of rounds' },
    ...bookings,
  };
  writeFileSync(join(root, 'test/bench/results/bookings.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const b = bookings;
  const row = (n, r, unit) =>
    `${n.padEnd(28)} ${String(r.perSec).padStart(5)} ${unit}/s p50 ${r.p50} ms p99 ${r.p99} ms${r.serverSide ? ` (server-side p50 ${r.serverSide.p50} ms p99 ${r.serverSide.p99} ms)` : ''} | failed ${r.failed}\n`;
  process.stdout.write(
    `\nbookings: ${b.residents} verified residents × ${b.slot.matters.length} matters = ${b.requestsPerPhase} requests a phase, ${b.connections} at a time, PostgreSQL ${postgres}\n`,
  );
  process.stdout.write(row('book, one slot row', b.book, 'bookings'));
  process.stdout.write(row('cancel, one slot row', b.cancel, 'cancels'));
  process.stdout.write(row(`book, over ${b.bookSpread.slots} slot rows`, b.bookSpread, 'bookings'));
  process.stdout.write(row(`cancel, over ${b.bookSpread.slots} slot rows`, b.cancelSpread, 'cancels'));
  process.stdout.write(row('UPDATE … RETURNING, one row', b.updateBaseline, 'updates'));
  process.stdout.write(
    `book / UPDATE ${(b.throughputRatio * 100).toFixed(1)}%, cancel / UPDATE ${(b.cancelThroughputRatio * 100).toFixed(1)}%; slot row consistent after every phase: ${b.consistent}\n`,
  );
  process.stdout.write('written to test/bench/results/bookings.json\n');
}

async function catalogGroup() {
  const sandbox = await startNode(
    'packages/sandbox/dist/main.js',
    { SANDBOX_PORT: '0' },
    /http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const platformUrl = `http://127.0.0.1:${sandbox.match[1]}`;
  const envOf = (dataDir, port) => bffEnv({ port, dataDir, platformUrl });

  // Cold start: fresh data folder, so migrations and the first full catalog sync are included.
  const coldStarts = [];
  for (let i = 0; i < 3; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'zsb-bench-'));
    const port = 3900 + i;
    const t0 = performance.now();
    const bff = await startServer(
      'bff/dist/main.js',
      envOf(dir, port),
      `http://127.0.0.1:${port}/health/ready`,
      join(dir, 'bff.log'),
    );
    coldStarts.push(performance.now() - t0);
    await stop(bff.child);
    rmSync(dir, { recursive: true, force: true });
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'zsb-bench-'));
  const bffUrl = 'http://127.0.0.1:3910';
  // The load runs on PGlite by default; BENCH_DATABASE_URL (an empty database) puts it on PostgreSQL, as deployed.
  const database = process.env.BENCH_DATABASE_URL ?? '';
  const bff = await startServer(
    'bff/dist/main.js',
    { ...envOf(dataDir, 3910), DATABASE_URL: database },
    `${bffUrl}/health/ready`,
    join(dataDir, 'bff.log'),
  );
  const codes = (await (await fetch(`${bffUrl}/api/v1/matters?pageSize=50`)).json()).items.map((m) => m.code);

  const scenarios = {
    search: QUERIES.map((q) => `/api/v1/matters?q=${encodeURIComponent(q)}`),
    guide: codes.map((c) => `/api/v1/matters/${c}`),
  };

  async function load(base, paths) {
    let i = 0;
    const result = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.non2xx,
    };
  }

  const results = {};
  for (const [name, paths] of Object.entries(scenarios)) {
    // The baseline answers a body of the same size as the BFF's typical answer for this scenario.
    const sample = await (await fetch(`${bffUrl}${paths[0]}`)).text();
    const bodyFile = join(dataDir, `${name}.json`);
    writeFileSync(bodyFile, sample);
    const bare = await startNode(
      'test/bench/bare-server.mjs',
      { BARE_BODY_FILE: bodyFile, PORT: '0' },
      /listening (\d+)/,
    );
    const bareUrl = `http://127.0.0.1:${bare.match[1]}`;
    await load(bffUrl, paths); // warm-up
    const rounds = { bff: [], bare: [] };
    for (let r = 0; r < ROUNDS; r++) {
      rounds.bare.push(await load(bareUrl, paths));
      rounds.bff.push(await load(bffUrl, paths));
    }
    await stop(bare.child);
    const pick = (side, k) => median(rounds[side].map((x) => x[k]));
    results[name] = {
      bytes: Buffer.byteLength(sample),
      bff: {
        rps: pick('bff', 'rps'),
        p50: pick('bff', 'p50'),
        p99: pick('bff', 'p99'),
        errors: rounds.bff.reduce((a, x) => a + x.errors, 0),
      },
      bare: { rps: pick('bare', 'rps'), p50: pick('bare', 'p50'), p99: pick('bare', 'p99') },
    };
    results[name].throughputRatio = results[name].bff.rps / results[name].bare.rps;
  }
  await stop(bff.child);
  await stop(sandbox.child);
  rmSync(dataDir, { recursive: true, force: true });

  const summary = {
    when: new Date().toISOString(),
    machine: `${(await import('node:os')).cpus().length} cores, node ${process.version}`,
    settings: {
      connections: CONNECTIONS,
      durationSec: DURATION,
      rounds: ROUNDS,
      statistic: 'median of rounds',
      database: database ? 'postgres' : 'pglite',
    },
    coldStartMs: { runs: coldStarts.map(Math.round), median: Math.round(median(coldStarts)), target: 5000 },
    searchIndex: benchSearchIndex(root, median),
    catalog: results,
    targets: { p99Ms: 20, throughputRatio: 0.5 },
  };
  mkdirSync(join(root, 'test/bench/results'), { recursive: true });
  writeFileSync(join(root, 'test/bench/results/catalog.json'), `${JSON.stringify(summary, null, 2)}\n`);

  const line = (n, r) =>
    `${n.padEnd(8)} ${String(r.bytes).padStart(6)} B | BFF ${r.bff.rps.toFixed(0).padStart(6)} req/s p50 ${r.bff.p50} ms p99 ${r.bff.p99} ms | bare ${r.bare.rps.toFixed(0).padStart(6)} req/s p99 ${r.bare.p99} ms | ratio ${(r.throughputRatio * 100).toFixed(0)}% | errors ${r.bff.errors}`;
  process.stdout.write(
    `\ncold start to ready (fresh PGlite, migrations, first sync): ${coldStarts.map(Math.round).join(', ')} ms → median ${summary.coldStartMs.median} ms\n`,
  );
  for (const [n, r] of Object.entries(results)) process.stdout.write(`${line(n, r)}\n`);
  process.stdout.write(
    `search index: build ${summary.searchIndex.buildMs} ms for ${summary.searchIndex.matters} matters; uncached query median ${summary.searchIndex.uncachedQueryMedianMs} ms\n`,
  );
  process.stdout.write('written to test/bench/results/catalog.json\n');
}

/**
 * E-licences on a BFF of their own (fresh data, nothing else loaded in the process), once on PGlite and, when
 * PostgreSQL answers, once on a fresh PostgreSQL database, as deployed.
 */
async function licencesGroup(postgres) {
  const sandbox = await startNode(
    'packages/sandbox/dist/main.js',
    { SANDBOX_PORT: '0' },
    /http:\/\/127\.0\.0\.1:(\d+)/,
  );
  const platformUrl = `http://127.0.0.1:${sandbox.match[1]}`;
  const proxy = await startNode(
    'test/bench/bare-proxy.mjs',
    { UPSTREAM_URL: platformUrl, PORT: '0' },
    /listening (\d+)/,
  );
  const proxyUrl = `http://127.0.0.1:${proxy.match[1]}`;
  const databases = { pglite: (fn) => fn('') };
  if (postgres) databases.postgres = withDatabase;
  const byDatabase = {};
  for (const [name, withDb] of Object.entries(databases)) {
    byDatabase[name] = await withDb(async (databaseUrl) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'zsb-bench-'));
      const port = await freePort();
      const bffUrl = `http://127.0.0.1:${port}`;
      const bff = await startServer(
        'bff/dist/main.js',
        bffEnv({ port, dataDir, platformUrl, databaseUrl }),
        `${bffUrl}/health/ready`,
        join(dataDir, 'bff.log'),
      );
      try {
        // 10 connections: at 50, the BFF, the sandbox and the load generator saturate the two cores between them,
        // and the latency measured is queueing, not what the BFF adds to an upstream call.
        return await benchLicences({
          bffUrl,
          sandboxUrl: platformUrl,
          proxyUrl,
          durationSec: DURATION,
          rounds: ROUNDS,
          connections: 10,
          median,
        });
      } finally {
        await stop(bff.child);
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  }
  await stop(proxy.child);
  await stop(sandbox.child);
  const summary = {
    when: new Date().toISOString(),
    machine,
    postgres,
    settings: { durationSec: DURATION, rounds: ROUNDS, statistic: 'median of rounds' },
    ...byDatabase,
  };
  writeFileSync(join(root, 'test/bench/results/licences.json'), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(
    `\nlicences: library answering after ${byDatabase.pglite.upstreamLatencyMs} ms, ${byDatabase.pglite.connections} connections\n`,
  );
  for (const [db, results] of Object.entries(byDatabase)) {
    for (const [n, r] of Object.entries(results).filter(([, v]) => typeof v === 'object')) {
      process.stdout.write(
        `${db.padEnd(8)} ${n.padEnd(20)} | BFF ${r.bff.rps.toFixed(0).padStart(5)} req/s p50 ${r.bff.p50} ms p99 ${r.bff.p99} ms | upstream alone p50 ${r.upstream.p50} ms p99 ${r.upstream.p99} ms | BFF adds p50 ${r.addedP50Ms} ms, p99 ${r.addedP99Ms} ms (target ≤ 10) | bare proxy adds p99 ${r.proxyAddedP99Ms} ms | errors ${r.bff.errors}\n`,
      );
    }
  }
  process.stdout.write('written to test/bench/results/licences.json\n');
}

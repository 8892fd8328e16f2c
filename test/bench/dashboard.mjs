// The 达标 dashboard at province scale (issue 14: ≤ 300 ms at p95). A fresh PostgreSQL database gets a year of one
// county's services at the volume of a populous Henan county, in tables that also hold the rest of the province's
// rows (filler at other counties' places), then a county admin asks for the county's month (six months of trend)
// and one township of it, one request after another and two at a time. Baseline in the same run: GET
// /api/v1/admin/me (signed in, roles read, nothing counted).
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pg from 'pg';
import { bffEnv, freePort, pool, startNode, startServer, stop } from './procs.mjs';
import { percentile } from './centers.mjs';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';

/** A populous county's year (about 1.2 million people: 滑县, 林州市), and the rest of the province beside it. */
export const VOLUME = {
  residents: 200_000,
  applications: 300_000,
  bookings: 200_000,
  reviewShare: 0.6,
  feedback: 6_000,
  slots: 30_000,
  fillerApplications: Number(process.env.BENCH_DASHBOARD_FILLER ?? 1_500_000),
  fillerBookings: Number(process.env.BENCH_DASHBOARD_FILLER ?? 1_500_000) / 2,
};

export async function generate(db, county, others, matters, v) {
  const t0 = Date.now();
  const q = (text, params) => db.query(text, params);
  await q(`INSERT INTO resident (id) SELECT 'BR' || g FROM generate_series(1, $1) g`, [v.residents]);
  // Applications: ended over the last year (a third of them the day they were submitted), at the county's places;
  // the filler the same at other counties' places.
  const apps = (prefix, n, centers) =>
    q(
      `INSERT INTO application (id, resident_id, matter_code, matter_name, status, payload_enc, materials, promised_days,
                                request_hash, submitted_at, settled_at, owner_center_id)
       SELECT $1 || g, 'BR' || (1 + (g::bigint * 7919) % $3), ($4::text[])[1 + g % cardinality($4::text[])], '测试事项',
              'completed', 'x', '[]', 5, 'x',
              now() - (g % 365) * interval '1 day' - (g % 3) * interval '1 day' - interval '3 hours',
              now() - (g % 365) * interval '1 day', ($5::text[])[1 + g % cardinality($5::text[])]
       FROM generate_series(1, $2) g`,
      [prefix, n, v.residents, matters, centers],
    );
  await apps('BA', v.applications, county);
  await apps('FA', v.fillerApplications, others);
  const bookings = (prefix, n, centers) =>
    q(
      `INSERT INTO booking (id, resident_id, center_id, matter_code, group_code, starts_at, ends_at, status, check_in_code,
                            checked_in_at)
       SELECT $1 || g, 'BR' || (1 + (g::bigint * 104729) % $3), ($5::text[])[1 + g % cardinality($5::text[])],
              ($4::text[])[1 + g % cardinality($4::text[])], 'g',
              now() - (g % 365) * interval '1 day', now() - (g % 365) * interval '1 day' + interval '30 minutes',
              CASE WHEN g % 10 = 0 THEN 'no_show' WHEN g % 10 = 1 THEN 'cancelled' ELSE 'checked_in' END, $1 || 'C' || g,
              CASE WHEN g % 10 > 1 THEN now() - (g % 365) * interval '1 day' END
       FROM generate_series(1, $2) g`,
      [prefix, n, v.residents, matters, centers],
    );
  await bookings('BB', v.bookings, county);
  await bookings('FB', v.fillerBookings, others);
  // Ratings of 60% of the services; one in twenty a 差评, rectified.
  await q(
    `INSERT INTO review (id, resident_id, subject_kind, subject_id, center_id, title, level, indicator_set, indicators,
                         reasons, content_enc, photos, open_until, request_hash, case_state, case_events, created_at)
     SELECT 'RV' || a.id, a.resident_id, 'application', a.id, a.owner_center_id, '测试事项',
            CASE WHEN (hashtext(a.id) % 20) = 0 THEN 1 ELSE 5 END, 'v1', '{}', '[]', 'x', '[]', now(), 'x',
            CASE WHEN (hashtext(a.id) % 20) = 0 THEN 'FOLLOWED_UP' END,
            CASE WHEN (hashtext(a.id) % 20) = 0 THEN '[{"kind":"opened"},{"kind":"rectified"}]'::jsonb ELSE '[]'::jsonb END,
            a.settled_at + interval '1 hour'
     FROM application a WHERE (abs(hashtext(a.id)) % 100) < $1`,
    [Math.round(v.reviewShare * 100)],
  );
  await q(
    `INSERT INTO feedback (id, number, resident_id, type, kind, owner_center_id, text_enc, photos, state, due_on,
                           request_hash, created_at, answered_at)
     SELECT 'FD' || g, 'BCB' || g, 'BR' || (1 + g % $2), CASE WHEN g % 3 = 0 THEN 'consultation' ELSE 'case' END,
            CASE WHEN g % 3 = 0 THEN NULL ELSE 'other' END, ($3::text[])[1 + g % cardinality($3::text[])], 'x', '[]',
            CASE WHEN g % 7 = 0 THEN 'received' ELSE 'answered' END,
            to_char(now() - (g % 365) * interval '1 day' + interval '5 days', 'YYYY-MM-DD'), 'x',
            now() - (g % 365) * interval '1 day',
            CASE WHEN g % 7 = 0 THEN NULL ELSE now() - (g % 365) * interval '1 day' + interval '2 days' END
     FROM generate_series(1, $1) g`,
    [v.feedback, v.residents, county],
  );
  await q(
    `INSERT INTO booking_slot (center_id, starts_at, group_code, capacity, taken)
     SELECT ($2::text[])[1 + g % cardinality($2::text[])],
            date_trunc('day', now()) - interval '365 days' + (g / cardinality($2::text[])) * interval '30 minutes', 'g', 8, g % 9
     FROM generate_series(1, $1) g`,
    [v.slots, county],
  );
  await q('ANALYZE');
  const count = async (table) => Number((await q(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
  return {
    generatedSec: Math.round((Date.now() - t0) / 100) / 10,
    rows: {
      resident: await count('resident'),
      application: await count('application'),
      booking: await count('booking'),
      review: await count('review'),
      feedback: await count('feedback'),
      booking_slot: await count('booking_slot'),
    },
  };
}

async function timed(url, headers, n, width) {
  const times = [];
  let errors = 0;
  await pool(
    Array.from({ length: n }, (_, i) => i),
    width,
    async () => {
      const t = performance.now();
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      times.push(performance.now() - t);
      if (res.status !== 200) errors += 1;
    },
  );
  const r = (x) => Math.round(x * 10) / 10;
  return {
    n,
    width,
    p50: r(percentile(times, 50)),
    p95: r(percentile(times, 95)),
    p99: r(percentile(times, 99)),
    errors,
  };
}

export async function benchDashboard({ databaseUrl, requests = 200 }) {
  const dir = mkdtempSync(join(tmpdir(), 'zsb-bench-dashboard-'));
  const procs = [];
  const db = new pg.Client({ connectionString: databaseUrl });
  try {
    const sandbox = await startNode(
      'packages/sandbox/dist/main.js',
      { SANDBOX_PORT: '0' },
      /http:\/\/127\.0\.0\.1:(\d+)/,
    );
    procs.push(sandbox.child);
    const sandboxUrl = `http://127.0.0.1:${sandbox.match[1]}`;
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = bffEnv({
      port,
      dataDir: join(dir, 'bff'),
      platformUrl: sandboxUrl,
      databaseUrl,
      logLevel: 'warn',
      RATE_LIMIT_FACTOR: '100',
    });
    procs.push((await startServer('bff/dist/main.js', env, `${base}/health/ready`, join(dir, 'bff.log'))).child);
    await db.connect();
    const [who] = await sandboxResidents(sandboxUrl);
    const admin = await verifiedResident(base, sandboxUrl, who);
    const sub = JSON.parse(Buffer.from(admin.auth.authorization.split('.')[1], 'base64url').toString()).sub;
    const places = (
      await db.query(
        `SELECT id, body->>'county' AS county, body->>'township' AS township FROM center
         WHERE snapshot_id = (SELECT max(id) FROM catalog_snapshot)`,
      )
    ).rows;
    const byCounty = new Map();
    for (const p of places) byCounty.set(p.county, [...(byCounty.get(p.county) ?? []), p]);
    const [county, mine] = [...byCounty].sort((a, b) => b[1].length - a[1].length)[0];
    const others = places.filter((p) => p.county !== county).map((p) => p.id);
    const matters = (await (await fetch(`${base}/api/v1/matters/hot`)).json()).items.map((m) => m.code);
    await db.query('INSERT INTO county_admin (resident_id, county) VALUES ($1, $2)', [sub, county]);
    const data = await generate(
      db,
      mine.map((p) => p.id),
      others,
      matters,
      VOLUME,
    );
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const township = mine[0].township;
    const q = (params) => new URLSearchParams(params).toString();
    const headers = { authorization: admin.auth.authorization };
    const urls = {
      county: `${base}/api/v1/admin/dashboard?${q({ county, month })}`,
      township: `${base}/api/v1/admin/dashboard?${q({ county, township, month })}`,
      baseline: `${base}/api/v1/admin/me`,
    };
    // Cold: nothing counted yet (the county's six months counted from the rows, then kept), three times over.
    const cold = [];
    for (let i = 0; i < 3; i += 1) {
      await db.query('DELETE FROM target_month');
      const t = performance.now();
      const res = await fetch(urls.county, { headers });
      await res.arrayBuffer();
      cold.push({ ms: Math.round(performance.now() - t), status: res.status });
    }
    // Warm: the counts kept (as for every request within minutes of another, on any instance).
    for (const u of Object.values(urls)) await fetch(u, { headers }).then((r) => r.arrayBuffer());
    const results = {};
    for (const [name, url] of Object.entries(urls))
      results[name] = {
        sequential: await timed(url, headers, requests, 1),
        twoAtOnce: await timed(url, headers, requests, 2),
      };
    results.countyCold = cold;
    return { county, places: mine.length, month, volume: VOLUME, data, results };
  } finally {
    await db.end().catch(() => undefined);
    for (const p of procs.reverse()) await stop(p);
    rmSync(dir, { recursive: true, force: true });
  }
}

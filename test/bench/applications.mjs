// Submissions with the approval platform answering after 100 ms and failing 10% of the time (sandbox faults on
// /approval/ only). Measured: how long a resident waits for "已提交" (the BFF records and answers without the
// platform), submissions per second, and the time from submit until the platform accepted it and the 办件编号
// is there, p50/p99, with the check that every application reached the platform exactly once. The baseline is the
// same submission made directly to the platform, at the same concurrency, in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bffEnv, pool, startServer, stop } from './procs.mjs';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';

const json = { 'content-type': 'application/json' };
const PNG_1PX = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : null;
};

async function upload(bffUrl, auth) {
  const form = new FormData();
  form.append('file', new Blob([PNG_1PX], { type: 'image/png' }), 'photo.png');
  const res = await fetch(`${bffUrl}/api/v1/uploads`, {
    method: 'POST',
    headers: { authorization: auth.authorization },
    body: form,
  });
  if (res.status !== 201) throw new Error(`upload → ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

export async function benchApplications({ submissions = 200, residents = 40, concurrency = 10, sandboxPort, bffPort }) {
  const dir = mkdtempSync(join(tmpdir(), 'zsb-bench-apply-'));
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  const bffUrl = `http://127.0.0.1:${bffPort}`;
  const procs = [];
  try {
    procs.push(
      (
        await startServer(
          'packages/sandbox/dist/main.js',
          { SANDBOX_PORT: String(sandboxPort), SANDBOX_RESIDENTS: String(residents) },
          `${sandboxUrl}/__sandbox/health`,
          join(dir, 'sandbox.log'),
        )
      ).child,
    );
    const env = bffEnv({
      port: bffPort,
      dataDir: join(dir, 'data'),
      platformUrl: sandboxUrl,
      logLevel: 'warn',
      APPLICATION_RETRY_BASE_MS: '200',
      APPLICATION_RETRY_MAX_MS: '2000',
    });
    procs.push((await startServer('bff/dist/main.js', env, `${bffUrl}/health/ready`, join(dir, 'bff.log'))).child);

    const people = await pool((await sandboxResidents(sandboxUrl)).slice(0, residents), 4, (r) =>
      verifiedResident(bffUrl, sandboxUrl, r),
    );
    // The 掌上办 matter with the fewest required materials, so the setup uploads little.
    const page = (await (await fetch(`${bffUrl}/api/v1/matters?mobileReady=true&pageSize=50`)).json()).items;
    let form = null;
    for (const m of page) {
      const f = await (await fetch(`${bffUrl}/api/v1/matters/${m.code}/form`, { headers: people[0].auth })).json();
      if (!form || f.materials.filter((x) => x.required).length < form.materials.filter((x) => x.required).length)
        form = f;
    }
    const values = Object.fromEntries(
      form.fields
        .filter((f) => !f.locked && f.required)
        .map((f) => [
          f.key,
          f.type === 'choice'
            ? f.choices[0]
            : f.key === 'bankAccount'
              ? '6217000000000000001'
              : f.type === 'number'
                ? '3'
                : '压力测试申请',
        ]),
    );
    const jobs = await pool(
      Array.from({ length: submissions }, (_, i) => i),
      concurrency,
      async (i) => {
        const p = people[i % people.length];
        const materials = {};
        for (const m of form.materials.filter((x) => x.required))
          materials[m.key] = { kind: 'upload', uploadIds: [await upload(bffUrl, p.auth)] };
        return {
          p,
          body: JSON.stringify({ matterCode: form.matterCode, values, materials, delivery: { method: 'window' } }),
        };
      },
    );
    await fetch(`${sandboxUrl}/__sandbox/faults`, {
      method: 'PUT',
      headers: json,
      body: JSON.stringify({ latencyMs: 100, errorRate: 0.1, pathPrefix: '/approval/' }),
    });

    // Baseline: the same kind of submission straight to the platform (its own latency and errors).
    const direct = await pool(
      Array.from({ length: 100 }, (_, i) => i),
      concurrency,
      async (i) => {
        const r = (await sandboxResidents(sandboxUrl))[i % residents];
        const t = performance.now();
        const res = await fetch(`${sandboxUrl}/approval/v1/applications`, {
          method: 'POST',
          headers: { ...json, 'idempotency-key': `bench-direct-${process.pid}-${i}` },
          body: JSON.stringify({
            matter_code: form.matterCode,
            matter_name: form.matterName,
            applicant: { name: r.name, id_number: r.id_number, phone: r.phone },
            form: values,
            materials: [],
            delivery: null,
            theme_id: null,
            linked_key: null,
          }),
        });
        return { ms: performance.now() - t, ok: res.ok };
      },
    );

    const started = performance.now();
    const answers = await pool(jobs, concurrency, async (j, i) => {
      const t = performance.now();
      const res = await fetch(`${bffUrl}/api/v1/applications`, {
        method: 'POST',
        headers: { ...j.p.auth, 'idempotency-key': `bench-${process.pid}-${i}` },
        body: j.body,
      });
      const body = await res.json();
      return { status: res.status, id: body.id, at: t, ms: performance.now() - t, p: j.p };
    });
    const submitSec = (performance.now() - started) / 1000;
    // Then the time until each has its number (the outbox delivered it through latency and errors).
    const accepted = await pool(answers, 8, async (a) => {
      for (;;) {
        const d = await (await fetch(`${bffUrl}/api/v1/applications/${a.id}`, { headers: a.p.auth })).json();
        if (d.number) return { ms: performance.now() - a.at, number: d.number, id: a.id };
        if (performance.now() - a.at > 120_000) return { ms: null, number: null, id: a.id };
        await new Promise((r) => setTimeout(r, 50));
      }
    });
    const upstream = (await (await fetch(`${sandboxUrl}/__sandbox/approval/applications`)).json()).items.filter((u) =>
      u.idempotency_key.startsWith('zsb-submit-'),
    );
    const numbers = new Set(accepted.map((a) => a.number).filter(Boolean));
    const byKey = new Map(upstream.map((u) => [u.idempotency_key, u.application_no]));
    return {
      settings: {
        submissions,
        residents,
        concurrency,
        upstream: '100 ms latency, 10% errors on /approval/',
        matter: form.matterCode,
      },
      submit: {
        ok: answers.filter((a) => a.status === 201).length,
        p50: pct(
          answers.map((a) => a.ms),
          50,
        ),
        p99: pct(
          answers.map((a) => a.ms),
          99,
        ),
        perSec: submissions / submitSec,
      },
      acceptance: {
        p50: pct(
          accepted.map((a) => a.ms).filter((x) => x !== null),
          50,
        ),
        p99: pct(
          accepted.map((a) => a.ms).filter((x) => x !== null),
          99,
        ),
        missing: accepted.filter((a) => !a.number).length,
      },
      platformDirect: {
        p50: pct(
          direct.map((d) => d.ms),
          50,
        ),
        p99: pct(
          direct.map((d) => d.ms),
          99,
        ),
        failed: direct.filter((d) => !d.ok).length,
      },
      noLoss: {
        upstreamApplications: upstream.length,
        uniqueNumbers: numbers.size,
        everyNumberMatches: accepted.every((a) => a.number && byKey.get(`zsb-submit-${a.id}`) === a.number),
      },
    };
  } finally {
    for (const p of procs.reverse()) await stop(p);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchApplications({
    sandboxPort: 3391,
    bffPort: 3392,
    submissions: Number(process.env.BENCH_SUBMISSIONS ?? 200),
  });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

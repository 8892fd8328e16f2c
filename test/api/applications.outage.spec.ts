import { DatabaseConnection } from '../../bff/src/database/database.module';
import type { ApplicationDetail, ApplicationList, ErrorBody, MatterPage, Session } from '@zsb/contracts';
import { answersFor, materialsFor, numbered } from '../support/applying';
import { bearer, post, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';
import { waitFor } from '../support/wait';

let sys: RunningSystem;

beforeAll(async () => {
  // Retries every 100–400 ms, so the test does not wait out production backoff.
  sys = await startSystem({ env: { APPLICATION_RETRY_BASE_MS: '100', APPLICATION_RETRY_MAX_MS: '400' } });
}, 60_000);
afterAll(() => sys.close(), 120_000);

it('loses nothing when the platform is down while 50 applications are submitted: each reaches it exactly once', async () => {
  const residents = (await sandboxResidents(sys)).slice(0, 10);
  const sessions: Session[] = [];
  for (const r of residents) sessions.push(await verifiedSession(sys, r));
  const matters = await sys.get<MatterPage>('/api/v1/matters?mobileReady=true&pageSize=1');
  expect({ status: matters.status, body: matters.body }).toMatchObject({
    status: 200,
    body: { items: [expect.anything()] },
  });
  const matter = matters.body.items[0];
  const form = (
    await sys.get<import('@zsb/contracts').ApplicationForm>(`/api/v1/matters/${matter.code}/form`, {
      headers: bearer(sessions[0]),
    })
  ).body;
  const jobs: { session: Session; body: unknown; key: string }[] = [];
  for (const [i, s] of sessions.entries()) {
    for (let k = 0; k < 5; k++)
      jobs.push({
        session: s,
        key: `outage-${i}-${k}-abcdef`,
        body: {
          matterCode: matter.code,
          values: answersFor(form),
          materials: await materialsFor(sys, s, form),
          delivery: { method: 'window' },
        },
      });
  }

  await sys.sandbox.stop();
  const answers = await Promise.all(
    jobs.map((j) =>
      post<ApplicationDetail & ErrorBody>(sys, '/api/v1/applications', j.body, {
        ...bearer(j.session),
        'idempotency-key': j.key,
      }),
    ),
  );
  expect(answers.map((a) => a.status)).toEqual(jobs.map(() => 201));
  expect(answers.every((a) => a.body.status === 'submitted' && a.body.number === null)).toBe(true);
  // A resident retrying while the platform is down gets the same application back.
  const retry = await post<ApplicationDetail>(sys, '/api/v1/applications', jobs[0].body, {
    ...bearer(jobs[0].session),
    'idempotency-key': jobs[0].key,
  });
  expect(retry.status).toBe(200);
  expect(retry.body.id).toBe(answers[0].body.id);
  // Every submission has been tried against the dead platform (and put back in the outbox) before it comes back.
  const db = sys.app.get(DatabaseConnection).db;
  await waitFor('every submission to be tried while the platform is down', async () => {
    const rows = await db.selectFrom('application_outbox').select('attempts').execute();
    return rows.length === jobs.length && rows.every((r) => Number(r.attempts) > 0) ? true : undefined;
  });
  await sys.sandbox.start();

  const delivered = await Promise.all(answers.map((a, i) => numbered(sys, jobs[i].session, a.body.id, 45_000)));
  expect(delivered.every((d) => /^HN/.test(d.number ?? ''))).toBe(true);
  expect(new Set(delivered.map((d) => d.number)).size).toBe(50);

  const upstream = (
    (await (await fetch(`${sys.sandbox.url}/__sandbox/approval/applications`)).json()) as {
      items: { application_no: string; idempotency_key: string }[];
    }
  ).items;
  expect(upstream).toHaveLength(50);
  // Each resident sees the number the platform gave their own application.
  const byKey = new Map(upstream.map((u) => [u.idempotency_key, u.application_no]));
  for (const d of delivered) expect(byKey.get(`zsb-submit-${d.id}`)).toBe(d.number);
  for (const [i, s] of sessions.entries()) {
    const list = (await sys.get<ApplicationList>('/api/v1/applications', { headers: bearer(s) })).body.items;
    expect(list.map((a) => a.id).sort()).toEqual(
      answers
        .slice(i * 5, i * 5 + 5)
        .map((a) => a.body.id)
        .sort(),
    );
  }
}, 120_000);

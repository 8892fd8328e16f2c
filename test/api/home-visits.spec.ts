import { randomUUID } from 'node:crypto';
import type {
  ErrorBody,
  HomeVisit,
  HomeVisitList,
  Mandate,
  MandateActionList,
  MandateInvite,
  MatterPage,
  NotificationList,
  Session,
  StaffHomeVisit,
  StaffHomeVisitList,
} from '@zsb/contracts';
import fc from 'fast-check';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import {
  bearer,
  post,
  residentIdOf,
  sandboxResidents,
  verifiedSession,
  signInWechat,
  type SandboxResident,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// 上门服务 over HTTP: a resident who cannot come asks the center that handles the matter; that center's staff (and
// nobody else's) arrange a time or say why not, then record the visit; the resident is told at each step, and a
// helper can ask under a 委托 that covers the matter, which the principal sees.
let sys: RunningSystem;
let people: SandboxResident[];
let elder: Session;
let daughter: Session;
let clerk: Session;
let otherClerk: Session;
let visitor: Session; // signed in, not 实名
let matterCode: string;
let centerId: string;

const get = <T>(s: Session, path: string, actingFor?: string) =>
  sys.get<T & ErrorBody>(path, { headers: { ...bearer(s), ...(actingFor ? { 'x-acting-for': actingFor } : {}) } });
const send = <T>(s: Session, path: string, body: unknown, extra: Record<string, string> = {}) =>
  post<T & ErrorBody>(sys, path, body, { ...bearer(s), ...extra });
const ask = (s: Session, over: Record<string, unknown> = {}, extra: Record<string, string> = {}) =>
  send<HomeVisit>(
    s,
    '/api/v1/home-visits',
    {
      matterCode,
      centerId,
      reason: 'elderly',
      note: '腿脚不便下不了楼，想办养老待遇认证',
      address: '安阳县吕村镇东吕村三组 12 号',
      ...over,
    },
    { 'idempotency-key': randomUUID(), ...extra },
  );
const act = (s: Session, id: string, body: unknown) =>
  send<StaffHomeVisit>(s, `/api/v1/staff/home-visits/${id}/actions`, body);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

beforeAll(async () => {
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '100' } });
  people = await sandboxResidents(sys);
  [elder, daughter, clerk, otherClerk] = await Promise.all(
    [33, 34, 35, 36].map((i) => verifiedSession(sys, people[i])),
  );
  visitor = await signInWechat(sys, 'oZSBvisitor00000000000000077');
  matterCode = (await sys.get<MatterPage>('/api/v1/matters?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1&pageSize=1')).body.items[0]
    .code;
  centerId = (
    await sys.get<{ items: { id: string }[] }>(
      `/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matterCode}&limit=1`,
    )
  ).body.items[0].id;
  await sys.app.get(StaffRepository).grant(residentIdOf(clerk), centerId);
  await sys.app.get(StaffRepository).grant(residentIdOf(otherClerk), 'C999999999');
}, 120_000);
afterAll(() => sys.close(), 120_000);

it('refuses what is incomplete, malformed or not real-name, and records nothing', async () => {
  expect((await ask(visitor)).status).toBe(403);
  await fc.assert(
    fc.asyncProperty(
      fc.record(
        {
          matterCode: fc.oneof(fc.constant(matterCode), fc.string(), fc.constant('410500-000000-000')),
          centerId: fc.oneof(fc.constant(centerId), fc.string({ maxLength: 40 })),
          reason: fc.oneof(fc.constantFrom('elderly', 'disabled', 'ill', 'other'), fc.string()),
          note: fc.oneof(fc.string({ maxLength: 4 }), fc.string({ minLength: 301, maxLength: 400 })),
          address: fc.string({ maxLength: 120 }),
        },
        { requiredKeys: [] },
      ),
      async (body) => {
        const res = await send(elder, '/api/v1/home-visits', body, { 'idempotency-key': randomUUID() });
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(typeof res.body.message).toBe('string');
      },
    ),
    { numRuns: 40 },
  );
  expect((await get<HomeVisitList>(elder, '/api/v1/home-visits')).body.items).toEqual([]);
});

it('goes to the center’s staff, who arrange a time; the resident is told, and the record moves only forward', async () => {
  const key = randomUUID();
  const asked = await ask(elder, {}, { 'idempotency-key': key });
  expect(asked.status).toBe(201);
  expect(asked.body).toMatchObject({
    state: 'requested',
    stateLabel: '待安排',
    reasonLabel: '年老行动不便',
    askedBy: null,
  });
  expect(asked.body.number).toMatch(/^SM\d{14}$/);
  const again = await ask(elder, {}, { 'idempotency-key': key });
  expect(again.status).toBe(200);
  expect(again.body.id).toBe(asked.body.id);

  // Another center's staff do not see it and cannot act on it.
  expect((await get<StaffHomeVisitList>(otherClerk, '/api/v1/staff/home-visits')).body.items).toEqual([]);
  expect((await act(otherClerk, asked.body.id, { action: 'accept', scheduledAt: inDays(1) })).status).toBe(404);
  expect((await get(elder, '/api/v1/staff/home-visits')).status).toBe(403);

  const queue = (await get<StaffHomeVisitList>(clerk, '/api/v1/staff/home-visits')).body.items;
  const seen = queue.find((v) => v.id === asked.body.id)!;
  expect(seen.residentName).toMatch(/^\p{Script=Han}\*/u);
  expect(seen.residentPhone).toBe(people[33].phone);
  expect(seen.address).toBe('安阳县吕村镇东吕村三组 12 号');

  expect((await act(clerk, asked.body.id, { action: 'done' })).status).toBe(409); // not arranged yet
  expect((await act(clerk, asked.body.id, { action: 'accept' })).status).toBe(400); // no time
  expect((await act(clerk, asked.body.id, { action: 'accept', scheduledAt: inDays(-1) })).status).toBe(400);
  expect((await act(clerk, asked.body.id, { action: 'decline' })).status).toBe(400); // no reason
  const accepted = await act(clerk, asked.body.id, { action: 'accept', scheduledAt: inDays(2) });
  expect(accepted.status).toBe(200);
  expect(accepted.body.state).toBe('accepted');
  const notices = (await get<NotificationList>(elder, '/api/v1/notifications')).body.items;
  expect(notices.find((n) => n.kind === 'home-visit')).toMatchObject({
    title: expect.stringContaining('已安排'),
    target: `/home-visits/${asked.body.id}`,
  });
  expect((await act(clerk, asked.body.id, { action: 'accept', scheduledAt: inDays(3) })).status).toBe(409);
  expect((await act(clerk, asked.body.id, { action: 'done', answer: '已办结' })).body.state).toBe('done');
  expect((await send(elder, `/api/v1/home-visits/${asked.body.id}/cancel`, {})).status).toBe(409);
  const mine = (await get<HomeVisit>(elder, `/api/v1/home-visits/${asked.body.id}`)).body;
  expect(mine).toMatchObject({ state: 'done', stateLabel: '已上门', answer: '已办结' });
  // Nobody else reads it.
  expect((await get(daughter, `/api/v1/home-visits/${asked.body.id}`)).status).toBe(404);
});

it('can be asked for by a helper under a 委托 that covers the matter; the principal sees who asked', async () => {
  const invite = await send<MandateInvite>(daughter, '/api/v1/mandate-invites', { as: 'family' });
  await send(elder, '/api/v1/mandates/code', { inviteToken: invite.body.token });
  const code = (
    (await (await fetch(`${sys.sandbox.url}/__sandbox/sms?phone=${people[33].phone}`)).json()) as {
      messages: { params: { code: string } }[];
    }
  ).messages[0].params.code;
  const m = (
    await send<Mandate>(elder, '/api/v1/mandates', {
      inviteToken: invite.body.token,
      code,
      level: 'handle',
      matterCodes: [matterCode],
      licenceTypeCodes: [],
      days: 7,
    })
  ).body;
  const byHelper = await ask(daughter, {}, { 'x-acting-for': m.id });
  expect(byHelper.status).toBe(201);
  expect(byHelper.body.askedBy).toBe(m.helperName);
  const principalSees = (await get<HomeVisitList>(elder, '/api/v1/home-visits')).body.items;
  expect(principalSees.map((v) => v.id)).toContain(byHelper.body.id);
  expect((await get<HomeVisitList>(daughter, '/api/v1/home-visits')).body.items).toEqual([]); // her own: none
  const record = (await get<MandateActionList>(elder, `/api/v1/mandates/${m.id}/actions`)).body.items;
  expect(record.map((r) => r.label)).toEqual(['申请上门服务']);
  await act(clerk, byHelper.body.id, { action: 'decline', answer: '本周人手不足' });
  const helperTold = (await get<NotificationList>(daughter, '/api/v1/notifications')).body.items;
  expect(helperTold.find((n) => n.kind === 'mandate')?.title).toContain('上门服务未能安排');
  // Another matter is outside the 委托.
  const other = (await sys.get<MatterPage>('/api/v1/matters?mobileReady=true&pageSize=5')).body.items.find(
    (x) => x.code !== matterCode,
  )!;
  const outside = await ask(daughter, { matterCode: other.code }, { 'x-acting-for': m.id });
  expect(outside.status).toBe(404);
  expect(outside.body.code).toBe('MANDATE_NOT_FOUND');
});

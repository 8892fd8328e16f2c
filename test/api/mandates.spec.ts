import { randomUUID } from 'node:crypto';
import type {
  AgentStatsReport,
  ApplicationDetail,
  ApplicationForm,
  ApplicationList,
  Booking,
  BookingList,
  ErrorBody,
  Handover,
  LicenceUseList,
  Mandate,
  MandateActionList,
  MandateInvite,
  MandateInviteInfo,
  MandateList,
  MandateReadbackSent,
  MandateWorkbench,
  MatterPage,
  NotificationList,
  Review,
  Session,
} from '@zsb/contracts';
import fc from 'fast-check';
import { todayInShanghai } from '@zsb/domain';
import { ApplicationDelivery } from '../../bff/src/applications/application-delivery';
import { ReviewDelivery } from '../../bff/src/reviews/review-delivery';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { MandatesRepository } from '../../bff/src/mandates/mandates.repository';
import { answersFor, matterWithLicence, materialsFor, sandboxPost, wireCallbacks } from '../support/applying';
import { png, uploadFile } from '../support/files';
import {
  bearer,
  post,
  residentIdOf,
  sandboxResidents,
  verifiedSession,
  type SandboxResident,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';
import { until } from '../support/until';

// 帮办代办 over HTTP, written from the attacker's side first: a 委托 is granted only with a code to the principal's
// own registered phone, a helper reaches only what it covers, identity is always the principal's, and the
// principal sees and ends it. Everything outside a 委托 is the same 404 as a thing that does not exist.
let sys: RunningSystem;
let people: SandboxResident[];
let grandpa: Session; // the principal (委托人)
let daughter: Session; // family helper
let agent: Session; // 帮办代办员 of agentCenter
let stranger: Session;
let newcomer: SandboxResident; // never used the app
let agentCenter: string;
let form: ApplicationForm; // a 掌上办 matter with a licence material grandpa holds
let licence: { licenceId: string; typeCode: string };
let otherMatter: string; // a matter the 委托 does not cover

const get = <T>(s: Session, path: string, actingFor?: string) =>
  sys.get<T & ErrorBody>(path, { headers: { ...bearer(s), ...(actingFor ? { 'x-acting-for': actingFor } : {}) } });
const send = <T>(s: Session, path: string, body: unknown, extra: Record<string, string> = {}) =>
  post<T & ErrorBody>(sys, path, body, { ...bearer(s), ...extra });
const acting = (id: string, key?: string) => ({ 'x-acting-for': id, ...(key ? { 'idempotency-key': key } : {}) });

const faults = (method: string, json?: unknown) =>
  fetch(`${sys.sandbox.url}/__sandbox/faults`, {
    method,
    headers: json ? { 'content-type': 'application/json' } : {},
    ...(json ? { body: JSON.stringify(json) } : {}),
  });

async function sms(phone: string): Promise<{ template: string; params: Record<string, string>; text: string }[]> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/sms?phone=${phone}`);
  return ((await res.json()) as { messages: { template: string; params: Record<string, string>; text: string }[] })
    .messages;
}

/** Path 1: the helper shows a QR, the principal scans it and agrees with the code sent to their own phone. */
async function grantOnOwnPhone(
  principal: { session: Session; phone: string },
  helper: Session,
  scope: { level: 'query' | 'handle'; matterCodes: string[]; licenceTypeCodes?: string[] },
  as: { as: 'agent' | 'family'; centerId?: string } = { as: 'family' },
): Promise<Mandate> {
  const invite = await send<MandateInvite>(helper, '/api/v1/mandate-invites', as);
  expect(invite.status).toBe(201);
  expect((await send(principal.session, '/api/v1/mandates/code', { inviteToken: invite.body.token })).status).toBe(200);
  const code = (await sms(principal.phone))[0].params.code;
  const granted = await send<Mandate>(principal.session, '/api/v1/mandates', {
    inviteToken: invite.body.token,
    code,
    days: 30,
    licenceTypeCodes: [],
    ...scope,
  });
  expect(granted.status).toBe(201);
  return granted.body;
}

beforeAll(async () => {
  // Retries every 100–400 ms, so the outage test does not wait out production backoff.
  sys = await startSystem({
    env: { RATE_LIMIT_FACTOR: '100', APPLICATION_RETRY_BASE_MS: '100', APPLICATION_RETRY_MAX_MS: '400' },
  });
  await wireCallbacks(sys);
  people = await sandboxResidents(sys);
  newcomer = people[31];
  [grandpa, daughter, agent, stranger] = await Promise.all(
    [26, 27, 28, 29].map((i) => verifiedSession(sys, people[i])),
  );
  const found = await matterWithLicence(sys, grandpa);
  form = found.form;
  licence = { licenceId: found.licenceId, typeCode: found.typeCode };
  const others = (await sys.get<MatterPage>('/api/v1/matters?mobileReady=true&pageSize=50')).body.items;
  otherMatter = others.find((m) => m.code !== form.matterCode)!.code;
  agentCenter = (
    await sys.get<{ items: { id: string }[] }>('/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&limit=1')
  ).body.items[0].id;
  await sys.app.get(MandatesRepository).grantAgent(residentIdOf(agent), agentCenter);
}, 180_000);
afterAll(() => sys.close(), 120_000);

describe('granting on the principal’s own phone (scan the helper’s QR, confirm by SMS)', () => {
  it('names the helper before anything is agreed, and the code’s SMS says who will act', async () => {
    const invite = await send<MandateInvite>(daughter, '/api/v1/mandate-invites', { as: 'family' });
    const info = await send<MandateInviteInfo>(grandpa, '/api/v1/mandate-invites/lookup', {
      inviteToken: invite.body.token,
    });
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      kind: 'family',
      helperName: expect.stringMatching(/^\p{Script=Han}\*+/u),
      centerName: null,
    });
    expect(info.body.helperName).not.toBe(people[27].name);
    await send(grandpa, '/api/v1/mandates/code', { inviteToken: invite.body.token });
    const [message] = await sms(people[26].phone);
    expect(message.template).toBe('MANDATE_GRANT_VERIFY');
    expect(message.text).toContain(info.body.helperName);
  });

  it('refuses a wrong code, a made-up QR, an agent QR from a non-agent and a grant to oneself, recording nothing', async () => {
    const invite = await send<MandateInvite>(daughter, '/api/v1/mandate-invites', { as: 'family' });
    await send(grandpa, '/api/v1/mandates/code', { inviteToken: invite.body.token });
    const code = (await sms(people[26].phone))[0].params.code;
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const scope = { level: 'handle', matterCodes: [form.matterCode], licenceTypeCodes: [], days: 7 };
    const refused = await send(grandpa, '/api/v1/mandates', { ...scope, inviteToken: invite.body.token, code: wrong });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('SMS_CODE_INVALID');
    const madeUp = await send(grandpa, '/api/v1/mandates', { ...scope, inviteToken: 'x'.repeat(43), code });
    expect(madeUp.status).toBe(400);
    expect(madeUp.body.code).toBe('MANDATE_INVITE_INVALID');
    const notAgent = await send(daughter, '/api/v1/mandate-invites', { as: 'agent', centerId: agentCenter });
    expect(notAgent.status).toBe(409);
    expect(notAgent.body.code).toBe('MANDATE_NOT_ALLOWED');
    const own = await send<MandateInvite>(grandpa, '/api/v1/mandate-invites', { as: 'family' });
    const self = await send(grandpa, '/api/v1/mandate-invites/lookup', { inviteToken: own.body.token });
    expect(self.status).toBe(409);
    expect(self.body.message).toContain('不能委托自己');
    expect((await get<MandateList>(grandpa, '/api/v1/mandates')).body.granted).toHaveLength(0);
  });

  it('lets the family member apply for the principal: the principal’s identity, the named licence, and both see it', async () => {
    const m = await grantOnOwnPhone({ session: grandpa, phone: people[26].phone }, daughter, {
      level: 'handle',
      matterCodes: [form.matterCode],
      licenceTypeCodes: [licence.typeCode],
    });
    expect(m).toMatchObject({ state: 'active', role: 'principal', kind: 'family', grantedVia: 'principal-sms' });
    expect(m.matters).toEqual([{ code: form.matterCode, name: expect.any(String) }]);

    // The form shows the principal's identity, masked, never the helper's.
    const asHelper = await get<ApplicationForm>(daughter, `/api/v1/matters/${form.matterCode}/form`, m.id);
    expect(asHelper.status).toBe(200);
    const lockedName = asHelper.body.fields.find((f) => f.key === 'applicantName')!.prefill!;
    const grandpasOwn = (await get<ApplicationForm>(grandpa, `/api/v1/matters/${form.matterCode}/form`)).body;
    expect(lockedName).toBe(grandpasOwn.fields.find((f) => f.key === 'applicantName')!.prefill);
    expect(JSON.stringify(asHelper.body)).not.toContain(people[26].id_number);

    // Identity fields cannot be given by the helper.
    const values = answersFor(form);
    const materials = await materialsFor(sys, daughter, form, licence).catch(() => null);
    expect(materials).not.toBeNull(); // uploads made without the header are the daughter's own: refused below
    const spoofed = await send(
      daughter,
      '/api/v1/applications',
      { matterCode: form.matterCode, values: { ...values, applicantName: people[27].name }, materials: {} },
      acting(m.id),
    );
    expect(spoofed.status).toBe(400);

    // Materials uploaded under the 委托 are the principal's; the licence is allowed by the 委托 itself.
    if (Object.values(materials!).some((x) => x.kind === 'upload')) {
      // The daughter's own uploads are not grandpa's: refused as missing.
      const ownUploads = await send(
        daughter,
        '/api/v1/applications',
        { matterCode: form.matterCode, values, materials },
        acting(m.id),
      );
      expect(ownUploads.status).toBe(400);
      expect(ownUploads.body.code).toBe('UPLOAD_NOT_FOUND');
    }
    // The helper sees the photos they are putting together, and never the principal's wallet.
    expect((await get(daughter, '/api/v1/licences', m.id)).status).toBe(404);
    const body = { matterCode: form.matterCode, values, materials: await materialsAsHelper(m.id) };
    const photoId = Object.values(body.materials).flatMap((x) =>
      (x as { kind: string }).kind === 'upload' ? (x as { uploadIds: string[] }).uploadIds : [],
    )[0];
    const photo = () =>
      fetch(`${sys.url}/api/v1/uploads/${photoId}/content`, {
        headers: { ...bearer(daughter), 'x-acting-for': m.id },
      }).then((r) => r.status);
    expect(await photo()).toBe(200);
    const key = randomUUID();
    const submitted = await send<ApplicationDetail>(daughter, '/api/v1/applications', body, acting(m.id, key));
    expect(submitted.status).toBe(201);
    // The answer lost, the same request sent again: the first application, not a second.
    const again = await send<ApplicationDetail>(daughter, '/api/v1/applications', body, acting(m.id, key));
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(submitted.body.id);
    // Once in the application the photo is the principal's record: not the helper's to open.
    expect(await photo()).toBe(404);

    const grandpasList = (await get<ApplicationList>(grandpa, '/api/v1/applications')).body.items;
    expect(grandpasList.map((a) => a.id)).toContain(submitted.body.id);
    const daughtersOwn = (await get<ApplicationList>(daughter, '/api/v1/applications')).body.items;
    expect(daughtersOwn.map((a) => a.id)).not.toContain(submitted.body.id);
    const helperView = (await get<ApplicationList>(daughter, '/api/v1/applications', m.id)).body.items;
    expect(helperView.map((a) => a.id)).toEqual([submitted.body.id]);

    const uses = (await get<LicenceUseList>(grandpa, '/api/v1/licence-uses')).body.items;
    expect(uses.find((u) => u.action === 'use')?.purpose).toContain(`代办人${m.helperName}`);

    const record = (await get<MandateActionList>(grandpa, `/api/v1/mandates/${m.id}/actions`)).body.items;
    expect(record.map((r) => r.label)).toEqual(['提交申请']);
    expect(record[0]).toMatchObject({ helperName: m.helperName, subjectId: submitted.body.id });
    expect(record[0].matterName).toBe(submitted.body.matterName);

    // 撤销 at once: the helper's next request is refused, and the principal keeps the record.
    const revoked = await send<Mandate>(grandpa, `/api/v1/mandates/${m.id}/revoke`, {});
    expect(revoked.status).toBe(200);
    expect(revoked.body.state).toBe('revoked');
    const after = await get(daughter, `/api/v1/applications/${submitted.body.id}`, m.id);
    expect(after.status).toBe(404);
    expect(after.body.code).toBe('MANDATE_NOT_FOUND');
    expect((await send(grandpa, `/api/v1/mandates/${m.id}/revoke`, {})).status).toBe(409);
    expect((await get<MandateActionList>(grandpa, `/api/v1/mandates/${m.id}/actions`)).body.items).toHaveLength(1);
  });
});

/**
 * The principal's materials as a helper gives them under the 委托: grandpa's licence where the daughter may use it,
 * and photos uploaded under the 委托 for the rest.
 */
async function materialsAsHelper(mandateId: string, helper = daughter, withLicence = true) {
  const materials: Record<string, unknown> = {};
  for (const x of form.materials) {
    if (!x.required) continue;
    if (withLicence && x.licenceType?.code === licence.typeCode)
      materials[x.key] = { kind: 'licence', licenceId: licence.licenceId };
    else {
      const res = await uploadAs(mandateId, helper);
      materials[x.key] = { kind: 'upload', uploadIds: [res] };
    }
  }
  return materials;
}

async function uploadAs(mandateId: string, helper: Session): Promise<string> {
  const data = new FormData();
  data.append('file', new Blob([await png({ alpha: false, width: 40, height: 30 })], { type: 'image/png' }), 'm.png');
  const res = await fetch(`${sys.url}/api/v1/uploads`, {
    method: 'POST',
    headers: { ...bearer(helper), 'x-acting-for': mandateId },
    body: data,
  });
  if (res.status !== 201) throw new Error(`upload under a 委托 answered ${res.status}`);
  return ((await res.json()) as { id: string }).id;
}

describe('revoking while the platform is down', () => {
  it('keeps what the helper sent but not yet delivered from being sent, and tells the principal', async () => {
    const m = await grantOnOwnPhone({ session: grandpa, phone: people[26].phone }, daughter, {
      level: 'handle',
      matterCodes: [form.matterCode],
      licenceTypeCodes: [licence.typeCode],
    });
    const onPlatform = async () =>
      ((await (await fetch(`${sys.sandbox.url}/__sandbox/approval/applications`)).json()) as { items: unknown[] }).items
        .length;
    await sys.app.get(ApplicationDelivery).sendDue();
    const before = await onPlatform();
    const down = await faults('PUT', { outage: true, pathPrefix: '/approval' });
    expect(`${down.status} ${await down.text()}`).toMatch(/^20/);
    const body = { matterCode: form.matterCode, values: answersFor(form), materials: await materialsAsHelper(m.id) };
    const sent = await send<ApplicationDetail>(daughter, '/api/v1/applications', body, acting(m.id, randomUUID()));
    expect(sent.status).toBe(201);
    expect(sent.body.number).toBeNull();
    // Revoked between attempts (an attempt already on its way to the platform cannot be called back).
    const outbox = () =>
      sys.app
        .get(DatabaseConnection)
        .db.selectFrom('application_outbox')
        .select('last_error')
        .where('application_id', '=', sent.body.id)
        .executeTakeFirstOrThrow();
    expect((await until(outbox, (r) => r.last_error !== null)).last_error).not.toBeNull();
    expect((await send(grandpa, `/api/v1/mandates/${m.id}/revoke`, {})).status).toBe(200);
    await faults('DELETE');
    const isNotice = (n: NotificationList['items'][number]) =>
      n.title.includes('未报送') && n.target === `/applications/${sent.body.id}`;
    // The next attempt (after its backoff; on a loaded machine the pump's own turn may come late) finds the 委托
    // revoked: make the row due and run the pump here rather than wait for its timer.
    await sys.app
      .get(DatabaseConnection)
      .db.updateTable('application_outbox')
      .set({ next_attempt_at: new Date() })
      .where('application_id', '=', sent.body.id)
      .execute();
    await sys.app.get(ApplicationDelivery).sendDue();
    const notes = await until(
      async () => (await get<NotificationList>(grandpa, '/api/v1/notifications')).body.items,
      (items) => items.some(isNotice),
    );
    expect(notes.find(isNotice)?.body).toContain('撤销了委托');
    // Another pass of the outbox later: still not delivered.
    await sys.app.get(ApplicationDelivery).sendDue();
    const detail = (await get<ApplicationDetail>(grandpa, `/api/v1/applications/${sent.body.id}`)).body;
    expect(detail.number).toBeNull();
    expect(await onPlatform()).toBe(before);
  });
});

describe('a helper reaches only what the 委托 covers', () => {
  let queryOnly: Mandate;
  let grandpasBooking: Booking;

  beforeAll(async () => {
    queryOnly = await grantOnOwnPhone({ session: grandpa, phone: people[26].phone }, daughter, {
      level: 'query',
      matterCodes: [form.matterCode],
    });
    grandpasBooking = await bookFor(grandpa, otherMatter);
  }, 60_000);

  it('refuses 办理 under a 查询 委托, another matter, another person’s 委托 and every route not made for helpers', async () => {
    const id = queryOnly.id;
    expect((await get(daughter, '/api/v1/applications', id)).status).toBe(200);
    const attempts = [
      await get(daughter, `/api/v1/matters/${form.matterCode}/form`, id), // 办理 under 查询
      await send(
        daughter,
        '/api/v1/applications',
        { matterCode: form.matterCode, values: {}, materials: {} },
        acting(id),
      ),
      await get(stranger, '/api/v1/applications', id), // not theirs
      await get(daughter, '/api/v1/licences', id), // the wallet is never a helper's
      await get(daughter, '/api/v1/me', id),
      await get(daughter, '/api/v1/mandates', id),
      await get(daughter, '/api/v1/applications', 'not-a-mandate-id-at-all'),
      await get(daughter, `/api/v1/bookings/${grandpasBooking.id}`, id), // another matter
      await send(daughter, `/api/v1/bookings/${grandpasBooking.id}/cancel`, {}, acting(id)),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(404);
      expect(['MANDATE_NOT_FOUND', 'BOOKING_NOT_FOUND']).toContain(res.body.code);
    }
    const list = (await get<BookingList>(daughter, '/api/v1/bookings', id)).body.items;
    expect(list.map((b) => b.id)).not.toContain(grandpasBooking.id);
    const still = (await get<Booking>(grandpa, `/api/v1/bookings/${grandpasBooking.id}`)).body;
    expect(still.status).toBe('confirmed');
  });

  it('refuses an agent who is no longer an agent of the 委托’s center', async () => {
    const m = await grantOnOwnPhone(
      { session: grandpa, phone: people[26].phone },
      agent,
      { level: 'query', matterCodes: [form.matterCode] },
      { as: 'agent', centerId: agentCenter },
    );
    expect(m.centerName).toBeTruthy();
    expect((await get(agent, '/api/v1/applications', m.id)).status).toBe(200);
    await sys.app.get(MandatesRepository).removeAgent(residentIdOf(agent), agentCenter);
    expect((await get(agent, '/api/v1/applications', m.id)).status).toBe(404);
    await sys.app.get(MandatesRepository).grantAgent(residentIdOf(agent), agentCenter);
  });
});

async function bookFor(s: Session, matterCode: string): Promise<Booking> {
  const { items } = (
    await sys.get<{ items: { id: string; bookable: boolean }[] }>(
      `/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matterCode}&limit=5`,
    )
  ).body;
  const center = items.find((c) => c.bookable)!;
  const days = (
    await get<{ days: { date: string; left: number }[] }>(
      s,
      `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}`,
    )
  ).body.days;
  const day = days.find((d) => d.left > 0)!;
  const { slots } = (
    await get<{ slots: { start: string; status: string }[] }>(
      s,
      `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}&date=${day.date}`,
    )
  ).body;
  const res = await send<Booking>(s, '/api/v1/bookings', {
    centerId: center.id,
    matterCode,
    start: slots.find((x) => x.status === 'open')!.start,
  });
  expect(res.status).toBe(201);
  return res.body;
}

describe('granting by reading back a code (a principal without a smartphone)', () => {
  const scope = () => ({ level: 'handle', matterCodes: [form.matterCode], licenceTypeCodes: [], days: 3 });

  it('answers the same whether or not the person was found, and sends nothing for a wrong name', async () => {
    const before = (await sms(people[26].phone)).length;
    const wrongName = await send<MandateReadbackSent>(agent, '/api/v1/mandate-requests', {
      ...scope(),
      as: 'agent',
      centerId: agentCenter,
      principalName: '王小二',
      principalIdNumber: people[26].id_number,
    });
    const unknown = await send<MandateReadbackSent>(agent, '/api/v1/mandate-requests', {
      ...scope(),
      as: 'agent',
      centerId: agentCenter,
      principalName: '王小二',
      principalIdNumber: '410502198001010052',
    });
    for (const res of [wrongName, unknown]) {
      expect(res.status).toBe(202);
      expect(Object.keys(res.body).sort()).toEqual(['expiresInSec', 'requestId']);
    }
    expect((await sms(people[26].phone)).length).toBe(before);
    const guessed = await send(agent, `/api/v1/mandate-requests/${wrongName.body.requestId}/confirm`, {
      code: '123456',
    });
    expect(guessed.status).toBe(400);
    expect(guessed.body.code).toBe('SMS_CODE_INVALID');
  });

  it('grants for someone new to the app once the identity service confirms their phone, and tells them how to revoke', async () => {
    const asked = await send<MandateReadbackSent>(agent, '/api/v1/mandate-requests', {
      ...scope(),
      as: 'agent',
      centerId: agentCenter,
      principalName: newcomer.name,
      principalIdNumber: newcomer.id_number,
      principalPhone: newcomer.phone,
    });
    expect(asked.status).toBe(202);
    const [codeSms] = await sms(newcomer.phone);
    expect(codeSms.template).toBe('MANDATE_GRANT_VERIFY');
    // Another helper cannot use the code read out to this one.
    const other = await send(daughter, `/api/v1/mandate-requests/${asked.body.requestId}/confirm`, {
      code: codeSms.params.code,
    });
    expect(other.status).toBe(400);
    const confirmed = await send<Mandate>(agent, `/api/v1/mandate-requests/${asked.body.requestId}/confirm`, {
      code: codeSms.params.code,
    });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body).toMatchObject({
      role: 'helper',
      kind: 'agent',
      grantedVia: 'readback-sms',
      state: 'active',
    });
    expect(confirmed.body.principalName).not.toBe(newcomer.name);
    expect(JSON.stringify(confirmed.body)).not.toContain(newcomer.id_number);
    expect(JSON.stringify(confirmed.body)).not.toContain(newcomer.phone);
    const [notice] = await sms(newcomer.phone);
    expect(notice.template).toBe('MANDATE_GRANTED');
    expect(notice.text).toContain('撤销');
    // The answer lost and the confirm sent again: the same 委托, not a second.
    const replay = await send<Mandate>(agent, `/api/v1/mandate-requests/${asked.body.requestId}/confirm`, {
      code: codeSms.params.code,
    });
    expect(replay.body.id).toBe(confirmed.body.id);
    // The agent can now act for them: the form carries the newcomer's identity (masked).
    const f = await get<ApplicationForm>(agent, `/api/v1/matters/${form.matterCode}/form`, confirmed.body.id);
    expect(f.status).toBe(200);
    expect(f.body.fields.find((x) => x.key === 'applicantIdNumber')!.prefill).toMatch(/^\d{3,6}\*+/);
    const held = (await get<MandateList>(agent, '/api/v1/mandates')).body.held;
    expect(held.map((h) => h.id)).toContain(confirmed.body.id);

    // The agent applies for them; each step reaches the agent in the app and the principal by SMS (no app).
    const mandateId = confirmed.body.id;
    const body = {
      matterCode: form.matterCode,
      values: answersFor(form),
      materials: await materialsAsHelper(mandateId, agent, false),
    };
    const sent = await send<ApplicationDetail>(agent, '/api/v1/applications', body, acting(mandateId, randomUUID()));
    expect(sent.status).toBe(201);
    const numberedApp = await until(
      async () => (await get<ApplicationDetail>(agent, `/api/v1/applications/${sent.body.id}`, mandateId)).body,
      (d) => d.number !== null,
    );
    await sandboxPost(sys, '/__sandbox/approval/advance', { application_no: numberedApp.number, steps: 1 });
    const told = await until(
      async () => (await get<NotificationList>(agent, '/api/v1/notifications')).body.items,
      (items) => items.some((n) => n.kind === 'mandate'),
    );
    expect(told.find((n) => n.kind === 'mandate')).toMatchObject({
      title: expect.stringContaining(form.matterName),
      target: `/mandates/${mandateId}`,
    });
    const texts = await until(
      () => sms(newcomer.phone),
      (m) => m.some((x) => x.template === 'APPLICATION_STATUS'),
    );
    expect(texts.find((x) => x.template === 'APPLICATION_STATUS')?.text).toContain('办理进度');
    // 我代办的 lists the newcomer with the application to follow.
    const bench = (await get<MandateWorkbench>(agent, '/api/v1/mandates/workbench')).body.items;
    const theirs = bench.find((i) => i.mandate.id === mandateId);
    expect(theirs?.todos.map((t) => t.subjectId)).toEqual([sent.body.id]);

    // 办结: the agent rates the service for them (代评); the provincial system is told who rated, and how related.
    await sandboxPost(sys, '/__sandbox/approval/advance', { application_no: numberedApp.number, steps: 8 });
    await until(
      async () => (await get<ApplicationDetail>(agent, `/api/v1/applications/${sent.body.id}`, mandateId)).body,
      (d) => d.status === 'completed',
    );
    const rating = {
      subject: { kind: 'application', id: sent.body.id },
      level: 5,
      indicators: { overall: 5, efficiency: 5, guide: 5, convenience: 5, usability: 5 },
      reasons: [],
      content: '代办员帮忙办完了',
      photos: [],
    };
    const rated = await send<Review>(agent, '/api/v1/reviews', rating, acting(mandateId, randomUUID()));
    expect(rated.status).toBe(201);
    expect(rated.body.agentName).toBe(confirmed.body.helperName);
    await sys.app.get(ReviewDelivery).sendDue();
    const evaluations = await until(
      async () =>
        (
          (await (await fetch(`${sys.sandbox.url}/__sandbox/evaluations`)).json()) as {
            items: { agent: { name: string; relation: string } | null }[];
          }
        ).items,
      (items) => items.some((e) => e.agent !== null),
    );
    expect(evaluations.find((e) => e.agent)?.agent).toEqual({ name: people[28].name, relation: 'agent' });

    // 交付: the result reaches the principal, who reads back the code their phone got; once per application.
    const handover = (body: unknown) =>
      send<Handover>(agent, `/api/v1/applications/${sent.body.id}/handover`, body, acting(mandateId));
    expect((await handover({ method: 'signature', uploadIds: [] })).status).toBe(400);
    expect(
      (await send(agent, `/api/v1/applications/${sent.body.id}/handover-code`, {}, acting(mandateId))).status,
    ).toBe(200);
    const [codeText] = await sms(newcomer.phone);
    expect(codeText.template).toBe('HANDOVER_VERIFY');
    expect(codeText.text).toContain(form.matterName.slice(0, 6));
    const wrongCode = String((Number(codeText.params.code) + 1) % 1_000_000).padStart(6, '0');
    expect((await handover({ method: 'code', code: wrongCode })).status).toBe(400);
    const handed = await handover({ method: 'code', code: codeText.params.code });
    expect(handed.status).toBe(201);
    expect(handed.body).toMatchObject({
      method: 'code',
      receiver: '委托人本人',
      helperName: confirmed.body.helperName,
    });
    expect((await handover({ method: 'code', code: codeText.params.code })).status).toBe(409);
    const lines = (await get<MandateActionList>(agent, `/api/v1/mandates/${mandateId}/actions`)).body.items;
    expect(lines.map((l) => l.label)).toEqual(['交付结果', '代为评价', '提交申请']);
    expect(lines[0]).toMatchObject({ matterName: form.matterName, subjectId: sent.body.id });

    // Or a photo of the receipt signed by whoever took it, for a second application.
    const second = await send<ApplicationDetail>(
      agent,
      '/api/v1/applications',
      { ...body, materials: await materialsAsHelper(mandateId, agent, false) },
      acting(mandateId, randomUUID()),
    );
    const secondNo = await until(
      async () => (await get<ApplicationDetail>(agent, `/api/v1/applications/${second.body.id}`, mandateId)).body,
      (d) => d.number !== null,
    );
    expect(
      (await send(agent, `/api/v1/applications/${second.body.id}/handover-code`, {}, acting(mandateId))).status,
    ).toBe(409); // no result yet
    await sandboxPost(sys, '/__sandbox/approval/advance', { application_no: secondNo.number, steps: 9 });
    await until(
      async () => (await get<ApplicationDetail>(agent, `/api/v1/applications/${second.body.id}`, mandateId)).body,
      (d) => d.status === 'completed',
    );
    const receipt = await uploadAs(mandateId, agent);
    const signed = await send<Handover>(
      agent,
      `/api/v1/applications/${second.body.id}/handover`,
      { method: 'signature', uploadIds: [receipt], receiverName: '王秀兰', relation: '女儿' },
      acting(mandateId),
    );
    expect(signed.status).toBe(201);
    expect(signed.body.receiver).toBe('王*兰（女儿）');
  });

  it('sends the code for a verified principal to the phone on file, whatever phone the helper types', async () => {
    const asked = await send<MandateReadbackSent>(daughter, '/api/v1/mandate-requests', {
      ...scope(),
      as: 'family',
      principalName: people[29].name,
      principalIdNumber: people[29].id_number,
      principalPhone: people[27].phone, // the daughter's own phone
    });
    expect(asked.status).toBe(202);
    const [toPrincipal] = await sms(people[29].phone);
    expect(toPrincipal.template).toBe('MANDATE_GRANT_VERIFY');
    expect((await sms(people[27].phone))[0]?.template).not.toBe('MANDATE_GRANT_VERIFY');
  });
});

describe('the figures a center is assessed by', () => {
  it('counts its agents’ 委托, the people served and the applications made, for its staff only', async () => {
    const day = todayInShanghai();
    const path = `/api/v1/staff/agent-stats?from=${day}&to=${day}`;
    expect((await get(stranger, path)).status).toBe(403);
    await sys.app.get(StaffRepository).grant(residentIdOf(stranger), agentCenter);
    const report = await get<AgentStatsReport>(stranger, path);
    expect(report.status).toBe(200);
    // This suite's agent took two 委托 (grandpa's, on his phone; the newcomer's, read back) and applied twice for
    // the newcomer, rated once and handed over twice: the matter counts every line.
    expect(report.body.items[0]).toMatchObject({ centerId: agentCenter, mandates: 2, principals: 2, applications: 2 });
    expect(report.body.items[0].matters).toEqual([{ name: form.matterName, count: 5 }]);
    expect(report.body.items[0].medianHoursToApply).not.toBeNull();
  });
});

describe('granting at a window (the principal cannot receive an SMS)', () => {
  it('is for the center’s staff, checks the ID card with the registry, keeps the 委托书 and tells the principal', async () => {
    const principal = people[32]; // never used the app
    const paper = await uploadFile<{ id: string }>(sys, stranger, {
      name: '委托书.png',
      type: 'image/png',
      bytes: await png({ alpha: false, width: 60, height: 80 }),
    });
    expect(paper.status).toBe(201);
    const invite = await send<MandateInvite>(daughter, '/api/v1/mandate-invites', { as: 'family' });
    const body = {
      centerId: agentCenter,
      principalName: principal.name,
      principalIdNumber: principal.id_number,
      principalPhone: principal.phone,
      inviteToken: invite.body.token,
      paperUploadIds: [paper.body.id],
      level: 'handle',
      matterCodes: [form.matterCode],
      licenceTypeCodes: [],
      days: 30,
    };
    const key = { 'idempotency-key': randomUUID() };
    const notStaff = await send(daughter, '/api/v1/staff/mandates', body, key);
    expect(notStaff.status).toBe(403);
    const noPhone = await send(stranger, '/api/v1/staff/mandates', { ...body, principalPhone: undefined }, key);
    expect(noPhone.status).toBe(400);
    expect(noPhone.body.details?.[0]?.field).toBe('principalPhone');
    const typo = await send(stranger, '/api/v1/staff/mandates', { ...body, principalName: '王小二' }, key);
    expect(typo.status).toBe(422);
    expect(typo.body.code).toBe('IDENTITY_MISMATCH');
    const notTheirs = await send(
      stranger,
      '/api/v1/staff/mandates',
      { ...body, principalPhone: people[27].phone },
      key,
    );
    expect(notTheirs.status).toBe(422);
    expect(
      (await get<MandateList>(daughter, '/api/v1/mandates')).body.held.filter((h) => h.grantedVia === 'window'),
    ).toEqual([]);

    const made = await send<Mandate>(stranger, '/api/v1/staff/mandates', body, key);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ grantedVia: 'window', state: 'active', kind: 'family', role: 'helper' });
    const again = await send<Mandate>(stranger, '/api/v1/staff/mandates', body, key);
    expect(again.body.id).toBe(made.body.id);
    const [notice] = await sms(principal.phone);
    expect(notice.template).toBe('MANDATE_GRANTED');
    expect((await get(daughter, '/api/v1/applications', made.body.id)).status).toBe(200);
    // The photo of the paper is kept with the 委托: it cannot be taken for anything else.
    const reused = await send(stranger, '/api/v1/staff/mandates', body, { 'idempotency-key': randomUUID() });
    expect(reused.body.code).toBe('UPLOAD_NOT_FOUND');
  });
});

describe('亲情账号: binding by the principal’s face', () => {
  const faceOf = async (who: SandboxResident, passed = true) =>
    (
      await sandboxPost<{ data: { verify_result: string } }>(sys, '/__sandbox/face/results', {
        name: who.name,
        id_number: who.id_number,
        passed,
      })
    ).data.verify_result;
  const scope = () => ({ level: 'query', matterCodes: [form.matterCode], licenceTypeCodes: [], days: 30 });
  const bind = (helper: Session, who: SandboxResident, verifyResult: string, extra: Record<string, unknown> = {}) =>
    send<Mandate>(
      helper,
      '/api/v1/mandates/face',
      { ...scope(), principalName: who.name, principalIdNumber: who.id_number, verifyResult, ...extra },
      { 'idempotency-key': randomUUID() },
    );

  it('binds only with a passed check of the named person’s own face, once per check', async () => {
    const grandpaPerson = people[26];
    const failed = await bind(daughter, grandpaPerson, await faceOf(grandpaPerson, false));
    expect(failed.status).toBe(422);
    expect(failed.body.code).toBe('MANDATE_FACE_NOT_PASSED');
    const someoneElse = await bind(daughter, grandpaPerson, await faceOf(people[29]));
    expect(someoneElse.body.code).toBe('MANDATE_FACE_NOT_PASSED');
    const madeUp = await bind(daughter, grandpaPerson, 'FACE0000000000000000');
    expect(madeUp.body.code).toBe('MANDATE_FACE_NOT_PASSED');
    const result = await faceOf(grandpaPerson);
    const bound = await bind(daughter, grandpaPerson, result);
    expect(bound.status).toBe(201);
    expect(bound.body).toMatchObject({ grantedVia: 'face', kind: 'family', role: 'helper', state: 'active' });
    // A result copied off the phone cannot bind again.
    const replayedFace = await bind(daughter, grandpaPerson, result);
    expect(replayedFace.body.code).toBe('MANDATE_FACE_NOT_PASSED');
    const granted = (await get<MandateList>(grandpa, '/api/v1/mandates')).body.granted;
    expect(granted.filter((g) => g.grantedVia === 'face').map((g) => g.id)).toEqual([bound.body.id]);
  });

  it('allows at most five family members at once, and a sixth after one is unbound', async () => {
    const principal = people[37]; // never used the app: the phone registered to them comes with the first binding
    const helpers = [
      daughter,
      agent,
      stranger,
      grandpa,
      ...(await Promise.all([38, 39].map((i) => verifiedSession(sys, people[i])))),
    ];
    const made: Mandate[] = [];
    for (const h of helpers.slice(0, 5)) {
      const res = await bind(h, principal, await faceOf(principal), { principalPhone: principal.phone });
      expect(res.status).toBe(201);
      made.push(res.body);
    }
    const sixth = await bind(helpers[5], principal, await faceOf(principal), { principalPhone: principal.phone });
    expect(sixth.status).toBe(409);
    expect(sixth.body.message).toContain('最多可以委托 5 位亲友');
    // Unbinding (the helper ends it) keeps its history and makes room.
    expect((await send(helpers[0], `/api/v1/mandates/${made[0].id}/revoke`, {})).status).toBe(200);
    expect((await get<Mandate>(helpers[0], `/api/v1/mandates/${made[0].id}`)).body.state).toBe('revoked');
    const now = await bind(helpers[5], principal, await faceOf(principal), { principalPhone: principal.phone });
    expect(now.status).toBe(201);
  });
});

describe('bad input', () => {
  it('gets a 4xx in the contract for any body, and grants nothing', async () => {
    const routes = [
      '/api/v1/mandates',
      '/api/v1/mandates/face',
      '/api/v1/mandate-requests',
      '/api/v1/mandate-invites',
      '/api/v1/staff/mandates',
    ];
    const count = async () => {
      const list = (await get<MandateList>(stranger, '/api/v1/mandates')).body;
      return list.granted.length + list.held.length;
    };
    const before = await count();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.anything({ maxDepth: 3 }), async (route, body) => {
        const res = await send(stranger, route, body);
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(typeof res.body.message).toBe('string');
      }),
      { numRuns: 60 },
    );
    expect(await count()).toBe(before);
  });
});

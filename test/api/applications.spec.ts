import { createHmac } from 'node:crypto';
import type {
  ApplicationDetail,
  ApplicationDraft,
  ApplicationForm,
  ApplicationList,
  ErrorBody,
  MatterPage,
  NotificationList,
  PublicProgress,
  Session,
  ThemeApplicationResult,
  ThemeForm,
  Upload,
} from '@zsb/contracts';
import { ApplicationDelivery } from '../../bff/src/applications/application-delivery';
import { Clock } from '../../bff/src/common/clock';
import { UploadsService } from '../../bff/src/uploads/uploads.service';
import { png, uploadFile } from '../support/files';
import {
  answersFor,
  CALLBACK_SECRET,
  consent,
  materialsFor,
  matterWithLicence,
  numbered,
  sandboxPost,
  wireCallbacks,
} from '../support/applying';
import {
  bearer,
  post,
  residentIdOf,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';
import { until } from '../support/until';

let sys: RunningSystem;
let people: SandboxResident[];
let alice: Session;
let bob: Session;
let form: ApplicationForm;
let licence: { licenceId: string; typeCode: string };
let mine: ApplicationDetail;

const get = <T>(s: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(s) });
const put = async <T>(s: Session, path: string, body: unknown) => {
  const res = await fetch(`${sys.url}${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', ...bearer(s) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T & ErrorBody };
};
const apply = (s: Session, body: unknown, key?: string) =>
  post<ApplicationDetail & ErrorBody>(sys, '/api/v1/applications', body, {
    ...bearer(s),
    ...(key ? { 'idempotency-key': key } : {}),
  });

beforeAll(async () => {
  sys = await startSystem();
  await wireCallbacks(sys);
  people = await sandboxResidents(sys);
  alice = await verifiedSession(sys, people[0]);
  bob = await verifiedSession(sys, people[1]);
  ({ form, ...licence } = await matterWithLicence(sys, alice));
}, 120_000);
afterAll(() => sys.close(), 120_000);

describe('the form', () => {
  it('is derived from the guide, with the identity locked and masked from 实名认证', async () => {
    const locked = form.fields.filter((f) => f.locked);
    expect(locked.map((f) => f.key)).toEqual(['applicantName', 'applicantIdNumber', 'applicantPhone']);
    expect(locked.every((f) => f.prefill?.includes('*'))).toBe(true);
    expect(JSON.stringify(form)).not.toContain(people[0].id_number);
    expect(form.materials.length).toBeGreaterThan(0);
    expect(form.materials.some((m) => m.licenceType?.code === licence.typeCode)).toBe(true);
  });

  it('is refused for a matter that cannot be done on the phone', async () => {
    const notMobile = (await sys.get<MatterPage>('/api/v1/matters?mobileReady=false&pageSize=1')).body.items[0];
    const res = await get<ApplicationForm>(alice, `/api/v1/matters/${notMobile.code}/form`);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('FORM_NOT_AVAILABLE');
  });
});

describe('a draft', () => {
  const draftId = 'draft-0001-resume-elsewhere';

  it('is kept on the server and found again from another sign-in', async () => {
    const saved = await put<ApplicationDraft>(alice, `/api/v1/application-drafts/${draftId}`, {
      matterCode: form.matterCode,
      values: { reason: '先填一半' },
      materials: {},
      delivery: null,
      step: 'materials',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.expiresAt > saved.body.updatedAt).toBe(true);
    const otherPhone = await signInWechat(sys, people[0].wechat_openid);
    const back = await get<ApplicationDraft>(otherPhone, `/api/v1/application-drafts/${draftId}`);
    expect(back.body).toMatchObject({ values: { reason: '先填一半' }, step: 'materials', matterName: form.matterName });
  });

  it('is nobody else’s business, and a malformed one is refused without touching the saved one', async () => {
    expect((await get(bob, `/api/v1/application-drafts/${draftId}`)).status).toBe(404);
    const bad = await put<ApplicationDraft>(alice, `/api/v1/application-drafts/${draftId}`, {
      matterCode: form.matterCode,
      values: { applicantIdNumber: '410502198001010036' },
      materials: {},
      delivery: null,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('不能修改');
    expect((await get<ApplicationDraft>(alice, `/api/v1/application-drafts/${draftId}`)).body.values).toEqual({
      reason: '先填一半',
    });
  });

  it('keeps the photos it refers to for as long as the draft itself', async () => {
    const clock = sys.app.get(Clock);
    const uploads = sys.app.get(UploadsService);
    const material = form.materials.find((m) => m.accept.includes('image'))!;
    const photo = (
      await uploadFile<Upload>(sys, alice, {
        name: 'photo.png',
        type: 'image/png',
        bytes: await png({ alpha: false, width: 40, height: 30 }),
      })
    ).body;
    const loose = (
      await uploadFile<Upload>(sys, alice, {
        name: 'loose.png',
        type: 'image/png',
        bytes: await png({ alpha: false, width: 40, height: 30 }),
      })
    ).body;
    const save = () =>
      put<ApplicationDraft>(alice, `/api/v1/application-drafts/draft-0002-keeps-photos`, {
        matterCode: form.matterCode,
        values: {},
        materials: { [material.key]: { kind: 'upload', uploadIds: [photo.id] } },
        delivery: null,
      });
    const day = (n: number) => clock.travelTo(Date.now() + n * 86_400_000);
    try {
      expect((await save()).status).toBe(200);
      day(20);
      expect((await save()).status).toBe(200); // saved again on day 20: kept until day 50
      day(35);
      await uploads.sweepExpired();
      expect((await uploads.ownedUploads(residentIdOf(alice), [photo.id])).map((u) => u.id)).toEqual([photo.id]);
      await expect(uploads.ownedUploads(residentIdOf(alice), [loose.id])).rejects.toMatchObject({
        code: 'UPLOAD_NOT_FOUND',
      });
      day(51);
      await uploads.sweepExpired();
      await expect(uploads.ownedUploads(residentIdOf(alice), [photo.id])).rejects.toMatchObject({
        code: 'UPLOAD_NOT_FOUND',
      });
    } finally {
      clock.travelTo(Date.now());
    }
  });
});

describe('submitting', () => {
  let body: Record<string, unknown>;

  it('needs consent before a licence replaces paper', async () => {
    body = {
      matterCode: form.matterCode,
      values: answersFor(form),
      materials: await materialsFor(sys, alice, form, licence),
      delivery: { method: 'window' },
      notify: true,
      draftId: 'draft-0001-resume-elsewhere',
    };
    const refused = await apply(alice, body, 'apply-alice-0001');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LICENCE_CONSENT_REQUIRED');
  });

  it('records the application at once and gets its number from the platform', async () => {
    await consent(sys, alice, licence.typeCode, form.matterCode);
    const res = await apply(alice, body, 'apply-alice-0001');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', matterCode: form.matterCode });
    expect(res.body.timeline[0]).toMatchObject({ label: '已提交' });
    mine = await numbered(sys, alice, res.body.id);
    expect(mine.number).toMatch(/^HN/);
    // Ours, not the platform's 6 digits: 10^10 values against a budget of wrong tries per number.
    expect(mine.queryCode).toMatch(/^\d{10}$/);
    // The draft it came from is gone; the licence use is in the resident's 用证记录.
    expect((await get(alice, '/api/v1/application-drafts/draft-0001-resume-elsewhere')).status).toBe(404);
    const uses = (await get<{ items: { action: string; purpose: string }[] }>(alice, '/api/v1/licence-uses')).body
      .items;
    expect(uses.some((u) => u.action === 'use' && u.purpose.includes(form.matterName))).toBe(true);
  });

  it('with the same Idempotency-Key again answers the first application and sends nothing twice', async () => {
    const again = await apply(alice, body, 'apply-alice-0001');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(mine.id);
    const upstream = (await (await fetch(`${sys.sandbox.url}/__sandbox/approval/applications`)).json()) as {
      items: { application_no: string }[];
    };
    expect(upstream.items.filter((a) => a.application_no === mine.number)).toHaveLength(1);
    const reused = await apply(
      alice,
      { ...body, values: { ...(body.values as object), reason: '换了内容' } },
      'apply-alice-0001',
    );
    expect(reused.status).toBe(422);
  });

  it('refuses a form that does not match its matter, saying which field', async () => {
    const res = await apply(alice, {
      ...body,
      values: { ...(body.values as object), nonsense: 'x' },
      draftId: undefined,
    });
    expect(res.status).toBe(400);
    expect(res.body.details?.[0].field).toBe('values.nonsense');
    const missing = await apply(alice, { ...body, values: {}, draftId: undefined });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toMatch(/^请填写/);
  });
});

describe('progress', () => {
  it('follows the platform step by step, with a promised date in working days and a message for each step', async () => {
    await sandboxPost(sys, '/__sandbox/approval/advance', { application_no: mine.number, steps: 3 });
    const detail = await until(
      async () => (await get<ApplicationDetail>(alice, `/api/v1/applications/${mine.id}`)).body,
      (d) => d.status === 'review',
    );
    expect(detail.timeline.map((t) => t.label)).toEqual(['已提交', '平台已接件', '预审', '受理', '审查']);
    expect(detail.timeline[3].office).toBeTruthy();
    expect(detail.promisedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const notes = (await get<NotificationList>(alice, '/api/v1/notifications')).body.items.filter(
      (n) => n.kind === 'application-status',
    );
    expect(notes[0]).toMatchObject({ title: `「${form.matterName}」审查`, target: `/applications/${mine.id}` });
    const pushed = (await (
      await fetch(`${sys.sandbox.url}/__sandbox/messages?to=${people[0].wechat_openid}`)
    ).json()) as { messages: { page: string }[] };
    expect(pushed.messages.length).toBeGreaterThan(0);
    // The page is the mini-program's 办件详情 (mini/src/routes.ts `application`): a moved page must move here too.
    expect(pushed.messages[0].page).toBe(`features/applications/detail/index?id=${mine.id}`);
  });

  it('keeps one correct timeline when callbacks arrive twice or in reverse', async () => {
    const before = (await get<ApplicationDetail>(alice, `/api/v1/applications/${mine.id}`)).body.timeline;
    await sandboxPost(sys, '/__sandbox/approval/callbacks/replay', { application_no: mine.number, order: 'reverse' });
    await sandboxPost(sys, '/__sandbox/approval/callbacks/replay', { application_no: mine.number, order: 'duplicate' });
    const after = (await get<ApplicationDetail>(alice, `/api/v1/applications/${mine.id}`)).body;
    expect(after.timeline).toEqual(before);
    expect(after.status).toBe('review');
  });

  it('refuses a callback without the platform’s signature', async () => {
    const body = JSON.stringify({
      event_id: 'forged-1',
      application_no: mine.number,
      seq: 99,
      status: 'COMPLETED',
      at: new Date().toISOString(),
      office: null,
      note: null,
      supplement: null,
    });
    const ts = String(Date.now());
    const wrong = createHmac('sha256', 'not-the-secret').update(`${ts}.${body}`).digest('hex');
    const res = await fetch(`${sys.url}/api/v1/callbacks/approval`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-approval-timestamp': ts, 'x-approval-signature': wrong },
      body,
    });
    expect(res.status).toBe(401);
    const stale = String(Date.now() - 3_600_000);
    const right = createHmac('sha256', CALLBACK_SECRET).update(`${stale}.${body}`).digest('hex');
    const old = await fetch(`${sys.url}/api/v1/callbacks/approval`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-approval-timestamp': stale, 'x-approval-signature': right },
      body,
    });
    expect(old.status).toBe(401);
    expect((await get<ApplicationDetail>(alice, `/api/v1/applications/${mine.id}`)).body.status).toBe('review');
  });

  it('is caught up by polling when callbacks are lost', async () => {
    await fetch(`${sys.sandbox.url}/__sandbox/approval/callback`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: null }),
    });
    await sandboxPost(sys, '/__sandbox/approval/advance', { application_no: mine.number, steps: 1 });
    expect((await get<ApplicationDetail>(alice, `/api/v1/applications/${mine.id}`)).body.status).toBe('review');
    await sys.app.get(ApplicationDelivery).pollOnce({ all: true });
    expect((await get<ApplicationDetail>(alice, `/api/v1/applications/${mine.id}`)).body.status).toBe('decided');
    await wireCallbacks(sys);
  });
});

describe('补正', () => {
  let other: ApplicationDetail;

  it('asks for exactly what the platform asked, and delivers the answer', async () => {
    const f = form;
    const res = await apply(alice, {
      matterCode: f.matterCode,
      values: answersFor(f),
      materials: await materialsFor(sys, alice, f, licence),
      delivery: { method: 'window' },
    });
    other = await numbered(sys, alice, res.body.id);
    await sandboxPost(sys, `/__sandbox/approval/applications/${other.number}/supplement-request`, {
      items: [{ key: 'reason', label: '申请事由', kind: 'field', reason: '请写明补办原因' }],
    });
    const waiting = await until(
      async () => (await get<ApplicationDetail>(alice, `/api/v1/applications/${other.id}`)).body,
      (d) => d.status === 'supplement',
    );
    expect(waiting.actionNeeded).toBe(true);
    expect(waiting.supplement?.items).toEqual([
      { key: 'reason', label: '申请事由', kind: 'field', reason: '请写明补办原因' },
    ]);
    const tooMuch = await post<ErrorBody>(
      sys,
      `/api/v1/applications/${other.id}/supplements`,
      { values: { reason: '社保卡丢失', contactNote: '多写一项' } },
      bearer(alice),
    );
    expect(tooMuch.body.code).toBe('SUPPLEMENT_NOT_REQUESTED');
    const ok = await post<ApplicationDetail>(
      sys,
      `/api/v1/applications/${other.id}/supplements`,
      { values: { reason: '社保卡丢失，申请补办' } },
      bearer(alice),
    );
    expect(ok.status).toBe(200);
    expect(ok.body.supplement?.answeredAt).toBeTruthy();
    const moved = await until(
      async () => (await get<ApplicationDetail>(alice, `/api/v1/applications/${other.id}`)).body,
      (d) => d.status === 'pre-review' && d.timeline.length > waiting.timeline.length,
    );
    expect(moved.status).toBe('pre-review');
    const twice = await post<ErrorBody>(
      sys,
      `/api/v1/applications/${other.id}/supplements`,
      { values: { reason: '再补一次' } },
      bearer(alice),
    );
    expect(twice.body.code).toBe('SUPPLEMENT_NOT_REQUESTED');
  });
});

describe('privacy', () => {
  it('another resident can neither read, supplement nor list my applications', async () => {
    expect((await get(bob, `/api/v1/applications/${mine.id}`)).status).toBe(404);
    expect(
      (
        await post<ErrorBody>(
          sys,
          `/api/v1/applications/${mine.id}/supplements`,
          { values: { reason: 'x' } },
          bearer(bob),
        )
      ).status,
    ).toBe(404);
    expect((await get<ApplicationList>(bob, '/api/v1/applications')).body.items).toEqual([]);
  });

  it('the public query shows progress without personal data, and cannot tell a wrong code from no such number', async () => {
    const right = await sys.get<PublicProgress & ErrorBody>(
      `/api/v1/progress?number=${mine.number}&code=${mine.queryCode}`,
    );
    expect(right.status).toBe(200);
    expect(right.body).toMatchObject({ number: mine.number, matterName: form.matterName });
    const text = JSON.stringify(right.body);
    expect(text).not.toContain(people[0].name);
    expect(text).not.toContain(people[0].id_number);
    const wrongCode = await sys.get<ErrorBody>(`/api/v1/progress?number=${mine.number}&code=000000`);
    const noSuch = await sys.get<ErrorBody>(`/api/v1/progress?number=HN41050020990101999999&code=${mine.queryCode}`);
    expect(wrongCode.status).toBe(404);
    const { requestId: _a, ...a } = wrongCode.body;
    const { requestId: _b, ...b } = noSuch.body;
    expect(a).toEqual(b);
    expect(noSuch.status).toBe(404);
  });
});

describe('notifications', () => {
  it('are marked read by their owner only', async () => {
    const items = (await get<NotificationList>(alice, '/api/v1/notifications')).body.items;
    const unread = items.filter((n) => n.readAt === null).map((n) => n.id);
    expect(unread.length).toBeGreaterThan(0);
    const byBob = await post<{ updated: number }>(sys, '/api/v1/notifications/read', { ids: unread }, bearer(bob));
    expect(byBob.body.updated).toBe(0);
    const byAlice = await post<{ updated: number }>(sys, '/api/v1/notifications/read', { ids: unread }, bearer(alice));
    expect(byAlice.body.updated).toBe(unread.length);
    expect(
      (await get<NotificationList>(alice, '/api/v1/notifications')).body.items.every((n) => n.readAt !== null),
    ).toBe(true);
  });
});

describe('一件事一次办', () => {
  it('one combined form asks each field and material once and submits linked applications', async () => {
    const themes = (await sys.get<{ items: { id: string }[] }>('/api/v1/themes')).body.items;
    let theme: ThemeForm | undefined;
    for (const t of themes) {
      const f = await get<ThemeForm>(bob, `/api/v1/themes/${t.id}/form`);
      if (f.status === 200 && f.body.matters.length >= 2) {
        theme = f.body;
        break;
      }
    }
    expect(theme).toBeDefined();
    const t = theme!;
    // Materials asked by several matters appear once, with the matters that use them.
    const perMatter = t.materials.reduce((n, m) => n + m.matterCodes.length, 0);
    expect(t.materials.length).toBeLessThanOrEqual(perMatter);
    expect(new Set(t.fields.map((f) => f.key)).size).toBe(t.fields.length);
    const body = {
      themeId: t.themeId,
      values: answersFor(t),
      materials: await materialsFor(sys, bob, t),
      delivery: { method: 'window' },
    };
    const res = await post<ThemeApplicationResult & ErrorBody>(sys, '/api/v1/theme-applications', body, {
      ...bearer(bob),
      'idempotency-key': 'theme-bob-000001',
    });
    expect(res.status).toBe(201);
    expect(res.body.items.map((i) => i.matterCode)).toEqual(t.matters.map((m) => m.code));
    expect(res.body.items.every((i) => i.themeId === t.themeId && i.status === 'submitted')).toBe(true);
    const again = await post<ThemeApplicationResult>(sys, '/api/v1/theme-applications', body, {
      ...bearer(bob),
      'idempotency-key': 'theme-bob-000001',
    });
    expect(again.status).toBe(200);
    expect(again.body.items.map((i) => i.id)).toEqual(res.body.items.map((i) => i.id));
    const delivered = await Promise.all(res.body.items.map((i) => numbered(sys, bob, i.id)));
    expect(delivered.every((d) => d.number)).toBe(true);
    expect(
      (await get<ApplicationList>(bob, '/api/v1/applications')).body.items.filter((a) => a.themeId === t.themeId),
    ).toHaveLength(t.matters.length);
  });
});

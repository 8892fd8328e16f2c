import type {
  ApplicationDetail,
  CenterDetail,
  CenterList,
  ErrorBody,
  NotificationList,
  Review,
  ReviewInvitationList,
  ReviewList,
  ServiceStatsReport,
  Session,
  StaffReviewCase,
  StaffReviewList,
  StaffScopes,
  Upload,
} from '@zsb/contracts';
import fc from 'fast-check';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import { ReviewCaseUpdates } from '../../bff/src/reviews/review-case-updates';
import { ReviewDelivery } from '../../bff/src/reviews/review-delivery';
import { ReviewsRepository } from '../../bff/src/reviews/reviews.repository';
import {
  consent,
  materialsFor,
  matterWithLicence,
  answersFor,
  numbered,
  sandboxPost,
  wireCallbacks,
} from '../support/applying';
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

// 好差评 end to end over HTTP: the BFF, the sandbox's provincial 好差评 system and its signed case callbacks.
let sys: RunningSystem;
let people: SandboxResident[];
let alice: Session;
let bob: Session;
let clerk: Session;
let otherClerk: Session;
let clerkCenter: string;
let done: ApplicationDetail;

const get = <T>(s: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(s) });
const send = <T>(s: Session, path: string, body: unknown, key?: string) =>
  post<T & ErrorBody>(sys, path, body, { ...bearer(s), ...(key ? { 'idempotency-key': key } : {}) });
const online = (level: 1 | 2 | 3 | 4 | 5) => ({
  overall: level,
  efficiency: level,
  guide: level,
  convenience: level,
  usability: level,
});
// A pass the BFF started by itself (after the request) may hold the row: wait for it, then send what is left.
const flushReviews = async () => {
  const delivery = sys.app.get(ReviewDelivery);
  await delivery.idle();
  await delivery.sendDue();
  await delivery.idle();
};
const upstreamEvaluations = async () =>
  (
    (await (await fetch(`${sys.sandbox.url}/__sandbox/evaluations`)).json()) as {
      items: { evaluation_id: string; receipts: number; object_ref: string; case_state: string | null }[];
    }
  ).items;

beforeAll(async () => {
  // The generated-input tests send hundreds of requests as one resident: lift the per-resident limits so they
  // reach validation (the limits have their own suites).
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '100' } });
  await wireCallbacks(sys);
  const wired = await fetch(`${sys.sandbox.url}/__sandbox/evaluation/callback`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      url: `${sys.url}/api/v1/callbacks/evaluation`,
      secret: 'sandbox-evaluation-callback-secret',
    }),
  });
  expect(wired.status).toBe(200);
  people = await sandboxResidents(sys);
  [alice, bob, clerk, otherClerk] = await Promise.all([0, 1, 2, 3].map((i) => verifiedSession(sys, people[i])));
  // Alice applies for a 掌上办 matter; the approval system takes it to 办结.
  const { form, ...licence } = await matterWithLicence(sys, alice);
  await consent(sys, alice, licence.typeCode, form.matterCode);
  const applied = await send<ApplicationDetail>(alice, '/api/v1/applications', {
    matterCode: form.matterCode,
    values: answersFor(form),
    materials: await materialsFor(sys, alice, form, licence),
    delivery: { method: 'window' },
  });
  const numberedApp = await numbered(sys, alice, applied.body.id);
  await sandboxPost(sys, '/__sandbox/approval/advance', { application_no: numberedApp.number, steps: 5 });
  done = await until(
    async () => (await get<ApplicationDetail>(alice, `/api/v1/applications/${applied.body.id}`)).body,
    (d) => d.status === 'completed',
  );
}, 180_000);
afterAll(() => sys.close(), 120_000);

describe('一事一评: rating an application', () => {
  let review: Review;

  it('is offered once the application is 办结, and the 办结 message says so', async () => {
    expect(done.status).toBe('completed');
    const invitations = (await get<ReviewInvitationList>(alice, '/api/v1/reviews/invitations')).body.items;
    expect(invitations).toEqual([
      expect.objectContaining({ subject: { kind: 'application', id: done.id }, title: done.matterName }),
    ]);
    const messages = (await get<NotificationList>(alice, '/api/v1/notifications')).body.items;
    expect(messages.filter((m) => m.body.includes('评价本次服务'))).toHaveLength(1);
    // Another resident is not invited to rate it, and cannot.
    expect((await get<ReviewInvitationList>(bob, '/api/v1/reviews/invitations')).body.items).toEqual([]);
  });

  it('refuses a 差评 without a reason, a half-answered rating and someone else’s application, recording nothing', async () => {
    const base = { subject: { kind: 'application', id: done.id }, indicators: online(2), content: '', photos: [] };
    const noReason = await send(alice, '/api/v1/reviews', { ...base, level: 2, reasons: [] });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toContain('原因');
    const half = await send(alice, '/api/v1/reviews', { ...base, level: 4, reasons: [], indicators: { overall: 4 } });
    expect(half.status).toBe(400);
    expect(half.body.details?.map((d) => d.field)).toContain('indicators.guide');
    const bobs = await send(bob, '/api/v1/reviews', { ...base, level: 5, indicators: online(5), reasons: [] });
    expect(bobs.status).toBe(409);
    expect(bobs.body.code).toBe('REVIEW_NOT_OPEN');
    expect((await get<ReviewList>(alice, '/api/v1/reviews')).body.items).toEqual([]);
  });

  it('takes a 差评 with a reason and a photo, once, and delivers it to the provincial system exactly once', async () => {
    const photo = (
      await uploadFile<Upload>(sys, alice, {
        name: 'photo.png',
        type: 'image/png',
        bytes: await png({ alpha: false, width: 40, height: 30 }),
      })
    ).body;
    const body = {
      subject: { kind: 'application', id: done.id },
      level: 1,
      indicators: { ...online(2), guide: 1 },
      reasons: ['unclear_materials', 'repeat_visits'],
      content: '材料清单和窗口说的不一样，跑了三趟。',
      photos: [photo.id],
    };
    const first = await send<Review>(alice, '/api/v1/reviews', body, 'review-alice-0001');
    expect(first.status).toBe(201);
    const again = await send<Review>(alice, '/api/v1/reviews', body, 'review-alice-0001');
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
    const second = await send(alice, '/api/v1/reviews', body, 'review-alice-0002');
    expect(second.body.code).toBe('REVIEW_ALREADY_GIVEN');
    await flushReviews();
    review = (await get<Review>(alice, `/api/v1/reviews/${first.body.id}`)).body;
    expect(review).toMatchObject({ levelLabel: '非常不满意', delivery: 'delivered', photoCount: 1 });
    expect(review.case).toMatchObject({ state: 'VERIFYING', stateLabel: '核实中', overdue: false, canAnswer: false });
    expect(review.case!.steps.map((s) => s.label)).toEqual(['已受理']);
    expect(review.case!.rectifyDue > review.case!.verifyDue).toBe(true);
    expect((await upstreamEvaluations()).filter((e) => e.object_ref === done.number)).toHaveLength(1);
    expect((await get<ReviewInvitationList>(alice, '/api/v1/reviews/invitations')).body.items).toEqual([]);
  });

  it('is the resident’s own: another resident and another center’s staff get 404', async () => {
    expect((await get(bob, `/api/v1/reviews/${review.id}`)).status).toBe(404);
    await sys.app.get(StaffRepository).grant(residentIdOf(otherClerk), 'C999999999');
    const act = await send(otherClerk, `/api/v1/staff/reviews/${review.id}/actions`, {
      action: 'verify',
      note: '已核实',
    });
    expect(act.status).toBe(404);
    expect((await get<StaffReviewList>(otherClerk, '/api/v1/staff/reviews')).body.items).toEqual([]);
    expect((await get(bob, '/api/v1/staff/reviews')).body).toMatchObject({ code: 'STAFF_ONLY' });
  });

  it('is rectified by its center’s staff in the resident’s view; the resident answers once and 不满意 reopens it once', async () => {
    // The center whose staff answer it (the applicant's county's center that handles the matter).
    const stored = await sys.app.get(ReviewsRepository).byId(review.id);
    clerkCenter = stored!.center_id;
    const center = (await sys.get<CenterDetail>(`/api/v1/centers/${stored!.center_id}`)).body;
    expect(center.name).toBe(review.subject.place);
    await sys.app.get(StaffRepository).grant(residentIdOf(clerk), center.id);
    const queue = (await get<StaffReviewList>(clerk, '/api/v1/staff/reviews')).body.items;
    expect(queue.map((c) => c.id)).toEqual([review.id]);
    // Staff see the masked name and what was written, never the resident's phone or ID number.
    const text = JSON.stringify(queue);
    expect(queue[0].residentNameMasked).toContain('*');
    expect(text).not.toContain(people[0].id_number);
    expect(text).not.toContain(people[0].phone);
    const act = (action: object, key: string) =>
      send<StaffReviewCase>(clerk, `/api/v1/staff/reviews/${review.id}/actions`, action, key);
    const early = await act({ action: 'rectify', note: '已改' }, 'act-early-0001');
    expect(early.body.code).toBe('REVIEW_STEP_NOT_OPEN');
    expect(
      (await act({ action: 'verify', note: '电话联系群众，情况属实' }, 'act-verify-001')).body.case.stateLabel,
    ).toBe('整改中');
    const rectified = await act({ action: 'rectify', note: '已更新材料清单，窗口一次告知' }, 'act-rectify-01');
    expect(rectified.body.case.state).toBe('RECTIFIED');
    let mine = await until(
      async () => (await get<Review>(alice, `/api/v1/reviews/${review.id}`)).body,
      (r) => r.case?.canAnswer === true,
    );
    expect(mine.case!.steps.map((s) => s.label)).toEqual(['已受理', '已核实', '已整改']);
    expect(mine.case!.steps[2]).toMatchObject({ note: '已更新材料清单，窗口一次告知', by: center.name });
    const told = (await get<NotificationList>(alice, '/api/v1/notifications')).body.items;
    expect(told.filter((m) => m.kind === 'review-case' && m.title === '您的差评已整改')).toHaveLength(1);
    // 不满意: reopened once.
    const answered = await send<Review>(
      alice,
      `/api/v1/reviews/${review.id}/answer`,
      { satisfied: false, note: '还是没说清楚' },
      'answer-0001',
    );
    expect(answered.status).toBe(200);
    expect(answered.body.case!.canAnswer).toBe(false);
    await flushReviews();
    mine = (await get<Review>(alice, `/api/v1/reviews/${review.id}`)).body;
    expect(mine.case).toMatchObject({ state: 'RECTIFYING', reopened: true });
    await act({ action: 'rectify', note: '窗口负责人当面说明并道歉' }, 'act-rectify-02');
    await send(alice, `/api/v1/reviews/${review.id}/answer`, { satisfied: true, note: '' }, 'answer-0002');
    await flushReviews();
    mine = (await get<Review>(alice, `/api/v1/reviews/${review.id}`)).body;
    expect(mine.case).toMatchObject({ state: 'FOLLOWED_UP', stateLabel: '已回访', canAnswer: false });
    const third = await send(
      alice,
      `/api/v1/reviews/${review.id}/answer`,
      { satisfied: false, note: '' },
      'answer-0003',
    );
    expect(third.body.code).toBe('REVIEW_STEP_NOT_OPEN');
    expect((await get<StaffReviewList>(clerk, '/api/v1/staff/reviews')).body.items).toEqual([]);
  });

  it('counts in its center’s figures: rated, a 差评 rectified on time and followed up satisfied', async () => {
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const res = await get<ServiceStatsReport>(clerk, `/api/v1/staff/service-stats?from=${today}&to=${today}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.total).toMatchObject({
      evaluated: 1,
      bad: 1,
      invalid: 0,
      rectified: 1,
      rectifyRate: 1,
      rectifiedOnTime: 1,
      followedUp: 1,
      satisfied: 1,
      satisfiedRate: 1,
      defaultApplied: 0,
    });
    // Alice's application is one of the services her county's center gave today.
    expect(res.body.total.services).toBeGreaterThanOrEqual(1);
    expect(res.body.total.activeRate).toBe(1 / res.body.total.services);
    // Only staff, and only their centers; a range that makes no sense is refused in words.
    expect((await get(bob, `/api/v1/staff/service-stats?from=${today}&to=${today}`)).body).toMatchObject({
      code: 'STAFF_ONLY',
    });
    const backwards = await get(clerk, `/api/v1/staff/service-stats?from=${today}&to=2020-01-01`);
    expect(backwards.status).toBe(400);
    expect(backwards.body.message).toContain('日期');
  });

  it('can be changed once', async () => {
    const revised = await send<Review>(alice, `/api/v1/reviews/${review.id}/revision`, {
      level: 4,
      indicators: online(4),
      reasons: [],
      content: '整改后满意',
      photos: [],
    });
    expect(revised.status).toBe(200);
    expect(revised.body).toMatchObject({ levelLabel: '满意', revisable: false });
    const twice = await send(alice, `/api/v1/reviews/${review.id}/revision`, {
      level: 5,
      indicators: online(5),
      reasons: [],
      content: '',
      photos: [],
    });
    expect(twice.body.code).toBe('REVIEW_REVISION_USED');
  });
});

describe('generated bodies', () => {
  it('never answer 5xx nor record anything: a 4xx with a Chinese message, and 我的评价 unchanged', async () => {
    const before = (await get<ReviewList>(bob, '/api/v1/reviews')).body.items.length;
    const level = fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constant('5'), fc.constant(null));
    const body = fc.record(
      {
        subject: fc.oneof(
          fc.record({ kind: fc.constantFrom('application', 'visit', 'window', 'x'), id: fc.string({ maxLength: 70 }) }),
          fc.record({ kind: fc.constant('window'), centerId: fc.string({ maxLength: 20 }) }),
          fc.anything(),
        ),
        level,
        indicators: fc.oneof(fc.dictionary(fc.string({ maxLength: 12 }), level, { maxKeys: 12 }), fc.anything()),
        reasons: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 12 }), fc.anything()),
        content: fc.oneof(fc.string({ maxLength: 600 }), fc.anything()),
        photos: fc.oneof(fc.array(fc.string({ maxLength: 70 }), { maxLength: 5 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await send(bob, '/api/v1/reviews', b);
        expect([400, 404, 409, 422]).toContain(res.status);
        expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
      }),
      { numRuns: 150 },
    );
    expect((await get<ReviewList>(bob, '/api/v1/reviews')).body.items).toHaveLength(before);
  });
});

describe('申诉: an office disputes a 差评', () => {
  it('keeps it counted until the provincial reviewer decides; upheld, it is 无效差评 with the reason, and out of the counts', async () => {
    const carol = await verifiedSession(sys, people[4]);
    const bad = await send<Review>(carol, '/api/v1/reviews', {
      subject: { kind: 'window', centerId: clerkCenter },
      level: 1,
      indicators: { overall: 1, efficiency: 1, service: 1, attitude: 1 },
      reasons: ['attitude'],
      content: '没办成',
      photos: [],
    });
    expect(bad.status).toBe(201);
    await flushReviews();
    // A clerk may not dispute a resident's review: the center's admin (中心管理员) does.
    const byClerk = await send(
      clerk,
      `/api/v1/staff/reviews/${bad.body.id}/actions`,
      { action: 'appeal', ground: 'malicious', note: '当天该群众未到本中心办事' },
      'appeal-by-clerk-01',
    );
    expect(byClerk.status).toBe(403);
    expect(byClerk.body.code).toBe('CENTER_ADMIN_ONLY');
    const queued = (await get<StaffReviewList>(clerk, '/api/v1/staff/reviews')).body.items;
    expect(queued.find((i) => i.id === bad.body.id)?.canDispute).toBe(false);
    await sys.app.get(StaffRepository).grant(residentIdOf(clerk), clerkCenter, 'admin');
    expect((await get<StaffScopes>(clerk, '/api/v1/staff/me')).body.centers).toEqual([
      expect.objectContaining({ id: clerkCenter, role: 'admin' }),
    ]);
    const appealed = await send<StaffReviewCase>(
      clerk,
      `/api/v1/staff/reviews/${bad.body.id}/actions`,
      { action: 'appeal', ground: 'malicious', note: '当天该群众未到本中心办事，监控可查' },
      'appeal-0001',
    );
    expect(appealed.body.case).toMatchObject({ state: 'APPEALING', stateLabel: '申诉复核中', overdue: false });
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const stats = async () =>
      (await get<ServiceStatsReport>(clerk, `/api/v1/staff/service-stats?from=${today}&to=${today}`)).body.total;
    const before = await stats();
    expect(before.invalid).toBe(0);
    // The reviewer decides in the provincial system; the BFF hears of it through the signed callback.
    const stored = await sys.app.get(ReviewsRepository).byId(bad.body.id);
    const decided = await fetch(`${sys.sandbox.url}/evaluation/v1/evaluations/${stored!.evaluation_id}/case/actions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': 'reviewer-decision-0001' },
      body: JSON.stringify({
        action: 'decide_appeal',
        upheld: true,
        actor: { name: '复核员', office: '安阳市政务服务和大数据管理局' },
        note: '经调取监控，评价人当天未到该中心，申诉成立。',
      }),
    });
    expect(decided.status).toBe(200);
    const seen = await until(
      async () => (await get<Review>(carol, `/api/v1/reviews/${bad.body.id}`)).body,
      (r) => r.case?.state === 'INVALID',
    );
    expect(seen.case).toMatchObject({ stateLabel: '无效差评' });
    expect(seen.case!.steps.at(-1)).toMatchObject({
      by: '安阳市政务服务和大数据管理局',
      note: expect.stringContaining('申诉成立'),
    });
    const after = await stats();
    expect(after.invalid).toBe(1);
    expect(after.bad).toBe(before.bad - 1);
    expect((await get<StaffReviewList>(clerk, '/api/v1/staff/reviews')).body.items.map((i) => i.id)).not.toContain(
      bad.body.id,
    );
  });
});

describe('a forged case callback', () => {
  it('is refused without the 好差评 system’s signature and changes nothing', async () => {
    const body = JSON.stringify({
      evaluation_id: 'PJ202612070000000001',
      case_no: 'CP2026120700000001',
      event: {
        event_id: 'x',
        seq: 9,
        kind: 'rectified',
        state: 'RECTIFIED',
        at: new Date().toISOString(),
        actor: { role: 'office', name: null, office: null },
        note: '已整改',
      },
    });
    for (const headers of <Record<string, string>[]>[
      { 'content-type': 'application/json' },
      {
        'content-type': 'application/json',
        'x-evaluation-timestamp': String(Date.now()),
        'x-evaluation-signature': 'a'.repeat(64),
      },
    ]) {
      const res = await fetch(`${sys.url}/api/v1/callbacks/evaluation`, { method: 'POST', headers, body });
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorBody).code).toBe('CALLBACK_SIGNATURE_INVALID');
    }
  });
});

describe('a lost callback', () => {
  it('is made up for by the poll: a rejected 申诉 returns the case to 核实中 in the BFF too', async () => {
    const dave = await verifiedSession(sys, people[5]);
    const bad = await send<Review>(dave, '/api/v1/reviews', {
      subject: { kind: 'window', centerId: clerkCenter },
      level: 2,
      indicators: { overall: 2, efficiency: 2, service: 2, attitude: 2 },
      reasons: ['slow'],
      content: '',
      photos: [],
    });
    await flushReviews();
    await send(
      clerk,
      `/api/v1/staff/reviews/${bad.body.id}/actions`,
      { action: 'appeal', ground: 'mistaken', note: '评价对象有误' },
      'appeal-0002',
    );
    const setCallback = (url: string | null) =>
      fetch(`${sys.sandbox.url}/__sandbox/evaluation/callback`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(url ? { url, secret: 'sandbox-evaluation-callback-secret' } : { url: null }),
      });
    await setCallback(null);
    try {
      const stored = await sys.app.get(ReviewsRepository).byId(bad.body.id);
      const decided = await fetch(
        `${sys.sandbox.url}/evaluation/v1/evaluations/${stored!.evaluation_id}/case/actions`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': 'reviewer-decision-0002' },
          body: JSON.stringify({
            action: 'decide_appeal',
            upheld: false,
            actor: { name: '复核员', office: '安阳市政务服务和大数据管理局' },
            note: '评价对象无误，申诉不成立。',
          }),
        },
      );
      expect(decided.status).toBe(200);
      expect((await get<Review>(dave, `/api/v1/reviews/${bad.body.id}`)).body.case?.state).toBe('APPEALING');
      expect(await sys.app.get(ReviewCaseUpdates).pollOnce({ all: true })).toBeGreaterThanOrEqual(1);
      const seen = (await get<Review>(dave, `/api/v1/reviews/${bad.body.id}`)).body;
      expect(seen.case).toMatchObject({ state: 'VERIFYING', stateLabel: '核实中' });
      expect(seen.case!.steps.at(-1)?.note).toContain('申诉不成立');
    } finally {
      await setCallback(`${sys.url}/api/v1/callbacks/evaluation`);
    }
  });
});

describe('a rating given while the provincial system is down', () => {
  it('is kept, shown as being sent, and delivered once the system is back', async () => {
    const center = (await sys.get<CenterList>('/api/v1/centers?lat=36.0976&lng=114.3924&limit=1')).body.items[0];
    sys.sandbox.setFaults({ outage: true, pathPrefix: '/evaluation/' });
    try {
      const res = await send<Review>(
        bob,
        '/api/v1/reviews',
        {
          subject: { kind: 'window', centerId: center.id },
          level: 5,
          indicators: { overall: 5, efficiency: 5, service: 5, attitude: 5 },
          reasons: [],
          content: '窗口服务很耐心',
          photos: [],
        },
        'review-bob-window-01',
      );
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ delivery: 'pending', case: null });
    } finally {
      sys.sandbox.clearFaults();
    }
    const delivered = await until(
      async () => {
        await flushReviews();
        return (await get<ReviewList>(bob, '/api/v1/reviews')).body.items[0];
      },
      (r) => r.delivery === 'delivered',
      30_000,
    );
    expect(delivered.delivery).toBe('delivered');
    expect((await upstreamEvaluations()).filter((e) => e.object_ref === center.id)).toHaveLength(1);
    // The window's QR takes one rating a day from a resident: no flooding a window with 差评.
    const second = await send(bob, '/api/v1/reviews', {
      subject: { kind: 'window', centerId: center.id },
      level: 1,
      indicators: { overall: 1, efficiency: 1, service: 1, attitude: 1 },
      reasons: ['attitude'],
      content: '',
      photos: [],
    });
    expect(second.body.code).toBe('REVIEW_ALREADY_GIVEN');
  });
});

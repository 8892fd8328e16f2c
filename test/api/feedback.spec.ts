import type {
  Booking,
  ErrorBody,
  Feedback,
  FeedbackList,
  MatterPage,
  NotificationList,
  Session,
  StaffFeedback,
  StaffFeedbackList,
} from '@zsb/contracts';
import fc from 'fast-check';
import { addWorkingDays, todayInShanghai } from '@zsb/domain';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import { BusinessCalendar } from '../../bff/src/calendar/business-calendar';
import { Clock } from '../../bff/src/common/clock';
import { FeedbackRepository } from '../../bff/src/feedback/feedback.repository';
import {
  bearer,
  post,
  residentIdOf,
  sandboxResidents,
  signInWechat,
  verifiedSession,
  type SandboxResident,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// 办不成事 and 咨询 over HTTP: filing with an owner and a deadline in working days, the owner's staff answering in
// the resident's view, refusals that record nothing, and nobody else's business.
let sys: RunningSystem;
let people: SandboxResident[];
let visitor: Session; // signed in, not 实名
let alice: Session; // 实名, home county from her ID number
let bob: Session;
let clerk: Session;
let matterCode: string;

const get = <T>(s: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(s) });
const file = (s: Session, body: unknown, key?: string) =>
  post<Feedback & ErrorBody>(sys, '/api/v1/feedback', body, {
    ...bearer(s),
    ...(key ? { 'idempotency-key': key } : {}),
  });
const act = (s: Session, id: string, body: unknown, key?: string) =>
  post<StaffFeedback & ErrorBody>(sys, `/api/v1/staff/feedback/${id}/actions`, body, {
    ...bearer(s),
    ...(key ? { 'idempotency-key': key } : {}),
  });
const mine = async (s: Session) => (await get<FeedbackList>(s, '/api/v1/feedback')).body.items;

beforeAll(async () => {
  // The generated-input tests send hundreds of requests as one resident: lift the per-resident limits so they
  // reach validation (the limits have their own suites).
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '100' } });
  people = await sandboxResidents(sys);
  visitor = await signInWechat(sys, 'oZSBvisitor00000000000000001');
  [alice, bob, clerk] = await Promise.all([0, 1, 2].map((i) => verifiedSession(sys, people[i])));
  matterCode = (await sys.get<MatterPage>('/api/v1/matters?q=%E7%A4%BE%E4%BF%9D%E5%8D%A1&pageSize=1')).body.items[0]
    .code;
}, 120_000);
afterAll(() => sys.close(), 120_000);

describe('filing', () => {
  it('refuses what is incomplete or malformed, in words, and records nothing', async () => {
    const bad: unknown[] = [
      {},
      { type: 'case', text: '跑了三趟还没办成', photos: [] }, // no kind
      { type: 'case', kind: 'nonsense', text: '跑了三趟还没办成', photos: [] },
      { type: 'case', kind: 'other', text: '办不了', photos: [] }, // too short
      { type: 'case', kind: 'other', text: '很'.repeat(1001), photos: [] },
      { type: 'consultation', text: '外地户口能不能办？', photos: [] }, // no matter
      { type: 'consultation', kind: 'other', matterCode, text: '外地户口能不能办？', photos: [] },
      { type: 'case', kind: 'other', text: '跑了三趟还没办成', photos: ['a', 'b'] },
      { type: 'case', kind: 'other', text: 12345, photos: [] },
      { type: 'case', kind: 'other', text: '跑了三趟还没办成', photos: [], matterCode: '../../etc' },
      { type: 'case', kind: 'other', text: '跑了三趟还没办成', photos: [], extra: true },
      [],
      'text',
    ];
    for (const body of bad) {
      const res = await file(visitor, body);
      expect({ body, status: res.status, code: res.body.code }).toEqual({
        body,
        status: 400,
        code: expect.any(String),
      });
      expect(['VALIDATION_FAILED', 'REQUEST_MALFORMED', 'UPLOAD_NOT_FOUND']).toContain(res.body.code);
      expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await mine(visitor)).toEqual([]);
  });

  it('takes a 办不成事 case from a resident who has not done 实名, with a number, an owner and a deadline', async () => {
    const res = await file(
      visitor,
      { type: 'case', kind: 'repeat_visits', text: '为了社保卡补办跑了三趟窗口，每次都说材料不全', photos: [] },
      'feedback-visitor-001',
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      type: 'case',
      kindLabel: '多次跑动仍未办成',
      state: 'received',
      stateLabel: '已受理',
      overdue: false,
    });
    expect(res.body.number).toMatch(/^BC\d{14}$/);
    expect(res.body.ownerName).toMatch(/中心/);
    const today = todayInShanghai(sys.app.get(Clock).now());
    expect(res.body.due).toBe(addWorkingDays(today, 3, sys.app.get(BusinessCalendar).working));
    expect(res.body.steps).toEqual([
      expect.objectContaining({
        label: '已受理',
        note: expect.stringContaining(res.body.due.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, '$1年$2月$3日')),
      }),
    ]);
    const again = await file(
      visitor,
      { type: 'case', kind: 'repeat_visits', text: '为了社保卡补办跑了三趟窗口，每次都说材料不全', photos: [] },
      'feedback-visitor-001',
    );
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(res.body.id);
    expect(await mine(visitor)).toHaveLength(1);
  });

  it('links only the resident’s own booking, and then the booking’s center answers', async () => {
    const { items } = (
      await sys.get<{ items: { id: string; bookable: boolean }[] }>(
        `/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matterCode}&limit=5`,
      )
    ).body;
    const center = items.find((c) => c.bookable)!;
    const slots = (
      await get<{ days: { date: string; left: number }[] }>(
        alice,
        `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}`,
      )
    ).body;
    const day = slots.days.find((d) => d.left > 0)!;
    const { slots: free } = (
      await get<{ slots: { start: string; status: string }[] }>(
        alice,
        `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}&date=${day.date}`,
      )
    ).body;
    const booking = (
      await post<Booking>(
        sys,
        '/api/v1/bookings',
        { centerId: center.id, matterCode, start: free.find((s) => s.status === 'open')!.start },
        bearer(alice),
      )
    ).body;
    const bobs = await file(bob, {
      type: 'case',
      kind: 'window_failed',
      bookingId: booking.id,
      text: '到了窗口说系统故障办不了',
      photos: [],
    });
    expect(bobs.status).toBe(404);
    expect(bobs.body.code).toBe('BOOKING_NOT_FOUND');
    const alices = await file(alice, {
      type: 'case',
      kind: 'window_failed',
      bookingId: booking.id,
      text: '到了窗口说系统故障办不了',
      photos: [],
    });
    expect(alices.status).toBe(201);
    expect(alices.body.ownerName).toBe(booking.centerName);
    expect(alices.body.matterName).toBe(booking.matterName);
  });
});

describe('generated bodies', () => {
  it('never answer 5xx nor record anything', async () => {
    const before = (await mine(bob)).length;
    const body = fc.record(
      {
        type: fc.oneof(fc.constantFrom('case', 'consultation', 'CASE'), fc.anything()),
        kind: fc.oneof(fc.constantFrom('online_failed', 'other', 'x'), fc.anything()),
        matterCode: fc.oneof(fc.string({ maxLength: 30 }), fc.anything()),
        applicationId: fc.string({ maxLength: 70 }),
        bookingId: fc.string({ maxLength: 70 }),
        centerId: fc.string({ maxLength: 20 }),
        text: fc.oneof(fc.string({ maxLength: 8 }), fc.string({ minLength: 1001, maxLength: 1100 }), fc.anything()),
        photos: fc.oneof(fc.array(fc.string({ maxLength: 70 }), { maxLength: 5 }), fc.anything()),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        const res = await file(bob, b);
        expect([400, 404, 409, 422]).toContain(res.status);
        expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
      }),
      { numRuns: 150 },
    );
    expect(await mine(bob)).toHaveLength(before);
  });
});

describe('a question (咨询)', () => {
  let asked: Feedback;

  it('goes to the center of the resident’s county that handles the matter', async () => {
    const res = await file(alice, {
      type: 'consultation',
      matterCode,
      text: '我户口在林州，人在文峰区上班，能在这边补办吗？',
      photos: [],
    });
    expect(res.status).toBe(201);
    asked = res.body;
    expect(asked).toMatchObject({ type: 'consultation', kindLabel: '咨询', kind: null });
    expect(asked.number).toMatch(/^ZX/);
  });

  it('is nobody else’s business: another resident and another center’s staff get 404', async () => {
    expect((await get(bob, `/api/v1/feedback/${asked.id}`)).status).toBe(404);
    await sys.app.get(StaffRepository).grant(residentIdOf(bob), 'C999999999');
    expect((await act(bob, asked.id, { action: 'answer', note: '可以' })).status).toBe(404);
    expect((await get<StaffFeedbackList>(bob, '/api/v1/staff/feedback')).body.items.map((i) => i.id)).not.toContain(
      asked.id,
    );
    expect((await get(visitor, '/api/v1/staff/feedback')).body).toMatchObject({ code: 'STAFF_ONLY' });
  });

  it('is answered in writing by its center’s staff, in the resident’s view and in 消息, once', async () => {
    const owner = (await get<Feedback>(alice, `/api/v1/feedback/${asked.id}`)).body;
    const row = await sys.app.get(FeedbackRepository).byId(asked.id);
    await sys.app.get(StaffRepository).grant(residentIdOf(clerk), row!.owner_center_id);
    const queue = (await get<StaffFeedbackList>(clerk, '/api/v1/staff/feedback')).body.items;
    const item = queue.find((i) => i.id === asked.id)!;
    expect(item.ownerName).toBe(owner.ownerName);
    expect(item.residentNameMasked).toContain('*');
    expect(JSON.stringify(queue)).not.toContain(people[0].id_number);
    expect(JSON.stringify(queue)).not.toContain(people[0].phone);
    expect((await act(clerk, asked.id, { action: 'progress', note: '   ' })).status).toBe(400);
    expect(
      (await act(clerk, asked.id, { action: 'progress', note: '已联系户籍所在地核实' }, 'fb-act-0001')).body.stateLabel,
    ).toBe('办理中');
    const answered = await act(
      clerk,
      asked.id,
      { action: 'answer', note: '可以，全省通办，带身份证到文峰区任一便民服务中心即可。' },
      'fb-act-0002',
    );
    expect(answered.body.state).toBe('answered');
    const replay = await act(
      clerk,
      asked.id,
      { action: 'answer', note: '可以，全省通办，带身份证到文峰区任一便民服务中心即可。' },
      'fb-act-0002',
    );
    expect(replay.status).toBe(200);
    expect((await act(clerk, asked.id, { action: 'answer', note: '再答一次' }, 'fb-act-0003')).body.code).toBe(
      'FEEDBACK_ANSWERED',
    );
    const seen = (await get<Feedback>(alice, `/api/v1/feedback/${asked.id}`)).body;
    expect(seen.answer).toContain('全省通办');
    expect(seen.steps.map((s) => s.label)).toEqual(['已受理', '办理中', '已答复']);
    expect(seen.steps[2].by).toBe(owner.ownerName);
    const told = (await get<NotificationList>(alice, '/api/v1/notifications')).body.items.filter(
      (n) => n.kind === 'feedback-answer',
    );
    expect(told).toHaveLength(1);
    expect(told[0].target).toBe(`/feedback/${asked.id}`);
  });
});

describe('deadlines', () => {
  it('flags an unanswered case the day after its last working day, first in the staff queue', async () => {
    const clock = sys.app.get(Clock);
    const filed = (
      await file(visitor, { type: 'case', kind: 'online_failed', text: '手机上提交一直转圈，提交不了', photos: [] })
    ).body;
    try {
      const lastDay = new Date(`${filed.due}T23:00:00+08:00`).getTime();
      clock.travelTo(lastDay);
      expect((await get<Feedback>(visitor, `/api/v1/feedback/${filed.id}`)).body.overdue).toBe(false);
      clock.travelTo(lastDay + 2 * 3600_000);
      expect((await get<Feedback>(visitor, `/api/v1/feedback/${filed.id}`)).body.overdue).toBe(true);
      // A case filed now at the same center is not overdue, and waits behind the overdue ones.
      const owner = (await sys.app.get(FeedbackRepository).byId(filed.id))!.owner_center_id;
      const fresh = (
        await file(visitor, { type: 'case', kind: 'other', centerId: owner, text: '窗口下午不开门', photos: [] })
      ).body;
      await sys.app.get(StaffRepository).grant(residentIdOf(clerk), owner);
      const queue = (await get<StaffFeedbackList>(clerk, '/api/v1/staff/feedback')).body.items.map((i) => [
        i.id,
        i.overdue,
      ]);
      // Overdue ones (this and the earlier case at the same center) come before anything still in time.
      const overdue = queue.filter(([, late]) => late).map(([id]) => id);
      expect(overdue).toContain(filed.id);
      expect(queue.map(([id]) => id).indexOf(fresh.id)).toBe(overdue.length);
      expect(queue.find(([id]) => id === fresh.id)?.[1]).toBe(false);
    } finally {
      clock.travelTo(Date.now());
    }
  });
});

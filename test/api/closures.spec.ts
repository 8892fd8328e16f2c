import { randomUUID } from 'node:crypto';
import type {
  AuditPage,
  Booking,
  CenterList,
  Closure,
  ClosureList,
  ErrorBody,
  HotMatters,
  NotificationList,
  Session,
  SlotList,
  WaitlistEntry,
} from '@zsb/contracts';
import { Clock } from '../../bff/src/common/clock';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { bearer, post, residentIdOf, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// 临时停止服务: a county admin closes a township hall for Tuesday afternoon (停电). The bookings in it move to the
// first free slot after it, the waitlist for it ends, every resident is told why, the slots are no longer offered,
// and a retry of the same request changes nothing more.
const MONDAY_7AM = Date.parse('2026-12-07T07:00:00+08:00');
const TUESDAY = '2026-12-08';
const at = (time: string, day = TUESDAY) => `${day}T${time}:00+08:00`;
let sys: RunningSystem;
let admin: Session;
let otherAdmin: Session;
let residents: Session[];
let center: CenterList['items'][number];
let matter: string;
let county: string;

const get = <T>(s: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(s) });
const send = <T>(s: Session, path: string, body: unknown, key: string = randomUUID()) =>
  post<T & ErrorBody>(sys, path, body, { ...bearer(s), 'idempotency-key': key });
const book = (s: Session, start: string) =>
  send<Booking>(s, '/api/v1/bookings', { centerId: center.id, matterCode: matter, start });
const close = (s: Session, body: Record<string, unknown>, key?: string) =>
  send<Closure>(
    s,
    '/api/v1/admin/closures',
    { centerId: center.id, reason: 'power', note: '线路检修停电', ...body },
    key,
  );

beforeAll(async () => {
  sys = await startSystem({ env: { BOOKING_SLOT_CAPACITY: '2', RATE_LIMIT_FACTOR: '100' } });
  sys.app.get(Clock).travelTo(MONDAY_7AM);
  const people = await sandboxResidents(sys);
  [admin, otherAdmin, ...residents] = await Promise.all(people.slice(20, 29).map((p) => verifiedSession(sys, p)));
  matter = (await sys.get<HotMatters>('/api/v1/matters/hot')).body.items[0].code;
  center = (
    await sys.get<CenterList>(`/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matter}&limit=1`)
  ).body.items[0];
  county = center.county;
  const other = (await sys.get<{ items: { county: string }[] }>('/api/v1/center-areas')).body.items.find(
    (a) => a.county !== county,
  )!.county;
  const db = sys.app.get(DatabaseConnection).db;
  await db
    .insertInto('county_admin')
    .values({ resident_id: residentIdOf(admin), county })
    .execute();
  await db
    .insertInto('county_admin')
    .values({ resident_id: residentIdOf(otherAdmin), county: other })
    .execute();
}, 120_000);
afterAll(() => sys.close(), 120_000);

describe('closing a center for an afternoon', () => {
  let bookings: Booking[];
  let closure: Closure;
  const key = randomUUID();

  beforeAll(async () => {
    bookings = [];
    // Two in the afternoon, one in the morning (stays), and 15:30 full (two) with a third resident waiting.
    for (const [i, time] of [
      [0, '14:30'],
      [1, '15:00'],
      [2, '09:00'],
      [3, '15:30'],
      [4, '15:30'],
    ] as const) {
      const res = await book(residents[i], at(time));
      expect([time, res.status]).toEqual([time, 201]);
      bookings.push(res.body);
    }
    const waiting = await send<WaitlistEntry>(residents[5], '/api/v1/booking-waitlist', {
      centerId: center.id,
      matterCode: matter,
      start: at('15:30'),
    });
    expect(waiting.status).toBe(201);
  });

  it('refuses a resident, another county’s admin and a bad period, and changes nothing', async () => {
    expect((await close(residents[0], { start: at('14:00'), end: at('18:00') })).body.code).toBe('ADMIN_ONLY');
    expect((await close(otherAdmin, { start: at('14:00'), end: at('18:00') })).body.code).toBe('ADMIN_NOT_FOUND');
    const backwards = await close(admin, { start: at('18:00'), end: at('14:00') });
    expect([backwards.status, backwards.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(backwards.body.message).toContain('结束时间应晚于开始时间');
    const tooLong = await close(admin, { start: at('14:00'), end: '2027-01-20T18:00:00+08:00' });
    expect(tooLong.status).toBe(400);
    const blank = await close(admin, { start: at('14:00'), end: at('18:00'), note: '<b>' });
    expect(blank.status).toBe(400);
    const mine = (await get<Booking>(residents[0], `/api/v1/bookings/${bookings[0].id}`)).body;
    expect(mine).toMatchObject({ start: at('14:30'), status: 'confirmed', notice: null });
  });

  it('moves the afternoon’s bookings to the first free slots after it and tells each resident why', async () => {
    const res = await close(admin, { start: at('14:00'), end: at('18:00') }, key);
    expect(res.status).toBe(201);
    closure = res.body;
    expect(closure).toMatchObject({ centerId: center.id, moved: 4, cancelled: 0, waitlistEnded: 1, reason: 'power' });
    const after = await Promise.all(
      bookings.map((b, i) => get<Booking>(residents[i], `/api/v1/bookings/${b.id}`).then((r) => r.body)),
    );
    // The morning booking is untouched.
    expect(after[2]).toMatchObject({ start: at('09:00'), status: 'confirmed', notice: null });
    // The others start after the closure, two to a slot (capacity 2), the earliest first.
    const moved = [after[0], after[1], after[3], after[4]];
    expect(moved.map((b) => b.start)).toEqual([
      at('08:30', '2026-12-09'),
      at('08:30', '2026-12-09'),
      at('09:00', '2026-12-09'),
      at('09:00', '2026-12-09'),
    ]);
    for (const b of moved) {
      expect(b.status).toBe('confirmed');
      expect(b.notice).toContain('因停电（线路检修停电）');
      expect(b.notice).toContain('已改到 12月9日');
      // a new check-in code: the old one (maybe printed or screenshotted) no longer works
      expect(b.checkInCode).not.toBe(bookings[after.indexOf(b)].checkInCode);
    }
    const messages = (await get<NotificationList>(residents[0], '/api/v1/notifications')).body.items;
    expect(messages.filter((m) => m.kind === 'center-closure')).toEqual([
      expect.objectContaining({ title: '您的预约已改期', target: `/bookings/${bookings[0].id}` }),
    ]);
    const waiter = (await get<NotificationList>(residents[5], '/api/v1/notifications')).body.items;
    expect(waiter.find((m) => m.kind === 'center-closure')).toMatchObject({ title: '您的候补已结束' });
    expect((await get<{ items: WaitlistEntry[] }>(residents[5], '/api/v1/booking-waitlist')).body.items[0].status).toBe(
      'expired',
    );
  });

  it('answers a retry with the first closure: nothing moved twice, no second message or audit line', async () => {
    const again = await close(admin, { start: at('14:00'), end: at('18:00') }, key);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ id: closure.id, moved: 4, waitlistEnded: 1 });
    const messages = (await get<NotificationList>(residents[0], '/api/v1/notifications')).body.items;
    expect(messages.filter((m) => m.kind === 'center-closure')).toHaveLength(1);
    const audit = (await get<AuditPage>(admin, '/api/v1/admin/audit')).body.items.filter(
      (a) => a.action === 'center.close',
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ centerId: center.id, after: { 改约: 4, 取消: 0, 结束候补: 1 } });
    const list = (await get<ClosureList>(admin, `/api/v1/admin/closures?county=${encodeURIComponent(county)}`)).body;
    expect(list.items.map((c) => c.id)).toEqual([closure.id]);
    expect(list.items[0].decidedBy).toMatch(/\*/);
  });

  it('stops offering the closed slots, and refuses a booking or a reschedule into them', async () => {
    const slots = (
      await get<SlotList>(residents[6], `/api/v1/centers/${center.id}/slots?matterCode=${matter}&date=${TUESDAY}`)
    ).body;
    const starts = slots.slots.map((s) => s.start.slice(11, 16));
    expect(starts).toContain('11:30');
    expect(starts.some((s) => s >= '14:00')).toBe(false);
    const refused = await book(residents[6], at('16:00'));
    expect([refused.status, refused.body.code]).toEqual([409, 'CENTER_CLOSED']);
    const moveInto = await send<Booking>(residents[2], `/api/v1/bookings/${bookings[2].id}/reschedule`, {
      start: at('16:30'),
    });
    expect([moveInto.status, moveInto.body.code]).toEqual([409, 'CENTER_CLOSED']);
  });

  it('cancels, with the reason, what has nowhere to go: a closure to the end of the booking horizon', async () => {
    const res = await close(admin, {
      start: at('00:00'),
      end: '2026-12-14T00:00:00+08:00',
      reason: 'renovation',
      note: '大厅装修',
    });
    expect(res.body).toMatchObject({ moved: 0, cancelled: 5 });
    const b = (await get<Booking>(residents[2], `/api/v1/bookings/${bookings[2].id}`)).body;
    expect(b.status).toBe('cancelled');
    expect(b.notice).toContain('因装修（大厅装修）');
    expect(b.notice).toContain('已为您取消');
    const week = (
      await get<SlotList>(residents[6], `/api/v1/centers/${center.id}/slots?matterCode=${matter}&date=${TUESDAY}`)
    ).body;
    expect(week.days.find((d) => d.date === '2026-12-10')).toMatchObject({ open: false, left: 0 });
    expect(week.days.find((d) => d.date === '2026-12-10')!.closedReason).toContain('暂停服务（装修：大厅装修）');
    // The cancellation does not count against the resident: they can book again elsewhere at once.
    const rebook = await send<Booking>(residents[2], '/api/v1/bookings', {
      centerId: center.id,
      matterCode: matter,
      start: at('09:00', '2026-12-07'),
    });
    expect(rebook.status).toBe(201);
  });
});

import type {
  Booking,
  BookingList,
  CenterList,
  CheckIn,
  ErrorBody,
  HotMatters,
  NotificationList,
  ResidentProfile,
  Session,
  SlotList,
  WaitlistEntry,
  WaitlistList,
} from '@zsb/contracts';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import { Clock } from '../../bff/src/common/clock';
import {
  bearer,
  post,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

const ANYANG = { lat: 36.0977, lng: 114.3924 };
// Monday 2026-12-07, 07:00 in Anyang; the horizon runs to Sunday 12-13.
const MONDAY_7AM = Date.parse('2026-12-07T07:00:00+08:00');
let sys: RunningSystem;
let people: SandboxResident[];
let sessions: Session[];
let matters: string[];
let center: CenterList['items'][number];

const travel = (iso: string | number): void =>
  sys.app.get(Clock).travelTo(typeof iso === 'number' ? iso : Date.parse(iso));
const get = <T>(s: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(s) });
const book = (s: Session, body: { centerId?: string; matterCode?: string; start?: string }, key?: string) =>
  post<Booking & ErrorBody>(
    sys,
    '/api/v1/bookings',
    { centerId: center.id, matterCode: matters[0], ...body },
    { ...bearer(s), ...(key ? { 'idempotency-key': key } : {}) },
  );
const slots = (s: Session, matterCode: string, date?: string, centerId = center.id) =>
  get<SlotList>(s, `/api/v1/centers/${centerId}/slots?matterCode=${matterCode}${date ? `&date=${date}` : ''}`);

beforeAll(async () => {
  // Two places per slot and matter group, so "full" is reached with few residents.
  sys = await startSystem({ env: { BOOKING_SLOT_CAPACITY: '2' } });
  travel(MONDAY_7AM);
  people = (await sandboxResidents(sys)).slice(0, 8);
  sessions = [];
  for (const p of people) sessions.push(await verifiedSession(sys, p));
  const hot = (await sys.get<HotMatters>('/api/v1/matters/hot')).body.items.map((m) => m.code);
  // A township hall near Anyang that handles the first hot matter; matters[] are hot matters it handles.
  center = (
    await sys.get<CenterList>(
      `/api/v1/centers?lat=${ANYANG.lat}&lng=${ANYANG.lng}&kind=center&matterCode=${hot[0]}&limit=1`,
    )
  ).body.items[0];
  matters = [];
  for (const code of hot) {
    const listed = await sys.get<CenterList>(
      `/api/v1/centers?lat=${center.gcj02.lat}&lng=${center.gcj02.lng}&kind=center&matterCode=${code}&limit=1`,
    );
    if (listed.body.items[0]?.id === center.id) matters.push(code);
  }
}, 120_000);
afterAll(() => sys.close(), 120_000);

describe('slots', () => {
  it('cut the hall hours into half-hour slots around the lunch break, for the whole horizon', async () => {
    const res = await slots(sessions[0], matters[0], '2026-12-07');
    expect(res.status).toBe(200);
    expect(res.body.days.map((d) => d.date)).toEqual([
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-12',
      '2026-12-13',
    ]);
    expect(res.body.days.find((d) => d.date === '2026-12-13')).toMatchObject({
      open: false,
      closedReason: '周末休息',
      left: 0,
    });
    const starts = res.body.slots.map((s) => s.start.slice(11, 16));
    expect(starts[0]).toBe('08:30');
    expect(starts).toContain('11:30');
    expect(starts).not.toContain('12:00');
    expect(starts).toContain('14:30');
    expect(res.body.slots.every((s) => s.capacity === 2 && s.left === 2 && s.status === 'open')).toBe(true);
  });

  it('close on a public holiday, and open on an adjusted working Saturday (调休)', async () => {
    travel('2026-12-29T09:00:00+08:00');
    const newYear = await slots(sessions[0], matters[0], '2027-01-01');
    expect(newYear.body.days.find((d) => d.date === '2027-01-01')).toMatchObject({
      open: false,
      closedReason: '元旦放假',
    });
    expect(newYear.body.slots).toEqual([]);
    const refused = await book(sessions[0], { start: '2027-01-01T09:00:00+08:00' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ code: 'SLOT_NOT_OFFERED' });
    expect(refused.body.message).toContain('元旦放假');

    travel('2026-02-10T09:00:00+08:00');
    const saturday = await slots(sessions[0], matters[0], '2026-02-14');
    expect(saturday.body.days.find((d) => d.date === '2026-02-14')).toMatchObject({ open: true, closedReason: null });
    expect(saturday.body.slots[0].start).toBe('2026-02-14T08:30:00+08:00');
    expect(saturday.body.days.find((d) => d.date === '2026-02-16')).toMatchObject({
      open: false,
      closedReason: '春节放假',
    });
    travel(MONDAY_7AM);
  });

  it('say a day has ended when its time ran out, not that it is full, and open on the next day with places', async () => {
    travel('2026-12-07T17:45:00+08:00'); // after the last slot of Monday (17:00–17:30) can be booked
    const evening = await slots(sessions[0], matters[0]);
    const monday = evening.body.days.find((d) => d.date === '2026-12-07');
    expect(monday).toMatchObject({ open: true, left: 0, state: 'ended' });
    expect(evening.body.days.find((d) => d.date === '2026-12-08')).toMatchObject({ state: 'open' });
    expect(evening.body.days.find((d) => d.date === '2026-12-13')).toMatchObject({ state: 'closed' });
    expect(evening.body.date).toBe('2026-12-08');
    const today = await slots(sessions[0], matters[0], '2026-12-07');
    expect(today.body.slots.length).toBeGreaterThan(0);
    expect(today.body.slots.every((s) => s.status === 'past')).toBe(true);
    travel(MONDAY_7AM);
  });

  it('refuse a time that is no slot, out of the horizon, or already too late', async () => {
    expect((await book(sessions[0], { start: '2026-12-07T08:40:00+08:00' })).body.code).toBe('SLOT_NOT_OFFERED');
    expect((await book(sessions[0], { start: '2026-12-21T08:30:00+08:00' })).body.code).toBe('SLOT_NOT_OFFERED');
    travel('2026-12-07T08:10:00+08:00');
    const late = await book(sessions[0], { start: '2026-12-07T08:30:00+08:00' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('SLOT_TOO_LATE');
    travel(MONDAY_7AM);
  });
});

describe('a booking', () => {
  let mine: Booking;

  it('is made once, real-name only, with a check-in code', async () => {
    const anonymous = await signInWechat(sys, 'o-not-verified-yet');
    expect((await book(anonymous, { start: '2026-12-08T09:00:00+08:00' })).body.code).toBe('IDENTITY_REQUIRED');
    const res = await book(sessions[0], { start: '2026-12-08T09:00:00+08:00' }, 'first-booking-0001');
    expect(res.status).toBe(201);
    mine = res.body;
    expect(mine).toMatchObject({
      status: 'confirmed',
      centerId: center.id,
      matterCode: matters[0],
      start: '2026-12-08T09:00:00+08:00',
      end: '2026-12-08T09:30:00+08:00',
      changeableUntil: '2026-12-08T08:30:00+08:00',
    });
    expect(mine.checkInCode).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const left = (await slots(sessions[1], matters[0], '2026-12-08')).body.slots.find((s) => s.start === mine.start)!;
    expect(left.left).toBe(1);
    const listed = await get<BookingList>(sessions[0], '/api/v1/bookings');
    expect(listed.body.items.map((b) => b.id)).toContain(mine.id);
  });

  it('is one per matter per person, and at most three at a time', async () => {
    const again = await book(sessions[0], { start: '2026-12-09T09:00:00+08:00' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('BOOKING_DUPLICATE_MATTER');
    expect((await book(sessions[0], { matterCode: matters[1], start: '2026-12-09T09:00:00+08:00' })).status).toBe(201);
    expect((await book(sessions[0], { matterCode: matters[2], start: '2026-12-09T10:00:00+08:00' })).status).toBe(201);
    const fourth = await book(sessions[0], { matterCode: matters[3], start: '2026-12-09T10:30:00+08:00' });
    expect(fourth.status).toBe(409);
    expect(fourth.body).toMatchObject({ code: 'BOOKING_LIMIT_REACHED' });
    expect(fourth.body.message).toContain('3');
  });

  it('is invisible to anyone else: another resident gets 404 for read, cancel and reschedule', async () => {
    const other = sessions[1];
    expect((await get(other, `/api/v1/bookings/${mine.id}`)).status).toBe(404);
    expect((await post<ErrorBody>(sys, `/api/v1/bookings/${mine.id}/cancel`, {}, bearer(other))).body.code).toBe(
      'BOOKING_NOT_FOUND',
    );
    expect(
      (
        await post<ErrorBody>(
          sys,
          `/api/v1/bookings/${mine.id}/reschedule`,
          { start: '2026-12-10T09:00:00+08:00' },
          bearer(other),
        )
      ).body.code,
    ).toBe('BOOKING_NOT_FOUND');
    expect((await get<BookingList>(other, '/api/v1/bookings')).body.items.map((b) => b.id)).not.toContain(mine.id);
    expect((await get<Booking>(sessions[0], `/api/v1/bookings/${mine.id}`)).body.status).toBe('confirmed');
  });

  it('can be rescheduled, which frees the old place and takes the new one', async () => {
    const res = await post<Booking>(
      sys,
      `/api/v1/bookings/${mine.id}/reschedule`,
      { start: '2026-12-10T09:00:00+08:00' },
      bearer(sessions[0]),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: mine.id, start: '2026-12-10T09:00:00+08:00', status: 'confirmed' });
    expect(res.body.checkInCode).not.toBe(mine.checkInCode);
    const old = (await slots(sessions[1], matters[0], '2026-12-08')).body.slots.find(
      (s) => s.start === '2026-12-08T09:00:00+08:00',
    )!;
    expect(old.left).toBe(2);
    mine = res.body;
  });

  it('cannot be changed in the last 30 minutes, and not at all once cancelled', async () => {
    travel('2026-12-10T08:45:00+08:00');
    const late = await post<ErrorBody>(sys, `/api/v1/bookings/${mine.id}/cancel`, {}, bearer(sessions[0]));
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('BOOKING_CHANGE_TOO_LATE');
    travel(MONDAY_7AM);
    const ok = await post<Booking>(sys, `/api/v1/bookings/${mine.id}/cancel`, {}, bearer(sessions[0]));
    expect(ok.body).toMatchObject({ status: 'cancelled', checkInCode: null });
    expect((await post<ErrorBody>(sys, `/api/v1/bookings/${mine.id}/cancel`, {}, bearer(sessions[0]))).body.code).toBe(
      'BOOKING_NOT_ACTIVE',
    );
  });
});

describe('Idempotency-Key', () => {
  it('sent 20 times at once creates one booking, and every answer is that booking', async () => {
    const body = { matterCode: matters[0], start: '2026-12-11T14:30:00+08:00' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => book(sessions[2], body, 'same-key-20-times')));
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    const mine = (await get<BookingList>(sessions[2], '/api/v1/bookings')).body.items.filter(
      (b) => b.status === 'confirmed',
    );
    expect(mine).toHaveLength(1);
    const left = (await slots(sessions[3], matters[0], '2026-12-11')).body.slots.find((s) => s.start === body.start)!;
    expect(left.left).toBe(1);
  });

  it('reused for a different booking is refused and changes nothing', async () => {
    const res = await book(
      sessions[2],
      { matterCode: matters[1], start: '2026-12-11T15:00:00+08:00' },
      'same-key-20-times',
    );
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(
      (await get<BookingList>(sessions[2], '/api/v1/bookings')).body.items.filter((b) => b.status === 'confirmed'),
    ).toHaveLength(1);
  });
});

describe('a full slot', () => {
  const start = '2026-12-09T15:00:00+08:00';
  let first: Booking;

  it('offers other slots here and nearby, and a waitlist', async () => {
    first = (await book(sessions[3], { start })).body;
    expect((await book(sessions[4], { start })).status).toBe(201);
    const full = await book(sessions[5], { start });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe('BOOKING_SLOT_FULL');
    expect(full.body.offers!.length).toBeGreaterThan(1);
    expect(full.body.offers!.some((o) => o.centerId === center.id && o.start !== start)).toBe(true);
    expect(full.body.offers!.some((o) => o.centerId !== center.id && o.distanceMeters! > 0)).toBe(true);
    // An offered slot can really be booked.
    const offer = full.body.offers!.find((o) => o.centerId !== center.id)!;
    const taken = await book(sessions[6], { centerId: offer.centerId, start: offer.start });
    expect(taken.status).toBe(201);
    const queued = await post<WaitlistEntry & ErrorBody>(
      sys,
      '/api/v1/booking-waitlist',
      { centerId: center.id, matterCode: matters[0], start },
      bearer(sessions[5]),
    );
    expect(queued.status).toBe(201);
    expect(queued.body).toMatchObject({ position: 1, status: 'waiting' });
    const twice = await post<ErrorBody>(
      sys,
      '/api/v1/booking-waitlist',
      { centerId: center.id, matterCode: matters[0], start },
      bearer(sessions[5]),
    );
    expect(twice.body.code).toBe('WAITLIST_NOT_NEEDED');
  });

  it('goes to the first on the waitlist when someone cancels, with a notification', async () => {
    await post(sys, `/api/v1/bookings/${first.id}/cancel`, {}, bearer(sessions[3]));
    const theirs = (await get<BookingList>(sessions[5], '/api/v1/bookings')).body.items;
    expect(theirs).toEqual([
      expect.objectContaining({ start, status: 'confirmed', fromWaitlist: true, centerId: center.id }),
    ]);
    expect((await get<WaitlistList>(sessions[5], '/api/v1/booking-waitlist')).body.items[0]).toMatchObject({
      status: 'booked',
    });
    const note = (await get<NotificationList>(sessions[5], '/api/v1/notifications')).body.items[0];
    expect(note).toMatchObject({ kind: 'waitlist-booked', target: `/bookings/${theirs[0].id}` });
    // The place went to the waiter, so the slot is still full for anyone else.
    expect((await book(sessions[7], { start })).body.code).toBe('BOOKING_SLOT_FULL');
  });

  it('passes over a waiter who has meanwhile booked as many as allowed, to the next one', async () => {
    const slot = '2026-12-10T10:00:00+08:00';
    const [fillerA, fillerB, busy, next] = await Promise.all(
      (await sandboxResidents(sys)).slice(8, 12).map((p) => verifiedSession(sys, p)),
    );
    const [fullA] = [await book(fillerA, { start: slot }), await book(fillerB, { start: slot })].map((r) => r.body);
    for (const waiter of [busy, next])
      expect(
        (
          await post(
            sys,
            '/api/v1/booking-waitlist',
            { centerId: center.id, matterCode: matters[0], start: slot },
            bearer(waiter),
          )
        ).status,
      ).toBe(201);
    // While waiting, the first waiter books three other matters: the most anyone may hold at once.
    expect(matters.length).toBeGreaterThanOrEqual(4);
    const times = ['08:30', '09:30', '10:30'];
    for (const [i, code] of matters.slice(1, 4).entries())
      expect((await book(busy, { matterCode: code, start: `2026-12-11T${times[i]}:00+08:00` })).status).toBe(201);

    expect((await post(sys, `/api/v1/bookings/${fullA.id}/cancel`, {}, bearer(fillerA))).status).toBe(200);
    const active = async (s: Session) =>
      (await get<BookingList>(s, '/api/v1/bookings')).body.items.filter((b) => b.status === 'confirmed');
    expect((await active(busy)).map((b) => b.matterCode).sort()).toEqual(matters.slice(1, 4).sort());
    expect((await get<WaitlistList>(busy, '/api/v1/booking-waitlist')).body.items[0]).toMatchObject({
      status: 'expired',
    });
    expect(await active(next)).toEqual([expect.objectContaining({ start: slot, fromWaitlist: true })]);
    // The one passed over is told, in words, why the place went to the next person (before: silently expired).
    const told = (await get<NotificationList>(busy, '/api/v1/notifications')).body.items;
    expect(told).toEqual([expect.objectContaining({ kind: 'waitlist-skipped' })]);
    expect(told[0].title).toContain('下一位');
    expect(told[0].body).toContain('3个未完成的预约');
    expect((await get<NotificationList>(next, '/api/v1/notifications')).body.items).toEqual([
      expect.objectContaining({ kind: 'waitlist-booked' }),
    ]);
  });

  it('cannot be queued for by a resident who already holds as many bookings as allowed', async () => {
    const slot = '2026-12-10T14:30:00+08:00';
    const [fillerA, fillerB, full] = await Promise.all(
      (await sandboxResidents(sys)).slice(12, 15).map((p) => verifiedSession(sys, p)),
    );
    for (const filler of [fillerA, fillerB]) expect((await book(filler, { start: slot })).status).toBe(201);
    const times = ['15:00', '15:30', '16:00'];
    for (const [i, code] of matters.slice(1, 4).entries())
      expect((await book(full, { matterCode: code, start: `2026-12-10T${times[i]}:00+08:00` })).status).toBe(201);
    const refused = await post<ErrorBody>(
      sys,
      '/api/v1/booking-waitlist',
      { centerId: center.id, matterCode: matters[0], start: slot },
      bearer(full),
    );
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('BOOKING_LIMIT_REACHED');
    expect(refused.body.message).toBe('您已有3个未完成的预约，取消一个后才能排队');
    expect((await get<WaitlistList>(full, '/api/v1/booking-waitlist')).body.items).toEqual([]);
  });
});

describe('check-in at the window', () => {
  it('works for staff of that center only, once', async () => {
    const booking = (await book(sessions[7], { matterCode: matters[1], start: '2026-12-07T09:00:00+08:00' })).body;
    const staffOfThis = sessions[6];
    const staffElsewhere = sessions[4];
    const idOf = async (s: Session) => (await get<ResidentProfile>(s, '/api/v1/me')).body.id;
    await sys.app.get(StaffRepository).grant(await idOf(staffOfThis), center.id);
    await sys.app.get(StaffRepository).grant(await idOf(staffElsewhere), 'C999999999');
    const checkIn = (s: Session, code: string) =>
      post<CheckIn & ErrorBody>(sys, '/api/v1/staff/check-ins', { code }, bearer(s));

    expect((await checkIn(sessions[1], booking.checkInCode!)).body.code).toBe('STAFF_ONLY');
    expect(
      (await get<{ centers: { id: string }[] }>(staffOfThis, '/api/v1/staff/me')).body.centers.map((c) => c.id),
    ).toEqual([center.id]);
    expect((await get<{ centers: unknown[] }>(sessions[1], '/api/v1/staff/me')).body.centers).toEqual([]);
    travel('2026-12-07T08:40:00+08:00');
    expect((await checkIn(staffElsewhere, booking.checkInCode!)).body.code).toBe('CHECK_IN_OTHER_CENTER');
    const ok = await checkIn(staffOfThis, booking.checkInCode!);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ bookingId: booking.id, start: booking.start });
    expect(ok.body.residentNameMasked).toContain('*');
    expect((await checkIn(staffOfThis, booking.checkInCode!)).body.code).toBe('CHECK_IN_CODE_INVALID');
    expect((await get<Booking>(sessions[7], `/api/v1/bookings/${booking.id}`)).body.status).toBe('checked-in');
    travel(MONDAY_7AM);
  });
});

describe('no-shows', () => {
  it('are counted when the slot ends without check-in, and three pause online booking', async () => {
    const who = sessions[1];
    const days = ['2026-12-07', '2026-12-08', '2026-12-09'];
    for (const [i, day] of days.entries()) {
      travel(`${day}T07:00:00+08:00`);
      const b = await book(who, { matterCode: matters[4 + i], start: `${day}T16:00:00+08:00` });
      expect(b.status).toBe(201);
    }
    travel('2026-12-10T07:00:00+08:00');
    const listed = (await get<BookingList>(who, '/api/v1/bookings')).body.items;
    expect(listed.filter((b) => b.status === 'no-show')).toHaveLength(3);
    const paused = await book(who, { matterCode: matters[0], start: '2026-12-11T09:00:00+08:00' });
    expect(paused.status).toBe(403);
    expect(paused.body.code).toBe('BOOKING_SUSPENDED');
    expect(paused.body.message).toContain('窗口');
    travel(MONDAY_7AM);
  });
});

describe('bad input', () => {
  it.each([
    [{ centerId: 'not a center' }, '服务中心'],
    [{ matterCode: '12-34' }, '事项编码'],
    [{ start: 'tomorrow morning' }, '预约时段'],
    [{ start: undefined }, '预约时段'],
    [{ extra: 1 }, 'extra'],
  ])('%j → 400 with nothing booked', async (patch, word) => {
    const res = await post<ErrorBody>(
      sys,
      '/api/v1/bookings',
      { centerId: center.id, matterCode: matters[0], start: '2026-12-12T09:00:00+08:00', ...patch },
      bearer(sessions[3]),
    );
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(word);
  });

  it('a bad Idempotency-Key or an unknown center is refused clearly', async () => {
    expect((await book(sessions[3], { start: '2026-12-12T09:00:00+08:00' }, 'x')).body.code).toBe('VALIDATION_FAILED');
    expect((await book(sessions[3], { centerId: 'C999999999', start: '2026-12-12T09:00:00+08:00' })).body.code).toBe(
      'CENTER_NOT_FOUND',
    );
    expect(
      (await get<BookingList>(sessions[3], '/api/v1/bookings')).body.items.every(
        (b) => !b.start.startsWith('2026-12-12'),
      ),
    ).toBe(true);
  });
});

import type { Booking, BookingList, CenterList, ErrorBody, HotMatters, Session, SlotList } from '@zsb/contracts';
import { Clock } from '../../bff/src/common/clock';
import { bearer, post, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The attack of issue 16: booking A moves S1→S2 while booking B moves S2→S1. Each transaction took its new slot's
// row, then waited for the other's old one: PostgreSQL found a deadlock after a second and one resident got a 500.
const ANYANG = { lat: 36.0977, lng: 114.3924 };
const MONDAY_7AM = Date.parse('2026-12-07T07:00:00+08:00');
const S1 = '2026-12-08T09:00:00+08:00';
const S2 = '2026-12-08T10:00:00+08:00';
const PAIRS = 6;
const ROUNDS = 4;
const CAPACITY = 40;

let sys: RunningSystem;
let center: string;
let matter: string;
let residents: Session[];

const left = async (s: Session, start: string): Promise<number> => {
  const res = await sys.get<SlotList>(`/api/v1/centers/${center}/slots?matterCode=${matter}&date=2026-12-08`, {
    headers: bearer(s),
  });
  return res.body.slots.find((slot) => slot.start === start)!.left;
};

beforeAll(async () => {
  sys = await startSystem({ env: { BOOKING_SLOT_CAPACITY: String(CAPACITY) } });
  sys.app.get(Clock).travelTo(MONDAY_7AM);
  residents = [];
  for (const p of (await sandboxResidents(sys)).slice(0, PAIRS * 2)) residents.push(await verifiedSession(sys, p));
  matter = (await sys.get<HotMatters>('/api/v1/matters/hot')).body.items[0].code;
  center = (
    await sys.get<CenterList>(
      `/api/v1/centers?lat=${ANYANG.lat}&lng=${ANYANG.lng}&kind=center&matterCode=${matter}&limit=1`,
    )
  ).body.items[0].id;
}, 120_000);
afterAll(() => sys.close());

it('opposite reschedules between two slots, all at once and again and again, all succeed and the counts add up', async () => {
  // Half the residents hold S1, the other half S2.
  const bookings: Booking[] = [];
  for (const [i, s] of residents.entries()) {
    const res = await post<Booking>(
      sys,
      '/api/v1/bookings',
      { centerId: center, matterCode: matter, start: i % 2 === 0 ? S1 : S2 },
      bearer(s),
    );
    expect(res.status).toBe(201);
    bookings.push(res.body);
  }
  for (let round = 0; round < ROUNDS; round++) {
    const answers = await Promise.all(
      residents.map((s, i) =>
        post<Booking & ErrorBody>(
          sys,
          `/api/v1/bookings/${bookings[i].id}/reschedule`,
          { start: bookings[i].start === S1 ? S2 : S1 },
          bearer(s),
        ),
      ),
    );
    const statuses = answers.map((a) => (a.status === 200 ? 200 : `${a.status} ${a.body.code}`));
    expect(statuses.filter((s) => s !== 200 && s !== '409 BOOKING_BUSY')).toEqual([]);
    for (const [i, a] of answers.entries()) if (a.status === 200) bookings[i] = a.body;
  }
  // What is stored agrees with what was answered, and the slot counts with what is stored.
  let inS1 = 0;
  for (const [i, s] of residents.entries()) {
    const mine = (await sys.get<BookingList>('/api/v1/bookings', { headers: bearer(s) })).body.items.filter(
      (b) => b.status === 'confirmed',
    );
    expect(mine.map((b) => b.start)).toEqual([bookings[i].start]);
    if (bookings[i].start === S1) inS1++;
  }
  expect(await left(residents[0], S1)).toBe(CAPACITY - inS1);
  expect(await left(residents[0], S2)).toBe(CAPACITY - (residents.length - inS1));
}, 120_000);

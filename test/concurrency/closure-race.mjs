// Two BFF processes on one PostgreSQL. 临时停止服务 under load: residents hold bookings in an afternoon; then, at the same
// moment, a county admin closes the center for that afternoon on process A, a second closure of the same afternoon
// is sent to process B, and 80 residents try to book into it on both. Afterwards no confirmed booking is left in
// the closed period, every booking it held was moved or cancelled exactly once (one message each), the closures'
// counts add up to the bookings they changed, and every slot row's places equal its confirmed bookings.
// Exits non-zero on any failed check or 5xx. Needs the server build and PostgreSQL at PG_ADMIN_URL.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pool } from '../bench/procs.mjs';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';
import { twoBffs } from './two-bffs.mjs';

const ADMIN = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RESIDENTS = 120;
const HOLDERS = 12;
const CAPACITY = 4;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};
const subjectOf = (auth) => JSON.parse(Buffer.from(auth.authorization.split('.')[1], 'base64url').toString()).sub;

const { dbUrl, sandboxUrl, bffs, close } = await twoBffs({
  adminUrl: ADMIN,
  prefix: 'zsb_closure',
  residents: RESIDENTS + 5,
  env: { BOOKING_SLOT_CAPACITY: String(CAPACITY), RATE_LIMIT_FACTOR: '100' },
});
const db = new pg.Client({ connectionString: dbUrl });
try {
  await db.connect();
  const registry = (await sandboxResidents(sandboxUrl)).slice(0, RESIDENTS);
  const people = await pool(registry, 8, (r, i) => verifiedResident(bffs[i % 2], sandboxUrl, r));
  const call = async (who, i, path, body, headers = {}) => {
    const res = await fetch(new URL(path, bffs[i % 2]), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...who.auth, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((e) => ({ status: 0, json: async () => ({ reason: e.message }) }));
    return { status: res.status, body: await res.json().catch(() => null) };
  };

  const matterCode = (await (await fetch(`${bffs[0]}/api/v1/matters/hot`)).json()).items[0].code;
  const center = (
    await (
      await fetch(`${bffs[0]}/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matterCode}&limit=1`)
    ).json()
  ).items[0];
  const [operator, ...residents] = people;
  await db.query('INSERT INTO county_admin (resident_id, county) VALUES ($1, $2)', [
    subjectOf(operator.auth),
    center.county,
  ]);
  // A working day after tomorrow, its afternoon slots.
  const days = (
    await call(residents[0], 0, `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}`)
  ).body.days.filter((d) => d.open && d.left > 0);
  const day = days[2] ?? days[days.length - 1];
  const slots = (
    await call(residents[0], 0, `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}&date=${day.date}`)
  ).body.slots.filter((s) => s.status === 'open' && s.start.slice(11, 16) >= '14:00' && s.end.slice(11, 16) <= '18:00');
  const start = `${day.date}T14:00:00+08:00`;
  const end = `${day.date}T18:00:00+08:00`;
  console.log(`closing ${center.name} ${start} – ${end}: ${slots.length} afternoon slots of ${CAPACITY}`);

  // 1. HOLDERS residents book afternoon slots before the closure.
  const held = await Promise.all(
    residents
      .slice(0, HOLDERS)
      .map((r, i) =>
        call(r, i, '/api/v1/bookings', { centerId: center.id, matterCode, start: slots[i % slots.length].start }),
      ),
  );
  const heldIds = held.filter((a) => a.status === 201).map((a) => a.body.id);
  check(
    heldIds.length === Math.min(HOLDERS, slots.length * CAPACITY),
    `${heldIds.length} bookings held in the afternoon`,
  );

  // 2. Two closures of the same afternoon on the two processes, and 80 bookings into it, all at once.
  const closure = (i) =>
    call(
      operator,
      i,
      '/api/v1/admin/closures',
      { centerId: center.id, start, end, reason: 'power', note: '线路检修停电' },
      { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    );
  const storm = residents.slice(HOLDERS, HOLDERS + 80);
  // The bookings start first and keep coming; the closures arrive among them.
  const bookings = storm.map((r, i) =>
    new Promise((resolve) => setTimeout(resolve, i)).then(() =>
      call(r, i, '/api/v1/bookings', { centerId: center.id, matterCode, start: slots[i % slots.length].start }),
    ),
  );
  await new Promise((r) => setTimeout(r, 25));
  const [c1, c2, ...tries] = await Promise.all([closure(0), closure(1), ...bookings]);
  const by = (s) => tries.filter((a) => a.status === s).length;
  console.log(
    `closures answered ${c1.status} and ${c2.status}; bookings during them: ${by(201)}×201, ${by(409)}×409, ${tries.filter((a) => a.status >= 500 || a.status === 0).length}×5xx or none`,
  );
  check(c1.status === 201 && c2.status === 201, 'both closures were recorded');
  check(
    tries.every((a) => a.status === 201 || a.status === 409),
    'every booking answered 201 or 409',
  );
  check(
    tries.filter((a) => a.status === 409).every((a) => ['CENTER_CLOSED', 'BOOKING_SLOT_FULL'].includes(a.body?.code)),
    'refusals say CENTER_CLOSED (or the slot was full before it)',
  );

  // 3. What the database holds.
  const left = await db.query(
    `SELECT count(*)::int AS n FROM booking WHERE center_id = $1 AND status = 'confirmed' AND starts_at < $3 AND ends_at > $2`,
    [center.id, start, end],
  );
  check(left.rows[0].n === 0, `no confirmed booking left in the closed afternoon (${left.rows[0].n})`);
  const booked = [...heldIds, ...tries.filter((a) => a.status === 201).map((a) => a.body.id)];
  const changed = await db.query(`SELECT id, status, starts_at, closure_id FROM booking WHERE id = ANY($1)`, [booked]);
  check(
    changed.rows.length === booked.length && changed.rows.every((b) => b.closure_id !== null),
    `every booking made in the afternoon (${booked.length}) was moved or cancelled by a closure`,
  );
  check(
    changed.rows.every((b) => b.status === 'cancelled' || b.starts_at >= new Date(end)),
    'each moved booking starts after the closure',
  );
  const counts = await db.query(
    `SELECT coalesce(sum(moved + cancelled), 0)::int AS n FROM center_closure WHERE center_id = $1`,
    [center.id],
  );
  check(
    counts.rows[0].n === booked.length,
    `the closures' counts add up to the bookings they changed (${counts.rows[0].n})`,
  );
  const twice = await db.query(
    `SELECT resident_id FROM notification WHERE kind = 'center-closure' GROUP BY resident_id HAVING count(*) > 1`,
  );
  check(twice.rows.length === 0, 'nobody was told twice');
  const told = await db.query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'center-closure'`);
  check(told.rows[0].n === booked.length, `one message per changed booking (${told.rows[0].n})`);
  const drift = await db.query(
    `SELECT s.starts_at, s.taken, count(b.id)::int AS confirmed
     FROM booking_slot s LEFT JOIN booking b
       ON b.center_id = s.center_id AND b.starts_at = s.starts_at AND b.group_code = s.group_code AND b.status = 'confirmed'
     WHERE s.center_id = $1 GROUP BY s.center_id, s.starts_at, s.group_code, s.taken HAVING s.taken <> count(b.id)`,
    [center.id],
  );
  check(drift.rows.length === 0, `every slot row's places equal its confirmed bookings (${drift.rows.length} differ)`);
} finally {
  await db.end().catch(() => undefined);
  await close();
}
console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall closure race checks passed');
process.exit(failures.length ? 1 : 0);

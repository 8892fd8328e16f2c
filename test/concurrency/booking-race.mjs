// Two BFF processes on one PostgreSQL. The booking race: 300 residents book one slot of capacity 5 at the same moment through two
// BFF processes on one database; then cancellations race new bookings for the freed place, and one
// Idempotency-Key is sent to both processes; and a logout on one process must reach the other within 5 s, and a
// 委托 revoked on one must be refused by the other at once; then
// 299 book another slot while the database ends every connection again and again (a failover, pg_terminate_backend).
// Exits non-zero on any overbooking, lost place or booking, dead process, 5xx other than a 503 DATABASE_UNAVAILABLE
// while connections are being ended, or late revocation.
// Needs the server build (npm run build:server) and PostgreSQL at PG_ADMIN_URL (default the CI one).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { pool } from '../bench/procs.mjs';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';
import { twoBffs } from './two-bffs.mjs';

const ADMIN = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const RESIDENTS = 300;
const CAPACITY = 5;

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

const { admin, dbName, dbUrl, dir, sandboxUrl, bffs, bffProcs, close } = await twoBffs({
  adminUrl: ADMIN,
  prefix: 'zsb_race',
  residents: RESIDENTS + 20,
  env: { BOOKING_SLOT_CAPACITY: String(CAPACITY) },
});
let db;
try {
  console.log(`two BFF processes (${bffs.join(', ')}) on ${dbName}; sandbox ${sandboxUrl}`);

  const registry = (await sandboxResidents(sandboxUrl)).slice(0, RESIDENTS);
  const t0 = Date.now();
  const people = await pool(registry, 8, (r, i) => verifiedResident(bffs[i % 2], sandboxUrl, r));
  console.log(`${people.length} residents signed in and verified in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const call = async (i, path, body, headers = {}) => {
    const res = await fetch(new URL(path, bffs[i % 2]), {
      method: body === undefined ? 'GET' : 'POST',
      headers: { ...people[i].auth, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
  const hot = (await (await fetch(`${bffs[0]}/api/v1/matters/hot`)).json()).items;
  const matterCode = hot[0].code;
  const center = (
    await (
      await fetch(`${bffs[0]}/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matterCode}&limit=1`)
    ).json()
  ).items[0];
  const days = (await call(0, `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}`)).body.days.filter(
    (d) => d.open && d.left > 0,
  );
  const day = days[1] ?? days[0];
  const slot = (
    await call(0, `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}&date=${day.date}`)
  ).body.slots.find((s) => s.status === 'open');
  const request = { centerId: center.id, matterCode, start: slot.start };
  console.log(`slot ${slot.start} at ${center.name}, capacity ${slot.capacity}`);
  check(slot.capacity === CAPACITY, `the slot has capacity ${CAPACITY}`);

  db = new pg.Client({ connectionString: dbUrl.toString() });
  await db.connect();
  const confirmedInSlot = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM booking WHERE center_id = $1 AND starts_at = $2 AND status = 'confirmed'`,
          [center.id, slot.start],
        )
      ).rows[0].n,
    );
  const takenInSlot = async () =>
    (await db.query(`SELECT taken FROM booking_slot WHERE center_id = $1 AND starts_at = $2`, [center.id, slot.start]))
      .rows[0]?.taken;

  // 1. 300 at once, alternating between the two processes.
  const t1 = Date.now();
  const answers = await Promise.all(people.map((_, i) => call(i, '/api/v1/bookings', request)));
  const took = Date.now() - t1;
  const by = (s) => answers.filter((a) => a.status === s).length;
  console.log(
    `300 simultaneous bookings answered in ${took} ms: ${by(201)}×201, ${by(409)}×409, ${answers.filter((a) => a.status >= 500).length}×5xx`,
  );
  check(by(201) === CAPACITY, `exactly ${CAPACITY} confirmed`);
  check(
    by(409) === RESIDENTS - CAPACITY && answers.every((a) => a.status !== 409 || a.body.code === 'BOOKING_SLOT_FULL'),
    `${RESIDENTS - CAPACITY} clear BOOKING_SLOT_FULL refusals`,
  );
  check(
    answers.every((a) => a.status < 500),
    'no 5xx',
  );
  check(
    answers
      .filter((a) => a.status === 409)
      .every(
        (a) => typeof a.body.message === 'string' && a.body.message.includes('约满') && Array.isArray(a.body.offers),
      ),
    'every refusal says why in Chinese and offers other slots',
  );
  check(
    (await confirmedInSlot()) === CAPACITY && (await takenInSlot()) === CAPACITY,
    `the database holds ${CAPACITY} confirmed bookings and taken = ${CAPACITY}`,
  );

  // 2. Cancel + book: each round one holder cancels while 40 refused residents try for the place on both processes.
  const holders = answers.map((a, i) => (a.status === 201 ? i : -1)).filter((i) => i >= 0);
  const refused = answers.map((a, i) => (a.status === 409 ? i : -1)).filter((i) => i >= 0);
  for (let round = 0; round < 3; round++) {
    const holder = holders[round];
    const bookingId = answers[holder].body.id;
    const contenders = refused.slice(round * 40, round * 40 + 40);
    const [cancel, ...tries] = await Promise.all([
      call(holder, `/api/v1/bookings/${bookingId}/cancel`, {}),
      ...contenders.map((i) => call(i, '/api/v1/bookings', request)),
    ]);
    const won = tries.filter((t) => t.status === 201).length;
    console.log(
      `round ${round + 1}: cancel → ${cancel.status}; ${won} of ${tries.length} contenders got the place; ${tries.filter((t) => t.status >= 500).length}×5xx`,
    );
    check(cancel.status === 200, `round ${round + 1}: the cancellation went through`);
    check(
      won <= 1 && tries.every((t) => t.status === 201 || (t.status === 409 && t.body.code === 'BOOKING_SLOT_FULL')),
      `round ${round + 1}: the freed place is taken at most once, the rest are clear refusals`,
    );
    // The cancel may commit after every contender was refused: then the place is free and stays so.
    const confirmed = await confirmedInSlot();
    check(
      confirmed === CAPACITY - 1 + won && (await takenInSlot()) === confirmed,
      `round ${round + 1}: database has ${confirmed} confirmed and taken matches`,
    );
    if (won === 0) {
      const late = await call(contenders[0], '/api/v1/bookings', request);
      check(late.status === 201, `round ${round + 1}: the place freed after the race is bookable`);
    }
  }
  check((await confirmedInSlot()) === CAPACITY, `after the rounds the slot is full again with exactly ${CAPACITY}`);

  // 3. One Idempotency-Key, twenty times, split over both processes, for another slot.
  const other = {
    ...request,
    start: (
      await call(0, `/api/v1/centers/${center.id}/slots?matterCode=${matterCode}&date=${day.date}`)
    ).body.slots.filter((s) => s.status === 'open')[1].start,
  };
  const who = refused[refused.length - 1];
  const same = await Promise.all(
    Array.from({ length: 20 }, (_, k) =>
      fetch(new URL('/api/v1/bookings', bffs[k % 2]), {
        method: 'POST',
        headers: { ...people[who].auth, 'idempotency-key': 'race-same-key-0001' },
        body: JSON.stringify(other),
      }).then(async (r) => ({ status: r.status, body: await r.json() })),
    ),
  );
  const ids = new Set(same.map((s) => s.body.id));
  console.log(
    `one key ×20 over two processes: ${same.filter((s) => s.status === 201).length}×201, ${same.filter((s) => s.status === 200).length}×200, ids ${[...ids].join(',')}`,
  );
  check(
    same.every((s) => s.status === 200 || s.status === 201) && ids.size === 1,
    'the same Idempotency-Key on two processes makes one booking and answers it every time',
  );
  const theirs = Number(
    (await db.query(`SELECT count(*) AS n FROM booking WHERE idempotency_key = 'race-same-key-0001'`)).rows[0].n,
  );
  check(theirs === 1, 'one row in the database for that key');

  // 4. A logout on one process reaches the other within auth.sessionCheckCacheSec (5 s): the session cache's bound.
  const leaving = people[RESIDENTS - 1];
  const me = (url) => fetch(new URL('/api/v1/me', url), { headers: leaving.auth }).then((r) => r.status);
  check((await me(bffs[0])) === 200 && (await me(bffs[1])) === 200, 'a session works on both processes');
  const out = await fetch(new URL('/api/v1/auth/logout', bffs[0]), {
    method: 'POST',
    headers: leaving.auth,
    body: JSON.stringify({}),
  });
  check(out.status === 204 || out.status === 200, `logout on process A answered ${out.status}`);
  check((await me(bffs[0])) === 401, 'process A refuses the token at once');
  const t4 = Date.now();
  let lag = null;
  while (Date.now() - t4 < 8000) {
    if ((await me(bffs[1])) === 401) {
      lag = Date.now() - t4;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  console.log(`process B refused the revoked token after ${lag} ms`);
  check(lag !== null && lag <= 5500, 'process B refuses it within the 5 s session-check cache');

  // 4b. A 委托 revoked on process A is refused by process B on the helper's very next request: the acting guard
  // reads the 委托 on every request, with no cache to wait out.
  {
    const [principal, helper] = [people[RESIDENTS - 2], people[RESIDENTS - 3]];
    const send = (url, who, path, body, headers = {}) =>
      fetch(new URL(path, url), {
        method: body === undefined ? 'GET' : 'POST',
        headers: { ...who.auth, 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: await r.json().catch(() => null) }));
    const invite = await send(bffs[0], helper, '/api/v1/mandate-invites', { as: 'family' });
    await send(bffs[0], principal, '/api/v1/mandates/code', { inviteToken: invite.body.token });
    const sms = await (await fetch(`${sandboxUrl}/__sandbox/sms?phone=${registry[RESIDENTS - 2].phone}`)).json();
    const granted = await send(bffs[0], principal, '/api/v1/mandates', {
      inviteToken: invite.body.token,
      code: sms.messages[0].params.code,
      level: 'query',
      matterCodes: [matterCode],
      licenceTypeCodes: [],
      days: 1,
    });
    check(granted.status === 201, `a 委托 granted on process A (${granted.status})`);
    const acting = { 'x-acting-for': granted.body?.id ?? 'none' };
    const onB = () => send(bffs[1], helper, '/api/v1/applications', undefined, acting).then((r) => r.status);
    check((await onB()) === 200, 'the helper acts under it on process B');
    const revoked = await send(bffs[0], principal, `/api/v1/mandates/${granted.body?.id}/revoke`, {});
    check(revoked.status === 200, `revoked on process A (${revoked.status})`);
    check((await onB()) === 404, 'process B refuses the helper at once');
  }

  // 5. 299 residents book another slot while the database ends a third of the BFFs' connections every 100 ms. A
  // connection ended under a request's transaction must cost that request a 503 in the contract, never the process;
  // no place may be given twice or leaked, and every booking answered 201 must be in the database.
  const second = hot.find((m, i) => i > 0 && m.code !== matterCode);
  const center2 = (
    await (
      await fetch(`${bffs[0]}/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${second.code}&limit=1`)
    ).json()
  ).items[0];
  const day2 = (await call(0, `/api/v1/centers/${center2.id}/slots?matterCode=${second.code}`)).body.days.filter(
    (d) => d.open && d.left > 0,
  )[1];
  const slot2 = (
    await call(0, `/api/v1/centers/${center2.id}/slots?matterCode=${second.code}&date=${day2.date}`)
  ).body.slots.find((s) => s.status === 'open');
  const request2 = { centerId: center2.id, matterCode: second.code, start: slot2.start };
  const confirmedIn2 = async () =>
    Number(
      (
        await db.query(
          `SELECT count(*) AS n FROM booking WHERE center_id = $1 AND starts_at = $2 AND status = 'confirmed'`,
          [center2.id, slot2.start],
        )
      ).rows[0].n,
    );
  const takenIn2 = async () =>
    Number(
      (
        await db.query(`SELECT taken FROM booking_slot WHERE center_id = $1 AND starts_at = $2`, [
          center2.id,
          slot2.start,
        ])
      ).rows[0]?.taken ?? 0,
    );
  const readerPid = (await db.query('SELECT pg_backend_pid() AS pid')).rows[0].pid;
  let terminating = true;
  let ended = 0;
  const terminator = (async () => {
    while (terminating) {
      // A third of them each time, so that some bookings go through between the cuts and can be checked.
      const { rows } = await admin.query(
        'SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> $2 AND backend_type = $3 AND random() < 0.33',
        [dbName, readerPid, 'client backend'],
      );
      ended += Number(rows[0].n);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  // (the resident who logged out in 4 sits this one out)
  const stormy = await Promise.all(
    people
      .slice(0, -1)
      .map((_, i) => call(i, '/api/v1/bookings', request2).catch((e) => ({ status: 0, body: { reason: e.message } }))),
  );
  terminating = false;
  await terminator;
  const count = (pred) => stormy.filter(pred).length;
  const unavailable = (a) =>
    a.status === 503 &&
    a.body?.code === 'DATABASE_UNAVAILABLE' &&
    /[\u4e00-\u9fa5]/.test(a.body.message) &&
    typeof a.body.requestId === 'string';
  console.log(
    `${stormy.length} bookings while ${ended} connections were ended: ${count((a) => a.status === 201)}×201, ${count((a) => a.status === 409)}×409, ${count(unavailable)}×503 DATABASE_UNAVAILABLE, ${count((a) => a.status === 0)}×no answer, ${count((a) => a.status >= 500 && !unavailable(a))}×other 5xx`,
  );
  check(ended > 0, 'connections were ended while the bookings ran');
  check(
    bffProcs.every((p) => p.exitCode === null && p.signalCode === null),
    'both BFF processes are still running',
  );
  for (const [k, p] of bffProcs.entries()) {
    if (p.exitCode !== null || p.signalCode !== null)
      console.log(
        `process ${'ab'[k]} exited (${p.exitCode ?? p.signalCode}); the end of its log:\n${readFileSync(join(dir, `bff-${'ab'[k]}.log`), 'utf8').slice(-1500)}`,
      );
  }
  check(
    stormy.every(
      (a) => a.status === 201 || (a.status === 409 && a.body.code === 'BOOKING_SLOT_FULL') || unavailable(a),
    ),
    'every answer is a booking, a clear BOOKING_SLOT_FULL or a 503 DATABASE_UNAVAILABLE in the contract (no 500, no dropped connection)',
  );
  const acknowledged = stormy.filter((a) => a.status === 201).map((a) => a.body.id);
  const stored = new Set(
    (
      await db.query(`SELECT id FROM booking WHERE center_id = $1 AND starts_at = $2 AND status = 'confirmed'`, [
        center2.id,
        slot2.start,
      ])
    ).rows.map((r) => r.id),
  );
  check(
    acknowledged.every((id) => stored.has(id)),
    `every booking answered 201 (${acknowledged.length}) is in the database`,
  );
  check(
    (await confirmedIn2()) <= CAPACITY && (await takenIn2()) === (await confirmedIn2()),
    `no more than ${CAPACITY} confirmed and taken matches (${await confirmedIn2()} confirmed, taken ${await takenIn2()})`,
  );
  // Those answered 503 try again once the storm is over: the slot fills to exactly its capacity, no place leaked.
  const retried = await Promise.all(
    stormy.map((a, i) =>
      a.status === 503 || a.status === 0 ? call(i, '/api/v1/bookings', request2).catch(() => ({ status: 0 })) : null,
    ),
  );
  const odd = retried.filter(
    (a) =>
      a !== null &&
      a.status !== 201 &&
      !(a.status === 409 && ['BOOKING_SLOT_FULL', 'BOOKING_DUPLICATE_MATTER'].includes(a.body.code)),
  );
  check(
    odd.length === 0,
    `after the storm the retries are answered normally${odd.length ? `: ${JSON.stringify(odd.slice(0, 3))}` : ''}`,
  );
  check(
    (await confirmedIn2()) === CAPACITY && (await takenIn2()) === CAPACITY,
    `after the retries the slot holds exactly ${CAPACITY} confirmed and taken = ${CAPACITY}`,
  );
  const live = await Promise.all(
    bffs.map((url) =>
      fetch(new URL('/health/live', url)).then(
        (r) => r.status,
        () => 0,
      ),
    ),
  );
  check(
    live.every((s) => s === 200),
    `both processes answer /health/live (${live.join(', ')})`,
  );

  // 6. The database ends every connection once more, idle ones this time (as in a restart or failover): both
  // processes stay up and answer again. (this script's own reading connection is done with by now)
  await db.end();
  db = undefined;
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [dbName]);
  await new Promise((r) => setTimeout(r, 500));
  const someone = people[0];
  const again = await Promise.all(
    bffs.map((url) =>
      fetch(new URL('/api/v1/bookings', url), { headers: someone.auth }).then(
        (r) => r.status,
        () => 0,
      ),
    ),
  );
  check(
    again.every((s) => s === 200),
    `after the database dropped every connection both processes answer (${again.join(', ')})`,
  );
} finally {
  await db?.end().catch(() => undefined);
  await close();
}
console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall booking race checks passed');
process.exit(failures.length ? 1 : 0);

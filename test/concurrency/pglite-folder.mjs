// Two BFF processes on one PGlite data folder (issue 16, item 2). PGlite is one process's database: two processes on
// one folder each ran their own PostgreSQL on the same files (one slot of 5 took 10 confirmed bookings; after both
// stopped the folder held 5). Real processes, `node bff/dist/main.js`:
//   1. two started at once on a new folder: one serves, the other refuses, naming the folder and the first one's pid;
//   2. a third while the first runs, and bff/scripts/staff.mjs, refuse the same way;
//   3. the first killed with kill -9 (its lock left behind): a restart serves, with everything the first stored.
// Exits non-zero on any failed check. Needs the server build (npm run build:server).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bffEnv, freePort, root, startServer, stop, waitReady } from '../bench/procs.mjs';
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
};

/** A process of `script`, its output kept; `exited` resolves with its exit code (or signal). */
function launch(script, env, args = []) {
  const child = spawn(process.execPath, [script, ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise((r) => child.once('exit', (code, signal) => r(code ?? signal)));
  return { child, exited, output: () => output };
}

const lockPid = (folder) => {
  try {
    return JSON.parse(readFileSync(join(folder, 'zsb.lock'), 'utf8')).pid;
  } catch {
    return null;
  }
};

/** Resolves 'ready' once `url` answers, or 'exited' if the process ends first. */
const readyOrExit = (proc, url) =>
  Promise.race([
    waitReady(url, 90_000).then(
      () => 'ready',
      () => 'not ready',
    ),
    proc.exited.then(() => 'exited'),
  ]);

const dir = mkdtempSync(join(tmpdir(), 'zsb-pglite-folder-'));
const procs = [];
try {
  const sandboxPort = await freePort();
  const sandboxUrl = `http://127.0.0.1:${sandboxPort}`;
  procs.push(
    (
      await startServer(
        'packages/sandbox/dist/main.js',
        { SANDBOX_PORT: String(sandboxPort) },
        `${sandboxUrl}/__sandbox/health`,
        join(dir, 'sandbox.log'),
      )
    ).child,
  );
  const dataDir = join(dir, 'data');
  const bff = async (extra = {}) => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const proc = launch(
      'bff/dist/main.js',
      bffEnv({ port, dataDir, platformUrl: sandboxUrl, logLevel: 'warn', BOOKING_SLOT_CAPACITY: '5', ...extra }),
    );
    procs.push(proc.child);
    return { ...proc, url };
  };

  // 1. Two at once on a new folder.
  const [a, b] = await Promise.all([bff(), bff()]);
  const outcomes = await Promise.all([
    readyOrExit(a, `${a.url}/health/ready`),
    readyOrExit(b, `${b.url}/health/ready`),
  ]);
  console.log(`two started at once on a new folder: ${outcomes.join(', ')}`);
  check(
    outcomes.filter((o) => o === 'ready').length === 1 && outcomes.filter((o) => o === 'exited').length === 1,
    'exactly one serves, the other stops',
  );
  const [first, refused] = outcomes[0] === 'ready' ? [a, b] : [b, a];
  const folder = realpathSync(join(dataDir, 'pglite'));
  const names = (proc) =>
    proc.output().includes(`PGlite data folder ${folder} is in use by process ${first.child.pid}`);
  check(
    (await refused.exited) === 75 && names(refused),
    `the other exits 75 naming the folder and pid ${first.child.pid}: ${refused.output().trim().split('\n').pop()}`,
  );

  // 2. Another BFF and the staff script while the first runs.
  const third = await bff();
  check(
    (await readyOrExit(third, `${third.url}/health/ready`)) === 'exited' && (await third.exited) === 75 && names(third),
    'a third BFF on the folder refuses, naming the first',
  );
  const staff = launch('bff/scripts/staff.mjs', { ...bffEnv({ port: 0, dataDir, platformUrl: sandboxUrl }) }, ['list']);
  check(
    (await staff.exited) === 75 && names(staff),
    `bff/scripts/staff.mjs refuses while the BFF runs: ${staff.output().trim()}`,
  );

  // Something stored through the first: a resident's booking.
  const [resident] = await sandboxResidents(sandboxUrl);
  const person = await verifiedResident(first.url, sandboxUrl, resident);
  const hot = (await (await fetch(`${first.url}/api/v1/matters/hot`)).json()).items;
  const center = (
    await (
      await fetch(`${first.url}/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${hot[0].code}&limit=1`)
    ).json()
  ).items[0];
  const days = (
    await person.api(`/api/v1/centers/${center.id}/slots?matterCode=${hot[0].code}`, { headers: person.auth })
  ).days.filter((d) => d.open && d.left > 0);
  const slot = (
    await person.api(`/api/v1/centers/${center.id}/slots?matterCode=${hot[0].code}&date=${days[0].date}`, {
      headers: person.auth,
    })
  ).slots.find((s) => s.status === 'open');
  const booked = await person.api('/api/v1/bookings', {
    method: 'POST',
    headers: person.auth,
    body: JSON.stringify({ centerId: center.id, matterCode: hot[0].code, start: slot.start }),
  });

  // 3. kill -9: the lock stays behind, naming a dead process; a restart takes the folder over.
  first.child.kill('SIGKILL');
  await first.exited;
  check(lockPid(folder) === first.child.pid, 'kill -9 left the lock of the dead process behind');
  const restarted = await bff();
  check(
    (await readyOrExit(restarted, `${restarted.url}/health/ready`)) === 'ready',
    'a restart after kill -9 serves (the stale lock does not block it)',
  );
  const mine = await fetch(`${restarted.url}/api/v1/bookings`, { headers: person.auth }).then((r) => r.json());
  check(
    mine.items?.some((x) => x.id === booked.id),
    'the booking made before kill -9 is there after the restart',
  );
  check(lockPid(folder) === restarted.child.pid, 'the lock now names the restarted process');
} finally {
  for (const p of procs.reverse()) if (p.exitCode === null && p.signalCode === null) await stop(p);
  rmSync(dir, { recursive: true, force: true });
}
console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall PGlite folder checks passed');
process.exit(failures.length ? 1 : 0);

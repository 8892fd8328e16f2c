import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from './connection';
import { DataFolderInUseError, judge, LOCK_FILE, lockFolder, type LockHolder } from './folder-lock';

const me = { pid: 4242, host: 'bff-1' };
const holder = (pid: number, host = 'bff-1'): LockHolder => ({ pid, host, since: '2026-12-03T10:00:00.000Z' });
const alive =
  (...pids: number[]) =>
  (pid: number) =>
    pids.includes(pid);

describe('what a lock file found in the data folder means', () => {
  it('is held while its process is alive on this host', () => {
    expect(judge(holder(17), me, alive(17), false)).toBe('held');
  });

  it('is stale once its process is gone (kill -9, a power cut)', () => {
    expect(judge(holder(17), me, alive(), false)).toBe('stale');
  });

  it('is held by us only if this process took it: our pid in an old lock means the pid was reused (a restarted container)', () => {
    expect(judge(holder(4242), me, alive(4242), true)).toBe('held');
    expect(judge(holder(4242), me, alive(4242), false)).toBe('stale');
  });

  it('counts as held when it names another host, whose processes cannot be checked from here', () => {
    expect(judge(holder(17, 'bff-2'), me, alive(), false)).toBe('held-elsewhere');
  });

  it('is stale when unreadable (ours are always written whole)', () => {
    expect(judge(null, me, alive(17), false)).toBe('stale');
  });
});

describe('the PGlite data folder lock', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zsb-lock-'));
  });
  afterEach(() => {
    for (const c of children.splice(0)) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** Another process, alive until killed, whose pid a lock file can name. */
  const otherProcess = (): ChildProcess => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(child);
    return child;
  };
  const writeLock = (h: LockHolder): void => writeFileSync(join(dir, LOCK_FILE), JSON.stringify(h));

  it('refuses a second taker, naming the folder and the process that holds it, until released', () => {
    const lock = lockFolder(dir);
    expect(() => lockFolder(dir)).toThrow(DataFolderInUseError);
    expect(() => lockFolder(dir)).toThrow(
      new RegExp(`PGlite data folder ${dir} is in use by process ${process.pid} on ${hostname()}`),
    );
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE))).toBe(false);
    lockFolder(dir).release();
  });

  it('refuses while another live process holds it, and takes it once that process is killed', async () => {
    const child = otherProcess();
    writeLock(holder(child.pid!, hostname()));
    expect(() => lockFolder(dir)).toThrow(`in use by process ${child.pid}`);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const lock = lockFolder(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8'))).toMatchObject({
      pid: process.pid,
      host: hostname(),
    });
    lock.release();
  });

  it('refuses a lock from another host and says which file to delete if nothing runs there', () => {
    writeLock(holder(1, 'some-other-host'));
    expect(() => lockFolder(dir)).toThrow(`delete ${join(dir, LOCK_FILE)}`);
  });

  it('takes over an unreadable lock file', () => {
    writeFileSync(join(dir, LOCK_FILE), '{"pid":');
    const lock = lockFolder(dir);
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('never removes a lock it does not hold', () => {
    const lock = lockFolder(dir);
    const child = otherProcess();
    writeLock(holder(child.pid!, hostname())); // as if another process had taken the folder since
    lock.release();
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE), 'utf8')).pid).toBe(child.pid);
  });

  it('keeps a second open of the same folder from starting PGlite at all, and lets it open once the first is closed', async () => {
    const first = await openDatabase({ databaseUrl: null, pgliteDir: dir });
    expect(() => openDatabase({ databaseUrl: null, pgliteDir: dir })).toThrow(DataFolderInUseError);
    await first.close();
    const again = await openDatabase({ databaseUrl: null, pgliteDir: dir });
    await again.close();
  });
});

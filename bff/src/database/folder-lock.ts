import { randomBytes } from 'node:crypto';
import { linkSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

// PGlite is one process's database: two processes that open one data folder each run their own PostgreSQL on the
// same files, each hands out the same places, and whatever one writes the other's checkpoint may overwrite (one
// slot of 5 took 10 confirmed bookings; after both stopped the folder held 5). Nothing in PGlite stops it, so the
// BFF keeps a lock file in the folder for as long as it has the database open.

/** Who holds a folder, as written in its lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

export type Verdict = 'held' | 'held-elsewhere' | 'stale';

/**
 * What a lock file found in the folder means. A process on this host that is alive holds it; one on another host
 * cannot be checked from here, so it counts as held; a dead process's lock (kill -9, a power cut) is stale, and so
 * is an unreadable one (ours are written whole, never partly). Our own pid holds it only if this process took it:
 * otherwise the pid was reused, as when a container restarts and its BFF is pid 1 again.
 */
export function judge(
  holder: LockHolder | null,
  me: { pid: number; host: string },
  isAlive: (pid: number) => boolean,
  takenHere: boolean,
): Verdict {
  if (!holder) return 'stale';
  if (holder.host !== me.host) return 'held-elsewhere';
  if (holder.pid === me.pid) return takenHere ? 'held' : 'stale';
  return isAlive(holder.pid) ? 'held' : 'stale';
}

export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder,
    elsewhere: boolean,
  ) {
    super(
      `The PGlite data folder ${folder} is in use by process ${holder.pid} on ${holder.host} (since ${holder.since}). ` +
        (elsewhere
          ? `That host cannot be checked from here: if nothing runs there any more, delete ${join(folder, LOCK_FILE)}.`
          : "PGlite is one process's database: stop that process first, or give this one its own DATA_DIR (several instances need DATABASE_URL, a shared PostgreSQL)."),
    );
    this.name = 'DataFolderInUseError';
  }
}

export const LOCK_FILE = 'zsb.lock';

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, another user's
  }
};

const parse = (text: string | null): LockHolder | null => {
  try {
    const h = JSON.parse(text ?? '') as Partial<LockHolder>;
    return typeof h.pid === 'number' && typeof h.host === 'string' && typeof h.since === 'string'
      ? (h as LockHolder)
      : null;
  } catch {
    return null;
  }
};

const readOrNull = (file: string): string | null => {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
};

// Folders this process holds, so that a second open in the same process is refused too (its pid is ours).
const heldHere = new Map<string, string>();
process.once('exit', () => {
  for (const [file, text] of heldHere) if (readOrNull(file) === text) unlinkSync(file);
});

export interface FolderLock {
  release(): void;
}

/**
 * Takes the folder's lock or throws DataFolderInUseError naming who holds it. The lock file appears whole or not at
 * all (written aside, then hard-linked into place, which fails if one exists), so a reader never sees half of one.
 * A stale one is moved aside first and checked: if what was moved is no longer the stale lock (another starter took
 * the folder meanwhile), it is put back. (Three processes starting on a folder with a stale lock in the same few
 * microseconds could still both pass; two cannot.)
 */
export function lockFolder(folder: string): FolderLock {
  const dir = realpathSync(folder);
  const file = join(dir, LOCK_FILE);
  const me = { pid: process.pid, host: hostname() };
  const text = JSON.stringify({ ...me, since: new Date().toISOString() } satisfies LockHolder);
  const aside = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  for (let attempt = 0; attempt < 20; attempt++) {
    writeFileSync(aside, text);
    try {
      linkSync(aside, file);
      heldHere.set(file, text);
      return { release: () => release(file, text) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      unlinkSync(aside);
    }
    const found = readOrNull(file);
    if (found === null) continue; // released meanwhile
    const holder = parse(found);
    const verdict = judge(holder, me, isAlive, heldHere.get(file) === found);
    if (verdict !== 'stale') throw new DataFolderInUseError(dir, holder!, verdict === 'held-elsewhere');
    removeStale(file, found, aside);
  }
  throw new Error(`could not take the lock of the PGlite data folder ${dir}: it kept changing`);
}

function removeStale(file: string, stale: string, aside: string): void {
  try {
    renameSync(file, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // someone else removed it
    throw e;
  }
  if (readFileSync(aside, 'utf8') !== stale) {
    // A live lock taken since we read the stale one: put it back (if the place is free, as it is unless a third
    // process got in), then look again.
    try {
      linkSync(aside, file);
    } catch {
      // a third process holds the folder now; the next attempt finds its lock
    }
  }
  unlinkSync(aside);
}

function release(file: string, text: string): void {
  if (heldHere.get(file) !== text) return;
  heldHere.delete(file);
  // Only our own lock: never one another process took after ours was (wrongly) judged stale.
  if (readOrNull(file) === text) unlinkSync(file);
}

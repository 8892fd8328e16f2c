import { createHash } from 'node:crypto';
import type { Catalog, Center, Task, Theme } from '../wire';
import { buildCenters, tierLists } from './centers';
import { loadRawData } from './data';
import { rngFor } from './prng';
import { buildScalePoints } from './scale';
import { buildTasks } from './tasks';
import { buildThemes } from './themes';

// Fixed, so two builds are equal; the seed reads as last published at this moment.
const PUBLISHED_AT = Date.parse('2025-11-20T17:30:00+08:00');
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** ISO 8601 in Asia/Shanghai, e.g. 2025-11-20T09:00:00+08:00 (China has no daylight saving). */
export function isoShanghai(ms: number): string {
  return new Date(ms + SHANGHAI_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

function seedUpdatedAt(id: string): string {
  const r = rngFor(id, 'updated');
  // most guides were last revised within the last four months, during office hours (09:30–17:30)
  const day = r.int(0, 120);
  const minutes = r.int(0, 8 * 60);
  return isoShanghai(PUBLISHED_AT - day * 86_400_000 - minutes * 60_000);
}

// The centers of a server never change after its start, so a touch reuses their digest.
const centerDigests = new WeakMap<readonly Center[], string>();

/**
 * A digest of every center. The scale set shares one task list among 50,000 points: it is written out once and
 * then named by its index, which keeps the version of that set fast (one JSON of all centers took most of a second).
 */
function centersDigest(centers: readonly Center[]): string {
  const known = centerDigests.get(centers);
  if (known) return known;
  const hash = createHash('sha1');
  const lists = new Map<readonly string[], number>();
  let chunk = '';
  for (const c of centers) {
    const { task_codes: codes, ...rest } = c;
    let list = lists.get(codes);
    if (list === undefined) {
      list = lists.size;
      lists.set(codes, list);
      chunk += `#${list}=${codes.join(',')}\n`;
    }
    chunk += `${JSON.stringify(rest)}#${list}\n`;
    if (chunk.length > 65_536) {
      hash.update(chunk);
      chunk = '';
    }
  }
  hash.update(chunk);
  const digest = hash.digest('hex');
  centerDigests.set(centers, digest);
  return digest;
}

/** Changes whenever any task, theme or center changes (CONTRACT.md). */
export function catalogVersion(tasks: readonly Task[], themes: readonly Theme[], centers: readonly Center[]): string {
  const hash = createHash('sha1');
  for (const t of tasks) hash.update(`${t.task_code}|${t.updated_at}\n`);
  hash.update(JSON.stringify(themes));
  hash.update(centersDigest(centers));
  const latest = tasks.reduce((max, t) => (t.updated_at > max ? t.updated_at : max), '');
  return `${latest.slice(0, 10).replace(/-/g, '')}-${hash.digest('hex').slice(0, 10)}`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

let cached: Catalog | undefined;

/**
 * The whole seed catalog: pure and deterministic (every choice is keyed on a record id), built once per
 * process and frozen so that a server changing its own copy can never change another's. With `scalePoints`
 * the benchmark's synthetic village stations follow the seed's centers (a new build each time, not cached:
 * a test process should not keep 50,000 points alive after its sandbox has gone).
 */
export function buildCatalog(scalePoints = 0): Catalog {
  const seed = seedCatalog();
  if (scalePoints === 0) return seed;
  const centers = [...seed.centers, ...buildScalePoints(scalePoints, tierLists(seed.tasks).village)];
  return deepFreeze({ ...seed, version: catalogVersion(seed.tasks, seed.themes, centers), centers });
}

function seedCatalog(): Catalog {
  if (cached) return cached;
  const data = loadRawData();
  const tasks = buildTasks(data, seedUpdatedAt);
  const themes = buildThemes(tasks);
  const centers = buildCenters(data.divisions, tasks);
  const updatedAt = tasks.reduce((max, t) => (t.updated_at > max ? t.updated_at : max), '');
  cached = deepFreeze({
    version: catalogVersion(tasks, themes, centers),
    updated_at: updatedAt,
    tasks,
    themes,
    centers,
  });
  return cached;
}

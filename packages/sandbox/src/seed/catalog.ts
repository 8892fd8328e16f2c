import { createHash } from 'node:crypto';
import type { Catalog, Center, Task, Theme } from '../wire';
import { buildCenters } from './centers';
import { loadRawData } from './data';
import { rngFor } from './prng';
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

/** Changes whenever any task, theme or center changes (CONTRACT.md). */
export function catalogVersion(tasks: readonly Task[], themes: readonly Theme[], centers: readonly Center[]): string {
  const hash = createHash('sha1');
  for (const t of tasks) hash.update(`${t.task_code}|${t.updated_at}\n`);
  hash.update(JSON.stringify(themes));
  hash.update(JSON.stringify(centers));
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
 * process and frozen so that a server changing its own copy can never change another's.
 */
export function buildCatalog(): Catalog {
  if (cached) return cached;
  const data = loadRawData();
  const tasks = buildTasks(data, seedUpdatedAt);
  const themes = buildThemes(tasks);
  const centers = buildCenters(data.divisions, tasks);
  const updatedAt = tasks.reduce((max, t) => (t.updated_at > max ? t.updated_at : max), '');
  cached = deepFreeze({ version: catalogVersion(tasks, themes, centers), updated_at: updatedAt, tasks, themes, centers });
  return cached;
}

import { buildCatalog, catalogVersion, isoShanghai } from './seed/catalog';
import type { Center, Task, Theme } from './wire';

/**
 * One server's view of the catalog. It starts from the shared frozen seed and replaces the tasks a test
 * touches, so two sandboxes in one process never see each other's changes.
 */
export class CatalogState {
  private tasks: Task[];
  private byCode: Map<string, Task>;
  readonly themes: readonly Theme[];
  readonly centers: readonly Center[];
  version: string;
  updatedAt: string;
  private lastStampMs: number;

  /** `scalePoints` synthetic village stations follow the seed's centers (the benchmark's scale set). */
  constructor(scalePoints = 0) {
    const seed = buildCatalog(scalePoints);
    this.tasks = [...seed.tasks];
    this.byCode = new Map(this.tasks.map((t) => [t.task_code, t]));
    this.themes = seed.themes;
    this.centers = seed.centers;
    this.version = seed.version;
    this.updatedAt = seed.updated_at;
    this.lastStampMs = Date.parse(seed.updated_at);
  }

  allTasks(): readonly Task[] {
    return this.tasks;
  }

  task(code: string): Task | undefined {
    return this.byCode.get(code);
  }

  /** Returns the codes it does not know; touches nothing unless all are known. */
  touch(codes: readonly string[]): string[] {
    const unknown = codes.filter((c) => !this.byCode.has(c));
    if (unknown.length || codes.length === 0) return unknown;
    // Each touch is at least a second after the previous one (and after the seed), so updated_at strictly
    // increases even when the machine clock is behind the seed or two touches share a millisecond.
    this.lastStampMs = Math.max(Date.now(), this.lastStampMs + 1000);
    const stamp = isoShanghai(this.lastStampMs);
    const touched = new Set(codes);
    this.tasks = this.tasks.map((t) => (touched.has(t.task_code) ? { ...t, updated_at: stamp } : t));
    this.byCode = new Map(this.tasks.map((t) => [t.task_code, t]));
    this.updatedAt = stamp;
    this.version = catalogVersion(this.tasks, this.themes, this.centers);
    return [];
  }
}

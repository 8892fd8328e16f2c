import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mapWithConcurrency } from '../common/concurrency';
import { AppConfig } from '../config/app-config';
import { UpstreamError } from '../upstream/http/upstream.error';
import type { CatalogCenter, CatalogMatter, MatterBrief } from '../model/catalog.types';
import { ProvincialCatalog } from '../upstream/platform/provincial-catalog.port';
import { CatalogSnapshot } from './catalog-snapshot';
import { CatalogRepository, type SnapshotMeta } from './catalog.repository';
import { SearchTermsRepository } from './search-terms.repository';

export type SyncOutcome = 'updated' | 'unchanged' | 'skipped' | 'failed';

const PAGE = 200;
// How often an instance that lost the sync lock looks for the winner's snapshot, and how long past the retry
// interval it waits for it before syncing again itself.
const WINNER_POLL_MS = 250;
const WINNER_WAIT_MS = 60_000;

/**
 * Keeps a versioned snapshot of the provincial catalog in the database and in memory. Syncs at boot and on a
 * schedule; when the platform is down or slow it keeps the last snapshot and marks answers stale.
 */
@Injectable()
export class CatalogSyncService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('CatalogSync');
  private current: CatalogSnapshot | null = null;
  private lastAttemptOk: boolean | null = null;
  private lastFailure: string | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<SyncOutcome> | null = null;
  private stopped = false;

  constructor(
    private readonly config: AppConfig,
    private readonly repository: CatalogRepository,
    private readonly platform: ProvincialCatalog,
    private readonly terms: SearchTermsRepository,
  ) {}

  /** The snapshot that answers reads, or null before the first successful sync. */
  snapshot(): CatalogSnapshot | null {
    return this.current;
  }

  /** True when the last try to reach the platform failed, so answers come from an older snapshot. */
  isStale(): boolean {
    return this.lastAttemptOk === false;
  }

  /** Why the last sync failed (internal detail for logs and operators, never for residents), or null. */
  lastFailureDetail(): string | null {
    return this.lastAttemptOk === false ? this.lastFailure : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    const meta = await this.repository.findActiveMeta();
    if (meta) await this.load(meta);
    // The first sync runs in the background: a snapshot from the database answers at once, and
    // /health/ready stays 503 until there is one.
    this.schedule(0);
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Runs one sync now (or joins the one in flight). */
  syncNow(): Promise<SyncOutcome> {
    this.running ??= this.sync().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      void this.syncNow().then((outcome) => {
        const { syncIntervalSec, retryIntervalSec } = this.config.catalog;
        if (outcome === 'skipped' && !this.current) this.awaitWinner();
        else this.schedule((outcome === 'failed' ? retryIntervalSec : syncIntervalSec) * 1000);
      });
    }, delayMs);
    this.timer.unref();
  }

  // Instances started together on a fresh database all pull the catalog; the one that takes the lock stores it, the
  // others find nothing active yet (the winner's transaction is still open). Rather than stay unready for a whole sync
  // interval, a loser watches the database until the winner's snapshot is active, then carries on as usual.
  private awaitWinner(): void {
    if (this.stopped) return;
    const pollMs = Math.min(this.config.catalog.retryIntervalSec * 1000, WINNER_POLL_MS);
    const deadline = Date.now() + this.config.catalog.retryIntervalSec * 1000 + WINNER_WAIT_MS;
    const poll = async (): Promise<void> => {
      if (this.stopped) return;
      const meta = await this.repository.findActiveMeta().catch(() => null);
      if (meta) {
        await this.load(meta).catch(() => undefined);
        if (this.current) {
          this.logger.log({ version: this.current.version }, 'catalog snapshot of another instance loaded');
          this.schedule(this.config.catalog.syncIntervalSec * 1000);
          return;
        }
      }
      // The winner failed or died before committing: sync again ourselves.
      if (Date.now() >= deadline) return this.schedule(0);
      this.timer = setTimeout(() => void poll(), pollMs);
      this.timer.unref();
    };
    this.timer = setTimeout(() => void poll(), pollMs);
    this.timer.unref();
  }

  private async sync(): Promise<SyncOutcome> {
    const started = Date.now();
    try {
      const outcome = await this.pull();
      this.lastAttemptOk = true;
      this.logger.log({ outcome, version: this.current?.version, ms: Date.now() - started }, 'catalog sync');
      return outcome;
    } catch (e) {
      this.lastAttemptOk = false;
      const detail = e instanceof UpstreamError ? e.internalDetail : (e as Error).message;
      this.lastFailure = detail ?? null;
      this.logger.warn(
        { detail, servingVersion: this.current?.version ?? null },
        'catalog sync failed; serving last snapshot',
      );
      return 'failed';
    }
  }

  private async pull(): Promise<SyncOutcome> {
    const remote = await this.platform.version();
    // Another instance may have synced since: pick its snapshot up before comparing versions.
    const active = await this.repository.findActiveMeta();
    if (active && active.id !== this.current?.id) await this.load(active);
    if (active && active.version === remote.version) {
      await this.repository.touchActive(active.id);
      // The operators added or removed a synonym since this snapshot was built: build it again with them.
      if (this.current && !sameIds(this.current.synonymIds, await this.terms.synonyms())) await this.load(active);
      return 'unchanged';
    }
    const briefs = await this.collect((page) => this.platform.listMatters(page, PAGE));
    const [matters, themes, centers] = await Promise.all([
      mapWithConcurrency(briefs, this.config.catalog.syncConcurrency, (b) => this.fetchMatter(b)),
      this.platform.listThemes(),
      this.collect<CatalogCenter>((page) => this.platform.listCenters(page, PAGE)),
    ]);
    const content = { matters, themes, centers };
    const meta = await this.repository.saveAndActivate(remote.version, content);
    if (!meta) {
      const latest = await this.repository.findActiveMeta();
      if (latest) await this.load(latest);
      return 'skipped';
    }
    this.current = new CatalogSnapshot(meta, content, await this.terms.synonyms());
    await this.repository.pruneRetired(this.config.catalog.keepSnapshots - 1);
    return 'updated';
  }

  // Incremental: a guide whose updated_at has not moved is reused from the snapshot in hand.
  private async fetchMatter(brief: MatterBrief): Promise<CatalogMatter> {
    const known = this.current?.matter(brief.code);
    if (known && known.updatedAt === brief.updatedAt) return known;
    const matter = await this.platform.getMatter(brief.code);
    if (!matter) throw new UpstreamError('platform', 'malformed', `listed task ${brief.code} has no detail`);
    return matter;
  }

  private async collect<T>(fetchPage: (page: number) => Promise<{ total: number; items: T[] }>): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page++) {
      const { total, items } = await fetchPage(page);
      all.push(...items);
      if (all.length >= total || items.length === 0) return all;
    }
  }

  private async load(meta: SnapshotMeta): Promise<void> {
    const [content, synonyms] = await Promise.all([this.repository.loadContent(meta.id), this.terms.synonyms()]);
    this.current = new CatalogSnapshot(meta, content, synonyms);
  }
}

function sameIds(have: ReadonlySet<string>, rows: readonly { id: string }[]): boolean {
  return rows.length === have.size && rows.every((r) => have.has(r.id));
}

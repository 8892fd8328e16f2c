import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { bounded } from '../common/bounded';
import { KeyValueStore } from '../common/kv-store';

const KEY = 'catalog:matter-views';
const FLUSH_MS = 5_000;

/**
 * Counts guide views for 热门事项. Views are summed in memory and flushed to the shared store every few
 * seconds, so a guide read never waits on Redis and N instances still add up to one ranking.
 */
@Injectable()
export class MatterViews implements OnApplicationShutdown {
  private pending = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly store: KeyValueStore) {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  record(code: string): void {
    this.pending.set(code, (this.pending.get(code) ?? 0) + 1);
  }

  async top(limit: number): Promise<Map<string, number>> {
    await this.flush();
    const rows = await this.store.topScores(KEY, limit).catch(() => []);
    return new Map(rows.map((r) => [r.member, r.score]));
  }

  async flush(): Promise<void> {
    if (!this.pending.size) return;
    const batch = this.pending;
    this.pending = new Map();
    // While Redis is down the counts wait here (one number per guide at most) and go with the next flush.
    await this.store.incrementScores(KEY, batch).catch(() => {
      for (const [code, n] of batch) this.pending.set(code, (this.pending.get(code) ?? 0) + n);
    });
  }

  // The last counts go if the store takes them within a moment; a stuck store must not hold the shutdown.
  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await bounded(this.flush(), 2_000);
  }
}

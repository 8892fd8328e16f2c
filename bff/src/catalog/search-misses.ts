import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { todayInShanghai } from '@zsb/domain';
import { describeDriverError } from '../common/unavailable';
import { SearchTermsRepository } from './search-terms.repository';

// Queries kept per flush at most (distinct); beyond it a query is dropped until the next flush.
const MAX_PENDING = 5000;
const FLUSH_MS = 2000;
const MAX_LENGTH = 30;

/**
 * How a search that found nothing is kept: trimmed, lower case, spaces collapsed, at most 30 characters, and every
 * digit replaced by * (a resident who types an ID or phone number into the search box leaves no number here).
 */
export function missKey(q: string): string | null {
  const key = q.trim().toLowerCase().replace(/\s+/g, ' ').slice(0, MAX_LENGTH).replace(/\d/g, '*').trim();
  return key.length > 0 ? key : null;
}

/**
 * Counts searches that found nothing, for the console's 搜索缺口. A search answers without waiting for a write: the
 * counts gather in memory and are added to the day's rows every two seconds (and at shutdown). A flush that fails is
 * dropped: these counts guide operators, they are not records anyone is owed.
 */
@Injectable()
export class SearchMissRecorder implements OnApplicationShutdown {
  private readonly logger = new Logger('SearchMisses');
  private pending = new Map<string, { day: string; query: string; count: number; lastAt: Date }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly repo: SearchTermsRepository) {}

  record(q: string): void {
    const query = missKey(q);
    if (!query) return;
    const now = new Date();
    const day = todayInShanghai(now.getTime());
    const key = `${day}|${query}`;
    const entry = this.pending.get(key);
    if (entry) {
      entry.count += 1;
      entry.lastAt = now;
    } else if (this.pending.size < MAX_PENDING) {
      this.pending.set(key, { day, query, count: 1, lastAt: now });
    }
    if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_MS);
      this.timer.unref();
    }
  }

  async flush(): Promise<void> {
    this.timer = null;
    const rows = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.repo.addMisses(rows);
    } catch (error) {
      this.logger.warn(`${rows.length} search-miss counts dropped: ${describeDriverError(error)}`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    if (this.pending.size > 0) await this.flush();
  }
}

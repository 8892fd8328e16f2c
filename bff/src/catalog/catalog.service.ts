import { Injectable } from '@nestjs/common';
import type { DomainList, HotMatters, MatterGuide, MatterPage, ThemeDetail, ThemeList } from '@zsb/contracts';
import { isMatterCode } from '@zsb/domain';
import { AppError } from '../common/errors';
import { CatalogSyncService } from './catalog-sync.service';
import type { CatalogSnapshot } from './catalog-snapshot';
import type { MatterQueryDto } from './dto/matter-query.dto';
import { MatterViews } from './matter-views';
import { Lru } from './search/lru';

const HOT_COUNT = 8;
const HOT_CACHE_MS = 30_000;
// A view in the BFF weighs about as much as ten monthly applications on the platform.
const VIEW_WEIGHT = 10;
// Recent result pages, so a popular query is answered with the very object (and serialised body) sent last time.
const PAGE_CACHE_SIZE = 2000;

@Injectable()
export class CatalogService {
  private hotCache: { at: number; snapshotId: number; answer: HotMatters } | null = null;
  private readonly pages = new Lru<string, MatterPage>(PAGE_CACHE_SIZE);

  constructor(
    private readonly sync: CatalogSyncService,
    private readonly views: MatterViews,
  ) {}

  /** The snapshot that answers, or 503 CATALOG_UNAVAILABLE before the first sync ever succeeded. */
  snapshot(): CatalogSnapshot {
    const s = this.sync.snapshot();
    if (!s) throw new AppError('CATALOG_UNAVAILABLE');
    return s;
  }

  search(query: MatterQueryDto): MatterPage {
    const s = this.snapshot();
    const { q, domain, level, mobileReady, centerId } = query;
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    if (centerId && !s.hasCenter(centerId)) throw new AppError('CENTER_NOT_FOUND');
    // The snapshot's build leads the key: a new snapshot (or synonyms) never answers from an old one's pages.
    const key = [
      s.generation,
      q?.trim() ?? '',
      domain ?? '',
      level ?? '',
      mobileReady ?? '',
      centerId ?? '',
      page,
      pageSize,
    ].join('\u0001');
    const cached = this.pages.get(key);
    if (cached) return cached;
    const answer = this.computePage(s, { q, domain, level, mobileReady, centerId }, page, pageSize);
    this.pages.set(key, answer);
    return answer;
  }

  private computePage(s: CatalogSnapshot, query: MatterQueryDto, page: number, pageSize: number): MatterPage {
    const { q, domain, level, mobileReady, centerId } = query;
    const filtered = Boolean(domain || level || mobileReady !== undefined || centerId);
    const keep = (code: string): boolean => {
      const m = s.summary(code);
      if (!m) return false;
      if (domain && m.domain !== domain) return false;
      if (level && !m.levels.includes(level)) return false;
      if (mobileReady !== undefined && m.mobileReady !== mobileReady) return false;
      return !centerId || s.centerHandles(centerId, code);
    };
    const text = q?.trim();
    const start = (page - 1) * pageSize;
    // Only the page shown is turned into summaries; the total counts every match.
    if (text) {
      const hits = s.index.search(text, {
        filter: filtered ? keep : undefined,
        limit: Number.MAX_SAFE_INTEGER,
        highlightUpTo: start + pageSize,
      });
      const items = hits
        .slice(start, start + pageSize)
        .map((hit) => ({ ...s.summary(hit.code)!, highlights: hit.highlights }));
      return { items, page, pageSize, total: hits.length, catalogVersion: s.version };
    }
    const codes = filtered ? s.orderedCodes.filter(keep) : s.orderedCodes;
    const items = codes.slice(start, start + pageSize).map((code) => s.summary(code)!);
    return { items, page, pageSize, total: codes.length, catalogVersion: s.version };
  }

  guide(code: string): MatterGuide {
    if (!isMatterCode(code)) throw new AppError('MATTER_CODE_INVALID');
    const guide = this.snapshot().guide(code);
    if (!guide) throw new AppError('MATTER_NOT_FOUND');
    this.views.record(code);
    return guide;
  }

  async hot(): Promise<HotMatters> {
    const s = this.snapshot();
    const now = Date.now();
    if (this.hotCache && this.hotCache.snapshotId === s.id && now - this.hotCache.at < HOT_CACHE_MS) {
      return this.hotCache.answer;
    }
    const views = await this.views.top(50);
    const candidates = new Set([...s.byPopularity.slice(0, 50), ...views.keys()]);
    const score = (code: string): number => (s.matter(code)?.popularity ?? 0) + VIEW_WEIGHT * (views.get(code) ?? 0);
    const items = [...candidates]
      .filter((code) => s.summary(code))
      .sort((a, b) => score(b) - score(a))
      .slice(0, HOT_COUNT)
      .map((code) => s.summary(code)!);
    const answer = { items };
    this.hotCache = { at: now, snapshotId: s.id, answer };
    return answer;
  }

  domains(): DomainList {
    return this.snapshot().domainList;
  }

  themes(): ThemeList {
    return this.snapshot().themeList;
  }

  theme(id: string): ThemeDetail {
    const theme = this.snapshot().theme(id);
    if (!theme) throw new AppError('THEME_NOT_FOUND');
    return theme;
  }
}

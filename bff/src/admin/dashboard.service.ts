import { Injectable, Logger } from '@nestjs/common';
import type { DashboardReport, FigureList, IndicatorKey, PlaceFigures, TargetKey } from '@zsb/contracts';
import { todayInShanghai } from '@zsb/domain';
import { CatalogService } from '../catalog/catalog.service';
import { AppError } from '../common/errors';
import { toShanghaiIso } from '../common/time';
import { describeDriverError } from '../common/unavailable';
import type { CatalogCenter } from '../model/catalog.types';
import { TargetsService } from '../targets/targets.service';
import type { AreaRef } from './admin-access';
import {
  addCounts,
  assessedPlaces,
  figureName,
  NO_COUNTS,
  placeFact,
  type MonthCounts,
  indicatorFigures,
  isFresh,
  meetsFloor,
  monthRange,
  monthsUpTo,
  targetFigures,
  type MonthFacts,
  type PlaceFact,
} from './dashboard-rules';
import { DashboardRepository, type PlaceMonthCounts } from './dashboard.repository';
import { figureList, type ListFacts } from './figure-lists';

/**
 * The 达标 dashboard of a county or township for one month: the policy's targets with their six-month trend, the
 * indicators beside them, and the area broken down by township (or by place inside a township).
 */
@Injectable()
export class DashboardService {
  private readonly logger = new Logger(DashboardService.name);

  constructor(
    private readonly repo: DashboardRepository,
    private readonly targets: TargetsService,
    private readonly catalog: CatalogService,
  ) {}

  async report(area: AreaRef, places: CatalogCenter[], month: string): Promise<DashboardReport> {
    const months = monthsUpTo(month);
    const { rows, countedAt } = await this.counts(
      places.map((p) => p.id),
      months,
    );
    const snapshot = this.catalog.snapshot();
    const placeFacts = places.map(placeFact);
    const mobileMatters = snapshot.domains.reduce((n, d) => n + d.mobileReadyCount, 0);
    const sum = (pick: (r: PlaceMonthCounts) => boolean) =>
      rows.filter(pick).reduce((acc, r) => addCounts(acc, r), NO_COUNTS);
    const series = months.map((m) => ({
      month: m,
      facts: { places: placeFacts, mobileMatters, counts: sum((r) => r.month === m) } satisfies MonthFacts,
    }));
    const thisMonth = rows.filter((r) => r.month === month);
    return {
      county: area.county,
      township: area.township,
      month,
      generatedAt: toShanghaiIso(countedAt),
      targets: targetFigures(series),
      indicators: indicatorFigures(series),
      places: breakdown(area, placeFacts, (ids) =>
        thisMonth.filter((r) => ids.has(r.center_id)).reduce((acc, r) => addCounts(acc, r), NO_COUNTS),
      ),
    };
  }

  /**
   * Every place's counts for the months. Kept counts are answered at once; when some of them are no longer fresh
   * they are answered all the same and counted again in the background (once per area and months on this
   * instance), so only an area nobody asked about before waits for the count. `countedAt` says how old they are.
   */
  private async counts(centers: string[], months: string[]): Promise<{ rows: PlaceMonthCounts[]; countedAt: Date }> {
    const now = Date.now();
    const kept = await this.repo.kept(centers, months);
    const have = new Set(kept.map((k) => `${k.center_id}|${k.month}`));
    const missing = months.filter((m) => centers.some((c) => !have.has(`${c}|${m}`)));
    if (missing.length > 0) {
      const rows = await this.recount(centers, months, missing);
      const others = kept.filter((k) => !rows.some((r) => r.month === k.month));
      return { rows: [...rows, ...others.map(asRow)], countedAt: oldest(others, now) };
    }
    const stale = [...new Set(kept.filter((k) => !isFresh(k.month, k.computed_at, now)).map((k) => k.month))];
    if (stale.length > 0) this.recountLater(centers, months, stale);
    return { rows: kept.map(asRow), countedAt: oldest(kept, now) };
  }

  private readonly recounting = new Set<string>();

  private recountLater(centers: string[], months: string[], stale: string[]): void {
    const key = `${centers.join(',')}|${stale.join(',')}`;
    if (this.recounting.has(key)) return;
    this.recounting.add(key);
    this.recount(centers, months, stale)
      .catch((error: unknown) => this.logger.warn(`dashboard recount failed: ${describeDriverError(error)}`))
      .finally(() => this.recounting.delete(key));
  }

  /** Counts the months from the first to the last of `need` in the database and keeps them; answers those rows. */
  private async recount(centers: string[], months: string[], need: string[]): Promise<PlaceMonthCounts[]> {
    const now = Date.now();
    const snapshot = this.catalog.snapshot();
    const first = need.reduce((a, b) => (a < b ? a : b));
    const last = need.reduce((a, b) => (a > b ? a : b));
    const counted = await this.repo.monthly({
      centers,
      from: monthRange(first).start,
      to: monthRange(last).end,
      immediate: snapshot.orderedCodes.filter((c) => snapshot.matter(c)?.promiseType === 'immediate'),
      today: todayInShanghai(now),
    });
    // One row per place and month counted, the sources' partial rows added up (zeros where nothing happened).
    const byKey = new Map<string, PlaceMonthCounts>();
    for (const c of centers)
      for (const m of months.filter((x) => x >= first && x <= last)) byKey.set(`${c}|${m}`, { center_id: c, month: m });
    for (const r of counted) {
      const key = `${r.center_id}|${r.month}`;
      const into = byKey.get(key);
      if (into) byKey.set(key, { ...addCounts(addCounts(NO_COUNTS, into), r), center_id: r.center_id, month: r.month });
    }
    const rows = [...byKey.values()];
    await this.repo.keep(
      rows.map(({ center_id, month, ...counts }) => ({ center_id, month, counts })),
      new Date(now),
    );
    return rows;
  }

  /** The rows behind one figure of the month, without a resident's name, phone or ID number. */
  async list(places: CatalogCenter[], month: string, figure: TargetKey | IndicatorKey): Promise<FigureList> {
    const title = figureName(figure);
    if (!title) throw new AppError('ADMIN_NOT_FOUND');
    const range = monthRange(month);
    const ids = places.map((p) => p.id);
    const [settled, visits, bookings, feedback, badReviews, agentWork] = await Promise.all([
      this.repo.settled(ids, range.start, range.end),
      this.repo.visits(ids, range.start, range.end),
      this.repo.bookings(ids, range.start, range.end),
      this.repo.feedback(ids, range.start, range.end),
      this.repo.badReviews(ids, range.start, range.end),
      this.repo.agentWork(ids, range.start, range.end),
    ]);
    const snapshot = this.catalog.snapshot();
    const facts: ListFacts = {
      places,
      settled,
      visits,
      bookings,
      feedback,
      badReviews,
      agentWork,
      rated: await this.targets.ratedOf([...settled.map((s) => s.id), ...visits.map((v) => v.id)]),
      mobileMatters: snapshot.orderedCodes
        .map((c) => snapshot.matter(c)!)
        .filter((m) => m.mobileReady)
        .map((m) => ({ code: m.code, name: m.name, department: m.department, onlineDepth: m.onlineDepth })),
      today: todayInShanghai(Date.now()),
      placeName: (id) => places.find((p) => p.id === id)?.name ?? id,
    };
    return { figure, title, ...figureList(figure, facts) };
  }
}

/** A county by township, a township by place: each group's places and its month's counts. */
function breakdown(
  area: AreaRef,
  places: PlaceFact[],
  countsOf: (ids: ReadonlySet<string>) => MonthCounts,
): PlaceFigures[] {
  const groups = new Map<string, { name: string; places: PlaceFact[] }>();
  for (const p of places) {
    const key = area.township === null ? p.township : p.id;
    const g = groups.get(key) ?? { name: area.township === null ? p.township : p.name, places: [] };
    g.places.push(p);
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => {
    const c = countsOf(new Set(g.places.map((p) => p.id)));
    const services = c.settled + c.visits;
    return {
      key,
      name: g.name,
      places: assessedPlaces(g.places).length,
      placesMeetingFloor: assessedPlaces(g.places).filter(meetsFloor).length,
      kiosks: g.places.filter((p) => p.kind === 'kiosk').length,
      applications: c.settled,
      visits: c.visits,
      activeRating: services === 0 ? null : Math.round(((c.settledRated + c.visitsRated) / services) * 1000) / 10,
      badReviews: c.bad,
      badRectified: c.rectified,
      feedback: c.feedback,
      feedbackOnTime: c.feedbackOnTime,
      bookings: c.bookings,
      noShows: c.noShows,
    };
  });
}

const asRow = (k: { center_id: string; month: string; counts: Partial<MonthCounts> }): PlaceMonthCounts => ({
  ...k.counts,
  center_id: k.center_id,
  month: k.month,
});

const oldest = (rows: { computed_at: Date }[], now: number): Date =>
  new Date(Math.min(now, ...rows.map((r) => r.computed_at.getTime())));

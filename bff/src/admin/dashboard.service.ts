import { Injectable } from '@nestjs/common';
import type { DashboardReport, FigureList, IndicatorKey, PlaceFigures, ServiceStats, TargetKey } from '@zsb/contracts';
import { todayInShanghai } from '@zsb/domain';
import { CatalogService } from '../catalog/catalog.service';
import { AppError } from '../common/errors';
import { toShanghaiIso } from '../common/time';
import type { CatalogCenter } from '../model/catalog.types';
import { TargetsService } from '../targets/targets.service';
import type { AreaRef } from './admin-access';
import {
  assessedPlaces,
  figureName,
  floorOf,
  indicatorFigures,
  meetsFloor,
  monthRange,
  monthsUpTo,
  targetFigures,
  type MonthFacts,
  type PlaceFact,
} from './dashboard-rules';
import { DashboardRepository } from './dashboard.repository';
import { figureList, type ListFacts } from './figure-lists';

const LEVEL_NAMES = { township: '乡镇', street: '街道', village: '村（社区）' } as const;
const within = (at: Date, r: { start: Date; end: Date }) => at >= r.start && at < r.end;

/**
 * The 达标 dashboard of a county or township for one month: the policy's targets with their six-month trend, the
 * indicators beside them, and the area broken down by township (or by place inside a township).
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repo: DashboardRepository,
    private readonly targets: TargetsService,
    private readonly catalog: CatalogService,
  ) {}

  async report(area: AreaRef, places: CatalogCenter[], month: string): Promise<DashboardReport> {
    const months = monthsUpTo(month);
    const facts = await this.facts(places, months);
    const placeFacts = places.map(placeFact);
    const series = months.map((m) => ({ month: m, facts: facts.byMonth.get(m)! }));
    return {
      county: area.county,
      township: area.township,
      month,
      generatedAt: toShanghaiIso(new Date()),
      targets: targetFigures(series),
      indicators: indicatorFigures(series),
      places: this.breakdown(area, placeFacts, facts.current, facts.stats.get(month)!),
    };
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

  private async facts(places: CatalogCenter[], months: string[]) {
    const ids = places.map((p) => p.id);
    const first = monthRange(months[0]);
    const last = monthRange(months[months.length - 1]);
    const [settled, visits, bookings, slots, feedback, agentWork, stats] = await Promise.all([
      this.repo.settled(ids, first.start, last.end),
      this.repo.visits(ids, first.start, last.end),
      this.repo.bookings(ids, first.start, last.end),
      this.repo.slots(ids, first.start, last.end),
      this.repo.feedback(ids, first.start, last.end),
      this.repo.agentWork(ids, first.start, last.end),
      Promise.all(months.map((m) => this.stats(ids, m))),
    ]);
    const snapshot = this.catalog.snapshot();
    const mobileMatters = snapshot.domains.reduce((n, d) => n + d.mobileReadyCount, 0);
    const immediate = (code: string) => snapshot.matter(code)?.promiseType === 'immediate';
    const today = todayInShanghai(Date.now());
    const byMonth = new Map<string, MonthFacts>();
    months.forEach((m, i) => {
      const r = monthRange(m);
      const total = stats[i].total;
      byMonth.set(m, {
        places: places.map(placeFact),
        mobileMatters,
        settled: settled
          .filter((a) => within(a.done_at, r))
          .map((a) => ({
            residentId: a.resident_id,
            matterCode: a.matter_code,
            submittedAt: a.submitted_at,
            doneAt: a.done_at,
          })),
        visits: visits
          .filter((v) => within(v.at, r))
          .map((v) => ({
            residentId: v.resident_id,
            matterCode: v.matter_code,
            at: v.at,
            immediate: immediate(v.matter_code),
          })),
        rating: {
          services: total.services,
          evaluated: total.evaluated,
          bad: total.bad,
          rectified: total.rectified,
          rectifiable: total.rectifiable,
        },
        feedback: feedback
          .filter((f) => within(f.created_at, r))
          .map((f) => ({ due: f.due_on, answeredAt: f.answered_at })),
        bookings: bookings.filter((b) => within(b.starts_at, r)),
        slots: slots.filter((s) => within(s.starts_at, r)),
        agentMandates: agentWork.filter((w) => w.what === 'granted' && within(w.at, r)).length,
        agentApplications: agentWork.filter((w) => w.what === '提交申请' && within(w.at, r)).length,
        today,
      });
    });
    const current = monthRange(months[months.length - 1]);
    return {
      byMonth,
      stats: new Map(months.map((m, i) => [m, stats[i]] as const)),
      current: {
        settled: settled.filter((a) => within(a.done_at, current)),
        visits: visits.filter((v) => within(v.at, current)),
        bookings: bookings.filter((b) => within(b.starts_at, current)),
        feedback: feedback.filter((f) => within(f.created_at, current)),
        today,
      },
    };
  }

  private stats(ids: string[], month: string) {
    const r = monthRange(month);
    return this.targets.report(ids, r.from, r.to);
  }

  private breakdown(
    area: AreaRef,
    places: PlaceFact[],
    current: Awaited<ReturnType<DashboardService['facts']>>['current'],
    stats: { items: ServiceStats[] },
  ): PlaceFigures[] {
    // A county by township; a township by place.
    const groupOf = (p: PlaceFact) => (area.township === null ? p.township : p.id);
    const groups = new Map<string, { name: string; places: PlaceFact[] }>();
    for (const p of places) {
      const key = groupOf(p);
      const g = groups.get(key) ?? { name: area.township === null ? p.township : p.name, places: [] };
      g.places.push(p);
      groups.set(key, g);
    }
    const statsOf = new Map(stats.items.map((s) => [s.centerId, s]));
    return [...groups].map(([key, g]) => {
      const ids = new Set(g.places.map((p) => p.id));
      const s = g.places.map((p) => statsOf.get(p.id)).filter((x): x is ServiceStats => x !== undefined);
      const sum = (f: (x: ServiceStats) => number) => s.reduce((n, x) => n + f(x), 0);
      const services = sum((x) => x.services);
      const feedback = current.feedback.filter((f) => ids.has(f.owner_center_id));
      return {
        key,
        name: g.name,
        places: assessedPlaces(g.places).length,
        placesMeetingFloor: assessedPlaces(g.places).filter(meetsFloor).length,
        kiosks: g.places.filter((p) => p.kind === 'kiosk').length,
        applications: current.settled.filter((a) => ids.has(a.center_id)).length,
        visits: current.visits.filter((v) => ids.has(v.center_id)).length,
        activeRating: services === 0 ? null : Math.round((sum((x) => x.evaluated) / services) * 1000) / 10,
        badReviews: sum((x) => x.bad),
        badRectified: sum((x) => x.rectified),
        feedback: feedback.length,
        feedbackOnTime: feedback.filter(
          (f) => f.answered_at !== null && todayInShanghai(f.answered_at.getTime()) <= f.due_on,
        ).length,
        bookings: current.bookings.filter((b) => ids.has(b.center_id) && b.status !== 'cancelled').length,
        noShows: current.bookings.filter((b) => ids.has(b.center_id) && b.status === 'no_show').length,
      };
    });
  }
}

export function placeFact(c: CatalogCenter): PlaceFact {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    level: c.level,
    township: c.township,
    matterCount: c.matterCodes.length,
  };
}

export const levelName = (p: PlaceFact): string =>
  p.kind === 'kiosk' ? '自助终端' : p.kind === 'bank-point' ? '银行网点' : LEVEL_NAMES[p.level];
export { floorOf };

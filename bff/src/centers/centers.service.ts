import { Injectable } from '@nestjs/common';
import type { CenterAreas, CenterDetail, CenterList, CenterSummary, NextSlot } from '@zsb/contracts';
import { wgs84ToGcj02 } from '@zsb/domain';
import { isBookable, windowsOf, daySchedule } from '../bookings/slot-schedule';
import { SlotsService } from '../bookings/slots.service';
import { BusinessCalendar } from '../calendar/business-calendar';
import { describeRanges, hoursOn, isOpenAt, localParts } from '../calendar/opening-hours';
import { CenterDirectory } from '../catalog/center-directory';
import type { Box } from '../catalog/center-index';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import type { CatalogCenter } from '../model/catalog.types';
import type { CenterQueryDto } from './dto/centers.dto';

const DEFAULT_LIMIT = 20;
const LEVELS: Record<CatalogCenter['level'], CenterSummary['level']> = {
  township: 'township',
  street: 'street',
  village: 'village',
};

/** The service map: nearest first, inside a map rectangle, or by county and township when location is refused. */
@Injectable()
export class CentersService {
  constructor(
    private readonly directory: CenterDirectory,
    private readonly calendar: BusinessCalendar,
    private readonly slots: SlotsService,
    private readonly clock: Clock,
    private readonly config: AppConfig,
  ) {}

  async list(q: CenterQueryDto): Promise<CenterList> {
    const index = this.directory.current();
    const now = this.clock.now();
    const limit = q.limit ?? DEFAULT_LIMIT;
    if (q.matterCode) this.slots.groupOf(q.matterCode);
    // With a matter, the search runs over the tree of the places that handle it; the rest is a cheap filter.
    const scope = q.matterCode ? index.forMatter(q.matterCode) : index;
    const accept = (c: CatalogCenter): boolean =>
      (!q.kind || c.kind === q.kind) && (!q.openNow || isOpenAt(c, now, this.calendar));
    const point = this.pointOf(q);
    let found: { center: CatalogCenter; distanceMeters: number | null }[];
    let total: number;
    let truncated = false;
    if (q.bbox) {
      const hit = scope.within(parseBox(q.bbox), limit, accept);
      found = hit.items.map((center) => ({ center, distanceMeters: null }));
      total = hit.total;
      truncated = hit.total > hit.items.length;
    } else if (point) {
      found = scope.nearest(point, limit, accept);
      total = found.length;
    } else if (q.county) {
      const all = scope.inArea(q.county, q.township, accept);
      found = all.slice(0, limit).map((center) => ({ center, distanceMeters: null }));
      total = all.length;
      truncated = all.length > found.length;
    } else {
      throw new AppError('VALIDATION_FAILED', '请提供位置（lat、lng）、地图范围（bbox）或县（市、区）', [
        { field: 'lat', message: '请允许定位，或选择所在的县（市、区）和乡镇' },
      ]);
    }
    const next = q.matterCode
      ? await this.slots.nextFree(
          found.map((f) => f.center),
          q.matterCode,
        )
      : new Map<string, NextSlot | null>();
    return {
      items: found.map((f) => this.summary(f.center, f.distanceMeters, next.get(f.center.id) ?? null, now)),
      total,
      truncated,
    };
  }

  async detail(id: string, matterCode: string | undefined): Promise<CenterDetail> {
    const center = this.directory.get(id);
    const now = this.clock.now();
    const next = matterCode ? ((await this.slots.nextFree([center], matterCode)).get(id) ?? null) : null;
    const closedDays = this.slots
      .horizon(now)
      .map((date) => ({ date, schedule: daySchedule(center, date, this.calendar, this.config.bookings.slotMinutes) }))
      .filter((d) => !d.schedule.open && d.schedule.reason.endsWith('放假'))
      .map((d) => ({ date: d.date, reason: d.schedule.open ? '' : d.schedule.reason }));
    return {
      ...this.summary(center, null, next, now),
      hours: center.hours.map((h) => ({
        weekdays: [...h.weekdays],
        ranges: h.ranges.map(([a, b]) => [a, b] as [string, string]),
      })),
      windows: windowsOf(center),
      matterCount: center.matterCodes.length,
      closedDays,
    };
  }

  areas(): CenterAreas {
    return { items: this.directory.current().areas };
  }

  private pointOf(q: CenterQueryDto): { lat: number; lng: number } | null {
    if (q.lat === undefined && q.lng === undefined) return null;
    if (q.lat === undefined || q.lng === undefined)
      throw new AppError('VALIDATION_FAILED', '位置需要同时提供经度和纬度');
    const p = { lat: q.lat, lng: q.lng };
    return q.coord === 'wgs84' ? wgs84ToGcj02(p) : p;
  }

  private summary(c: CatalogCenter, distance: number | null, nextSlot: NextSlot | null, now: number): CenterSummary {
    const today = hoursOn(c, localParts(now).date, this.calendar);
    return {
      id: c.id,
      name: c.name,
      kind: c.kind,
      level: LEVELS[c.level],
      county: c.county,
      township: c.township,
      address: c.address,
      gcj02: { lat: c.gcj02.lat, lng: c.gcj02.lng },
      phone: c.phone,
      openNow: isOpenAt(c, now, this.calendar),
      todayHours: today.open ? describeRanges(today.ranges) : null,
      distanceMeters: distance,
      bookable: isBookable(c),
      nextSlot,
    };
  }
}

function parseBox(text: string): Box {
  const [minLng, minLat, maxLng, maxLat] = text.split(',').map(Number);
  if (minLng > maxLng || minLat > maxLat)
    throw new AppError('VALIDATION_FAILED', '地图范围不正确：应为 最小经度,最小纬度,最大经度,最大纬度', [
      { field: 'bbox', message: '最小值应不大于最大值' },
    ]);
  return { minLng, minLat, maxLng, maxLat };
}

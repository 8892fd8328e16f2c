import { Injectable } from '@nestjs/common';
import type { NextSlot, Slot, SlotList, SlotOffer } from '@zsb/contracts';
import { type LocalDate } from '@zsb/domain';
import { BusinessCalendar } from '../calendar/business-calendar';
import { addDays, localParts } from '../calendar/opening-hours';
import { CatalogService } from '../catalog/catalog.service';
import { CenterDirectory } from '../catalog/center-directory';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import type { CatalogCenter } from '../model/catalog.types';
import { BookingsRepository, type SlotPlace } from './bookings.repository';
import { closedReason, closureOf, type ClosedPeriod } from './closure-rules';
import { ClosuresRepository } from './closures.repository';
import { dayState, daySchedule, isBookable, windowsOf, type DaySchedule, type SlotTime } from './slot-schedule';

const MINUTE_MS = 60_000;
// Nearby centers looked at for other free slots when the one asked for is full.
const NEARBY_CENTERS = 6;

interface FreeSlot extends SlotTime {
  date: LocalDate;
  capacity: number;
  left: number;
}

/** Slots as the schedule, the holiday calendar and the places already taken make them. */
@Injectable()
export class SlotsService {
  constructor(
    private readonly config: AppConfig,
    private readonly directory: CenterDirectory,
    private readonly calendar: BusinessCalendar,
    private readonly catalog: CatalogService,
    private readonly repo: BookingsRepository,
    private readonly clock: Clock,
    private readonly closures: ClosuresRepository,
  ) {}

  /** Closures of these centers over the days, by center (临时停止服务). */
  private async closuresOf(centerIds: string[], days: LocalDate[]): Promise<Map<string, ClosedPeriod[]>> {
    const from = new Date(Date.parse(`${days[0]}T00:00:00+08:00`));
    const to = new Date(Date.parse(`${addDays(days[days.length - 1], 1)}T00:00:00+08:00`));
    const out = new Map<string, ClosedPeriod[]>();
    for (const c of await this.closures.inEffect(centerIds, from, to))
      out.set(c.center_id, [
        ...(out.get(c.center_id) ?? []),
        { startsAt: c.starts_at, endsAt: c.ends_at, reason: c.reason, note: c.note },
      ]);
    return out;
  }

  /** A day's slots without those a closure takes; a day it takes whole is closed with the closure's reason. */
  private scheduleOf(center: CatalogCenter, date: LocalDate, closed: readonly ClosedPeriod[] = []): DaySchedule {
    const schedule = daySchedule(center, date, this.calendar, this.config.bookings.slotMinutes);
    if (!schedule.open || closed.length === 0) return schedule;
    const slots = schedule.slots.filter((s) => !closureOf(s, closed));
    if (slots.length > 0) return { open: true, slots };
    return { open: false, reason: closedReason(closureOf(schedule.slots[0], closed)!) };
  }

  /** Every slot of the center's schedule from one day to another (both included), closures not applied. */
  scheduleFrom(center: CatalogCenter, from: LocalDate, to: LocalDate): SlotTime[] {
    const out: SlotTime[] = [];
    for (let d = from; d <= to; d = addDays(d, 1)) {
      const schedule = daySchedule(center, d, this.calendar, this.config.bookings.slotMinutes);
      if (schedule.open) out.push(...schedule.slots);
    }
    return out;
  }

  /** Whether a slot starting then can still be booked now (the same-day cutoff). */
  stillBookable(startMs: number, now: number): boolean {
    return now < this.bookableUntil(startMs);
  }

  /** The matter group whose places a matter uses: its domain (社保, 户籍 …). */
  groupOf(matterCode: string): string {
    const summary = this.catalog.snapshot().summary(matterCode);
    if (!summary) throw new AppError('MATTER_NOT_FOUND');
    return summary.domain;
  }

  capacityOf(center: CatalogCenter): number {
    return this.config.bookings.slotCapacity ?? Math.max(1, windowsOf(center) * this.config.bookings.placesPerWindow);
  }

  /** The center if it can take a booking for the matter; MATTER_NOT_HANDLED otherwise. */
  bookableCenter(centerId: string, matterCode: string): CatalogCenter {
    this.groupOf(matterCode);
    const center = this.directory.get(centerId);
    if (!isBookable(center) || !this.directory.handles(center, matterCode)) throw new AppError('MATTER_NOT_HANDLED');
    return center;
  }

  horizon(now: number): LocalDate[] {
    const today = localParts(now).date;
    return Array.from({ length: this.config.bookings.horizonDays }, (_, i) => addDays(today, i));
  }

  async list(centerId: string, matterCode: string, date: LocalDate | undefined): Promise<SlotList> {
    const center = this.bookableCenter(centerId, matterCode);
    const now = this.clock.now();
    const days = this.horizon(now);
    if (date !== undefined && !days.includes(date)) {
      throw new AppError(
        'SLOT_NOT_OFFERED',
        `只能预约今天起 ${days.length} 天内的时段（${days[0]} 至 ${days[days.length - 1]}），请重新选择日期`,
      );
    }
    const all = await this.slotsOf([center], matterCode, days, now);
    const mine = all.get(center.id) ?? [];
    const closed = (await this.closuresOf([center.id], days)).get(center.id);
    const dayList = days.map((d) => {
      const schedule = this.scheduleOf(center, d, closed);
      const ofDay = mine.filter((s) => s.date === d);
      const left = ofDay.filter((s) => s.status === 'open').reduce((n, s) => n + s.left, 0);
      const state = dayState(schedule.open, ofDay);
      return { date: d, open: schedule.open, closedReason: schedule.open ? null : schedule.reason, left, state };
    });
    const chosen = date ?? dayList.find((d) => d.left > 0)?.date ?? days[0];
    return {
      centerId: center.id,
      matterCode,
      date: chosen,
      days: dayList,
      slots: mine
        .filter((s) => s.date === chosen)
        .map(({ start, end, capacity, left, status }) => ({ start, end, capacity, left, status })),
    };
  }

  /**
   * The first free slot of each center for the matter (null when none in the horizon or not bookable there). Walks
   * each center's days in order and stops at the first slot with room: a list of 20 places costs one query.
   */
  async nextFree(centers: CatalogCenter[], matterCode: string): Promise<Map<string, NextSlot | null>> {
    const now = this.clock.now();
    const group = this.groupOf(matterCode);
    const able = centers.filter((c) => isBookable(c) && this.directory.handles(c, matterCode));
    const days = this.horizon(now);
    const counts = await this.repo.slotCounts(
      able.map((c) => c.id),
      group,
      new Date(Date.parse(`${days[0]}T00:00:00+08:00`)),
      new Date(Date.parse(`${addDays(days[days.length - 1], 1)}T00:00:00+08:00`)),
    );
    const taken = new Map(counts.map((r) => [`${r.centerId}|${r.startsAt.getTime()}`, r]));
    const closed = await this.closuresOf(
      able.map((c) => c.id),
      days,
    );
    const out = new Map<string, NextSlot | null>(centers.map((c) => [c.id, null]));
    for (const c of able) {
      search: for (const date of days) {
        const schedule = this.scheduleOf(c, date, closed.get(c.id));
        if (!schedule.open) continue;
        for (const s of schedule.slots) {
          if (now >= this.bookableUntil(s.startMs)) continue;
          const row = taken.get(`${c.id}|${s.startMs}`);
          const left = (row?.capacity ?? this.capacityOf(c)) - (row?.taken ?? 0);
          if (left > 0) {
            out.set(c.id, { start: toShanghaiIso(new Date(s.startMs)), end: toShanghaiIso(new Date(s.endMs)), left });
            break search;
          }
        }
      }
    }
    return out;
  }

  /**
   * Checks that `startIso` is a slot this center offers for booking now and returns its place; the start must
   * be one the slot list gave out (same instant, any offset).
   */
  place(center: CatalogCenter, matterCode: string, startIso: string): SlotPlace {
    const now = this.clock.now();
    const startMs = Date.parse(startIso);
    const { date } = localParts(startMs);
    if (!this.horizon(now).includes(date)) throw new AppError('SLOT_NOT_OFFERED');
    const schedule = daySchedule(center, date, this.calendar, this.config.bookings.slotMinutes);
    const slot = schedule.open ? schedule.slots.find((s) => s.startMs === startMs) : undefined;
    if (!slot) {
      throw new AppError(
        'SLOT_NOT_OFFERED',
        schedule.open
          ? '没有从这个时间开始的时段，请在时段列表里选择'
          : `这一天不能预约（${schedule.reason}），请选择其他日期`,
      );
    }
    if (now >= this.bookableUntil(slot.startMs)) throw new AppError('SLOT_TOO_LATE');
    return {
      centerId: center.id,
      startsAt: new Date(slot.startMs),
      endsAt: new Date(slot.endMs),
      group: this.groupOf(matterCode),
      capacity: this.capacityOf(center),
    };
  }

  /** Other free slots when one is full: the next ones at this center, then the first at the nearest centers. */
  async offers(center: CatalogCenter, matterCode: string, fullStartMs: number): Promise<SlotOffer[]> {
    const want = this.config.bookings.offers;
    if (want === 0) return [];
    const now = this.clock.now();
    const nearby = this.directory
      .current()
      .nearest(
        center.gcj02,
        NEARBY_CENTERS + 1,
        (c) => c.id !== center.id && isBookable(c) && this.directory.handles(c, matterCode),
      );
    const centers = [center, ...nearby.map((n) => n.center)];
    const slots = await this.slotsOf(centers, matterCode, this.horizon(now), now);
    const here = (slots.get(center.id) ?? [])
      .filter((s) => s.status === 'open' && s.startMs !== fullStartMs)
      .slice(0, Math.ceil(want / 2));
    const offer = (
      c: CatalogCenter,
      s: FreeSlot & { start: string; end: string },
      distance: number | null,
    ): SlotOffer => ({
      centerId: c.id,
      centerName: c.name,
      distanceMeters: distance,
      start: s.start,
      end: s.end,
      left: s.left,
    });
    const out = here.map((s) => offer(center, s, 0));
    for (const n of nearby) {
      if (out.length >= want) break;
      const first = slots.get(n.center.id)?.find((s) => s.status === 'open');
      if (first) out.push(offer(n.center, first, n.distanceMeters));
    }
    return out;
  }

  /** Free places left in one slot. */
  async leftIn(place: SlotPlace): Promise<number> {
    const [row] = await this.repo.slotCounts(
      [place.centerId],
      place.group,
      place.startsAt,
      new Date(place.startsAt.getTime() + 1),
    );
    return row ? row.capacity - row.taken : place.capacity;
  }

  private bookableUntil(startMs: number): number {
    return startMs - this.config.bookings.sameDayCutoffMinutes * MINUTE_MS;
  }

  /** Every slot of the centers over the days, with places left from one query of the booked slot rows. */
  private async slotsOf(
    centers: CatalogCenter[],
    matterCode: string,
    days: LocalDate[],
    now: number,
  ): Promise<Map<string, (FreeSlot & Slot)[]>> {
    const group = this.groupOf(matterCode);
    const from = new Date(Date.parse(`${days[0]}T00:00:00+08:00`));
    const to = new Date(Date.parse(`${addDays(days[days.length - 1], 1)}T00:00:00+08:00`));
    const counts = await this.repo.slotCounts(
      centers.map((c) => c.id),
      group,
      from,
      to,
    );
    const taken = new Map(counts.map((r) => [`${r.centerId}|${r.startsAt.getTime()}`, r]));
    const closed = await this.closuresOf(
      centers.map((c) => c.id),
      days,
    );
    const out = new Map<string, (FreeSlot & Slot)[]>();
    for (const c of centers) {
      const list: (FreeSlot & Slot)[] = [];
      for (const date of days) {
        const schedule = this.scheduleOf(c, date, closed.get(c.id));
        if (!schedule.open) continue;
        for (const s of schedule.slots) {
          const row = taken.get(`${c.id}|${s.startMs}`);
          const capacity = row?.capacity ?? this.capacityOf(c);
          const left = Math.max(0, capacity - (row?.taken ?? 0));
          const status = now >= this.bookableUntil(s.startMs) ? 'past' : left === 0 ? 'full' : 'open';
          list.push({
            ...s,
            date,
            capacity,
            left,
            status,
            start: toShanghaiIso(new Date(s.startMs)),
            end: toShanghaiIso(new Date(s.endMs)),
          });
        }
      }
      out.set(c.id, list);
    }
    return out;
  }
}

import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type {
  Booking,
  BookingList,
  BookingRequest,
  CheckIn,
  RescheduleRequest,
  StaffScopes,
  WaitlistEntry,
  WaitlistList,
  WaitlistRequest,
} from '@zsb/contracts';
import { ResidentService } from '../auth/resident.service';
import { StaffRepository } from '../auth/staff.repository';
import { CatalogService } from '../catalog/catalog.service';
import { CenterDirectory } from '../catalog/center-directory';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { retryOnConflict } from '../common/transaction-conflict';
import { randomToken } from '../common/random';
import { toShanghaiIso } from '../common/time';
import { describeDriverError } from '../common/unavailable';
import { AppConfig } from '../config/app-config';
import { toBooking, toWaitlistEntry } from './booking-views';
import { NotificationsService } from '../notifications/notifications.service';
import {
  type BookingRules,
  changeRefusal,
  type ChangeRefusal,
  checkInValid,
  mayJoinWaitlist,
  personalRefusal,
  type PersonalRefusal,
  rulesAt,
} from './booking-rules';
import { BookingsRepository, type BookingRow, type NewBooking, type SlotPlace, slotOf } from './bookings.repository';
import { compareSlots } from './slot-lock-order';
import { SlotsService } from './slots.service';
import { WaitlistRepository } from './waitlist.repository';
import { type Handover, handOver } from './waitlist-handover';
import { waitlistBookedNotice, waitlistPassedOverNotice } from './waitlist-notices';

const MINUTE_MS = 60_000;
const LIST_LIMIT = 100;
// Staff may check a resident in up to an hour before the slot (people come early, especially the elderly).
const EARLY_CHECK_IN_MS = 60 * MINUTE_MS;

/** The booking rules: who may book what, when; cancellation, rescheduling, the waitlist and check-in. */
@Injectable()
export class BookingsService {
  constructor(
    private readonly config: AppConfig,
    private readonly slots: SlotsService,
    private readonly directory: CenterDirectory,
    private readonly catalog: CatalogService,
    private readonly repo: BookingsRepository,
    private readonly waitlist: WaitlistRepository,
    private readonly residents: ResidentService,
    private readonly staff: StaffRepository,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  private readonly logger = new Logger(BookingsService.name);

  private get changeCutoffMs(): number {
    return this.config.bookings.changeCutoffMinutes * MINUTE_MS;
  }

  async book(
    residentId: string,
    request: BookingRequest,
    idempotencyKey: string | undefined,
  ): Promise<{ booking: Booking; replayed: boolean }> {
    await this.residents.requireVerified(residentId);
    const center = this.slots.bookableCenter(request.centerId, request.matterCode);
    const place = this.slots.place(center, request.matterCode, request.start);
    const b = this.config.bookings;
    const newBooking = {
      residentId,
      matterCode: request.matterCode,
      place,
      checkInCode: randomToken(),
      idempotencyKey: idempotencyKey ?? null,
      requestHash: hashOf([request.centerId, request.matterCode, place.startsAt.toISOString()]),
    };
    const outcome = await retryOnConflict(() => this.takeBooking(newBooking), bookingBusy);
    if (outcome.kind === 'refused') {
      const error = new AppError(
        outcome.code,
        outcome.code === 'BOOKING_LIMIT_REACHED'
          ? `您同时最多可有 ${b.maxActive} 个预约，请先办完或取消一个再约`
          : undefined,
      );
      if (outcome.code === 'BOOKING_SLOT_FULL')
        error.offers = await this.slots.offers(center, request.matterCode, place.startsAt.getTime());
      throw error;
    }
    return { booking: this.view(outcome.booking), replayed: outcome.kind === 'replayed' };
  }

  /**
   * Books a place in one transaction. The resident's row is locked first, so one person's concurrent requests
   * (the same Idempotency-Key sent twenty times, or two matters at once) run one after another and the personal
   * rules read a settled state. The place itself is taken by one conditional upsert on the slot row, so two BFF
   * instances booking the last place can never both get it.
   */
  private takeBooking(input: NewBooking): Promise<BookOutcome> {
    return this.repo.inTransaction(async (steps): Promise<BookOutcome> => {
      const rules = this.rules();
      await steps.lockResident(input.residentId);
      if (input.idempotencyKey) {
        const first = await steps.byIdempotencyKey(input.residentId, input.idempotencyKey);
        if (first)
          return first.request_hash === input.requestHash
            ? { kind: 'replayed', booking: first }
            : { kind: 'refused', code: 'IDEMPOTENCY_KEY_REUSED' };
      }
      const refusal = personalRefusal(await steps.readStanding(input.residentId, rules), input.matterCode, rules);
      if (refusal) return { kind: 'refused', code: refusal };
      await steps.holdCenters([input.place.centerId]);
      if (await steps.closedAt(input.place)) return { kind: 'refused', code: 'CENTER_CLOSED' };
      if (!(await steps.takePlace(input.place))) return { kind: 'refused', code: 'BOOKING_SLOT_FULL' };
      return { kind: 'booked', booking: await steps.insertBooking(input) };
    });
  }

  /** The personal rules as of now: for a booker, and for the waiter a freed place is handed to. */
  private rules(): BookingRules {
    return rulesAt(this.clock.now(), this.config.bookings);
  }

  async list(residentId: string): Promise<BookingList> {
    const rows = await this.repo.listOwn(residentId, LIST_LIMIT);
    const now = this.clock.now();
    // Upcoming first (soonest at the top), then the past (latest first).
    const upcoming = rows.filter((r) => r.ends_at.getTime() > now).reverse();
    const past = rows.filter((r) => r.ends_at.getTime() <= now);
    return { items: [...upcoming, ...past].map((r) => this.view(r)) };
  }

  async get(residentId: string, id: string): Promise<Booking> {
    const row = await this.repo.own(residentId, id);
    if (!row) throw new AppError('BOOKING_NOT_FOUND');
    return this.view(row);
  }

  async cancel(residentId: string, id: string): Promise<Booking> {
    const current = await this.repo.own(residentId, id);
    const result = await retryOnConflict(
      () =>
        this.repo.inTransaction(async (steps) => {
          const rules = this.rules();
          // The freed place may go to a waiter: hold the center first, as every path that takes a place does.
          if (current) await steps.holdCenters([current.center_id]);
          const booking = await steps.lockOwnBooking(residentId, id);
          const refusal = changeRefusal(booking, rules.now, this.changeCutoffMs);
          if (refusal || !booking) return { ok: false as const, code: refusal ?? 'BOOKING_NOT_FOUND' };
          const cancelled = await steps.cancelBooking(id, rules.now);
          return { ok: true as const, booking: cancelled, handover: await handOver(steps, slotOf(cancelled), rules) };
        }),
      bookingBusy,
    );
    if (!result.ok) throw new AppError(result.code);
    await this.tellWaiters(result.handover);
    return this.view(result.booking);
  }

  async reschedule(residentId: string, id: string, request: RescheduleRequest): Promise<Booking> {
    const current = await this.repo.own(residentId, id);
    if (!current) throw new AppError('BOOKING_NOT_FOUND');
    const center = this.slots.bookableCenter(request.centerId ?? current.center_id, current.matter_code);
    const place = this.slots.place(center, current.matter_code, request.start);
    const result = await retryOnConflict(() => this.moveBooking(residentId, id, place, current.center_id), bookingBusy);
    if (!result.ok) {
      const error = new AppError(result.code);
      if (result.code === 'BOOKING_SLOT_FULL')
        error.offers = await this.slots.offers(center, current.matter_code, place.startsAt.getTime());
      throw error;
    }
    await this.tellWaiters(result.handover);
    return this.view(result.booking);
  }

  /**
   * Moves a confirmed booking to another slot in one transaction: both slot rows are locked first, in the global
   * slot order, so two residents swapping slots wait for each other instead of deadlocking; the new place is
   * taken before the old one is released (to the waitlist, or back to the slot).
   */
  private moveBooking(residentId: string, id: string, place: SlotPlace, fromCenter: string): Promise<Moved> {
    return this.repo.inTransaction(async (steps): Promise<Moved> => {
      const rules = this.rules();
      await steps.lockResident(residentId);
      // Both centers, before the booking row: a closure holds its center first and then locks bookings.
      await steps.holdCenters([fromCenter, place.centerId]);
      const old = await steps.lockOwnBooking(residentId, id);
      const refusal = changeRefusal(old, rules.now, this.changeCutoffMs);
      if (refusal || !old) return { ok: false, code: refusal ?? 'BOOKING_NOT_FOUND' };
      const from = slotOf(old);
      if (compareSlots(from, place) === 0)
        return { ok: true, booking: old, handover: { booked: null, passedOver: [] } };
      if (await steps.closedAt(place)) return { ok: false, code: 'CENTER_CLOSED' };
      await steps.lockSlots([{ ...from, capacity: null }, place]);
      if (!(await steps.takePlace(place))) return { ok: false, code: 'BOOKING_SLOT_FULL' };
      const booking = await steps.moveBooking(id, place, randomToken());
      return { ok: true, booking, handover: await handOver(steps, from, rules) };
    });
  }

  /**
   * Tells the waiter who got a freed place, and each one passed over on the way with the rule that stopped them
   * (before, a waiter at the booking limit just found their entry expired). Sent after the change is committed:
   * a notification that fails to be stored is logged and does not undo the resident's cancellation.
   */
  private async tellWaiters(handover: Handover): Promise<void> {
    const notices = handover.passedOver.map((p) => ({
      residentId: p.residentId,
      notice: waitlistPassedOverNotice(p.reason, this.config.bookings.maxActive),
    }));
    if (handover.booked)
      notices.push({ residentId: handover.booked.residentId, notice: waitlistBookedNotice(handover.booked.bookingId) });
    for (const { residentId, notice } of notices) {
      try {
        await this.notifications.add(residentId, notice);
      } catch (error) {
        this.logger.error(`waitlist notification ${notice.kind} not stored: ${describeDriverError(error)}`);
      }
    }
  }

  async joinWaitlist(residentId: string, request: WaitlistRequest): Promise<WaitlistEntry> {
    await this.residents.requireVerified(residentId);
    const center = this.slots.bookableCenter(request.centerId, request.matterCode);
    const place = this.slots.place(center, request.matterCode, request.start);
    // Someone at the limit could never be given the place when their turn came; say so now, not then.
    const rules = this.rules();
    if (!mayJoinWaitlist(await this.repo.activeCount(residentId, rules.now), rules))
      throw new AppError('BOOKING_LIMIT_REACHED', `您已有${rules.maxActive}个未完成的预约，取消一个后才能排队`);
    if ((await this.slots.leftIn(place)) > 0)
      throw new AppError('WAITLIST_NOT_NEEDED', '这个时段还有空位，可以直接预约');
    const id = await this.waitlist.join({
      residentId,
      centerId: center.id,
      matterCode: request.matterCode,
      group: place.group,
      startsAt: place.startsAt,
    });
    if (!id) throw new AppError('WAITLIST_NOT_NEEDED', '您已经在这个时段的候补名单里了');
    const entry = await this.waitlist.own(residentId, id);
    if (!entry) throw new AppError('WAITLIST_NOT_FOUND');
    return toWaitlistEntry(entry, center, this.matterName(request.matterCode), this.clock.now());
  }

  async listWaitlist(residentId: string): Promise<WaitlistList> {
    const rows = await this.waitlist.listOwn(residentId, LIST_LIMIT);
    const index = this.directory.current();
    const now = this.clock.now();
    return { items: rows.map((r) => toWaitlistEntry(r, index.byId(r.center_id), this.matterName(r.matter_code), now)) };
  }

  async leaveWaitlist(residentId: string, id: string): Promise<void> {
    if (!(await this.waitlist.leave(residentId, id))) throw new AppError('WAITLIST_NOT_FOUND');
  }

  /** The centers where the resident is window staff (none for almost everyone), so the app shows 窗口签到 only to them. */
  async staffScopes(residentId: string): Promise<StaffScopes> {
    const index = this.directory.current();
    return {
      centers: (await this.staff.scopesOf(residentId)).map((s) => ({
        id: s.centerId,
        name: index.byId(s.centerId)?.name ?? s.centerId,
        role: s.role,
      })),
    };
  }

  async checkIn(staffResidentId: string, code: string): Promise<CheckIn> {
    if ((await this.staff.centersOf(staffResidentId)).length === 0) throw new AppError('STAFF_ONLY');
    const now = this.clock.now();
    const result = await this.repo.inTransaction(async (steps) => {
      const booking = await steps.lockByCheckInCode(code);
      if (!booking || !checkInValid(booking, new Date(now), new Date(now + EARLY_CHECK_IN_MS)))
        return { ok: false as const, code: 'CHECK_IN_CODE_INVALID' as const };
      if (!(await steps.isStaffOf(staffResidentId, booking.center_id)))
        return { ok: false as const, code: 'CHECK_IN_OTHER_CENTER' as const };
      return { ok: true as const, booking: await steps.markCheckedIn(booking.id, new Date(now), staffResidentId) };
    });
    if (!result.ok) throw new AppError(result.code);
    const b = result.booking;
    // 一次一评: the one invitation to rate this visit, in 消息 (the booking page shows it too).
    await this.notifications.add(b.resident_id, {
      kind: 'review-invite',
      title: `「${this.matterName(b.matter_code)}」已签到`,
      body: '办完后欢迎评价本次窗口服务，可在“我的评价”里评价。',
      target: `/bookings/${b.id}`,
    });
    return {
      bookingId: b.id,
      matterName: this.matterName(b.matter_code),
      start: toShanghaiIso(b.starts_at),
      end: toShanghaiIso(b.ends_at),
      residentNameMasked: (await this.residents.maskedNameOf(b.resident_id)) ?? '（未实名）',
      checkedInAt: toShanghaiIso(b.checked_in_at ?? new Date(now)),
    };
  }

  private matterName(code: string): string {
    return this.catalog.snapshot().summary(code)?.name ?? '（该事项已调整）';
  }

  private view(row: BookingRow): Booking {
    return toBooking(row, {
      center: this.directory.current().byId(row.center_id),
      matterName: this.matterName(row.matter_code),
      now: this.clock.now(),
      changeCutoffMs: this.changeCutoffMs,
    });
  }
}

type BookOutcome =
  | { kind: 'booked'; booking: BookingRow }
  | { kind: 'replayed'; booking: BookingRow }
  | { kind: 'refused'; code: PersonalRefusal | 'BOOKING_SLOT_FULL' | 'CENTER_CLOSED' | 'IDEMPOTENCY_KEY_REUSED' };

type Moved =
  | { ok: true; booking: BookingRow; handover: Handover }
  | { ok: false; code: ChangeRefusal | 'BOOKING_SLOT_FULL' | 'CENTER_CLOSED' };

/** A change that met a concurrent one twice (a deadlock, a serialization failure): nothing was changed; send again. */
function bookingBusy(cause: unknown): AppError {
  const error = new AppError('BOOKING_BUSY');
  error.internalDetail = `transaction conflict twice: ${describeDriverError(cause)}`;
  error.retryAfterSec = 1;
  return error;
}

function hashOf(parts: string[]): string {
  return createHash('sha256').update(parts.join('\n')).digest('base64url');
}

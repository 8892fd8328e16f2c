import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ClosureRequest } from '@zsb/contracts';
import { Clock } from '../common/clock';
import { AppError } from '../common/errors';
import { randomId, randomToken } from '../common/random';
import { retryOnConflict } from '../common/transaction-conflict';
import { addDays, localParts } from '../calendar/opening-hours';
import type { CatalogCenter } from '../model/catalog.types';
import { slotOf, type SlotPlace } from './bookings.repository';
import {
  cancelledNotice,
  closureOf,
  closureProblem,
  movedNotice,
  waitlistEndedNotice,
  type ClosedPeriod,
} from './closure-rules';
import { ClosuresRepository, type ClosureRow, type ClosureSteps } from './closures.repository';
import { SlotsService } from './slots.service';

const period = (r: ClosureRow): ClosedPeriod => ({
  startsAt: r.starts_at,
  endsAt: r.ends_at,
  reason: r.reason,
  note: r.note,
});

/**
 * 临时停止服务: closes a center for a period in one transaction — the closure, every booking in it moved to the
 * center's first free slot after it (or cancelled when the booking horizon has none), the waitlist for it ended,
 * and a message to each resident saying why; `alsoInTransaction` adds the caller's audit line to the same commit.
 */
@Injectable()
export class ClosuresService {
  constructor(
    private readonly repo: ClosuresRepository,
    private readonly slots: SlotsService,
    private readonly clock: Clock,
  ) {}

  async close({
    actorId,
    center,
    request,
    idempotencyKey,
    alsoInTransaction,
  }: {
    actorId: string;
    center: CatalogCenter;
    request: ClosureRequest;
    idempotencyKey: string | undefined;
    alsoInTransaction: (steps: ClosureSteps, closure: ClosureRow) => Promise<void>;
  }): Promise<{ closure: ClosureRow; replayed: boolean }> {
    const startMs = Date.parse(request.start);
    const endMs = Date.parse(request.end);
    const problem = closureProblem(startMs, endMs, this.clock.now());
    if (problem) throw new AppError('VALIDATION_FAILED', problem, [{ field: 'end', message: problem }]);
    const requestHash = createHash('sha256')
      .update(JSON.stringify([center.id, startMs, endMs, request.reason, request.note]))
      .digest('base64url');
    return retryOnConflict(
      () =>
        this.repo.inTransaction(async (steps) => {
          await steps.holdExclusive(center.id);
          if (idempotencyKey) {
            const first = await steps.byIdempotencyKey(actorId, idempotencyKey);
            if (first) {
              if (first.request_hash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
              return { closure: first, replayed: true };
            }
          }
          const closure = await steps.insert({
            id: randomId(),
            center_id: center.id,
            starts_at: new Date(startMs),
            ends_at: new Date(endMs),
            reason: request.reason,
            note: request.note,
            created_by: actorId,
            idempotency_key: idempotencyKey ?? null,
            request_hash: requestHash,
          });
          const done = await this.apply(steps, center, closure);
          await alsoInTransaction(steps, done);
          return { closure: done, replayed: false };
        }),
      () => new AppError('BOOKING_BUSY', '正在处理同一中心的其他变更，请稍后重试'),
    );
  }

  /** Moves or cancels every booking the closure touches and ends its waitlist; returns the closure with its counts. */
  private async apply(steps: ClosureSteps, center: CatalogCenter, closure: ClosureRow): Promise<ClosureRow> {
    const now = this.clock.now();
    const bookings = await steps.lockBookingsIn(center.id, closure.starts_at, closure.ends_at);
    const days = this.slots.horizon(now);
    const horizonEnd = new Date(Date.parse(`${addDays(days[days.length - 1], 1)}T00:00:00+08:00`));
    const closed = (await steps.closuresOf(center.id, closure.starts_at, horizonEnd)).map(period);
    // Candidate slots: the center's own, from the end of the closure to the end of the horizon, outside every
    // closure, still bookable now. The same for every booking; places are checked per matter group.
    const candidates = this.slots
      .scheduleFrom(center, localParts(closure.ends_at.getTime()).date, days[days.length - 1])
      .filter((s) => s.startMs >= closure.ends_at.getTime() && this.slots.stillBookable(s.startMs, now))
      .filter((s) => !closureOf(s, closed));
    const capacity = this.slots.capacityOf(center);
    const leftByGroup = new Map<string, Map<number, number>>();
    let moved = 0;
    let cancelled = 0;
    for (const b of bookings) {
      let left = leftByGroup.get(b.group_code);
      if (!left) {
        left = await steps.takenFrom(center.id, b.group_code, closure.ends_at, horizonEnd);
        leftByGroup.set(b.group_code, left);
      }
      const from = slotOf(b);
      await steps.booking.freePlace(from);
      let placed: SlotPlace | null = null;
      for (const s of candidates) {
        if ((left.get(s.startMs) ?? capacity) <= 0) continue;
        const place: SlotPlace = {
          centerId: center.id,
          startsAt: new Date(s.startMs),
          endsAt: new Date(s.endMs),
          group: b.group_code,
          capacity,
        };
        // The place is taken by the same conditional upsert every booking uses; the counts read above only
        // choose where to try, and nobody else books here while the center is held.
        const took = await steps.booking.takePlace(place);
        left.set(s.startMs, took ? (left.get(s.startMs) ?? capacity) - 1 : 0);
        if (took) {
          placed = place;
          break;
        }
      }
      if (placed) {
        const notice = movedNotice(center.name, period(closure), {
          from: b.starts_at,
          to: placed.startsAt,
          bookingId: b.id,
        });
        await steps.moveTo(b.id, {
          place: placed,
          checkInCode: randomToken(),
          closureId: closure.id,
          notice: notice.body,
        });
        await steps.notify(b.resident_id, notice);
        moved += 1;
        continue;
      }
      const notice = cancelledNotice(center.name, period(closure), b.starts_at, b.id);
      await steps.cancel(b.id, new Date(now), closure.id, notice.body);
      await steps.notify(b.resident_id, notice);
      cancelled += 1;
    }
    const waiting = await steps.endWaitlist(center.id, closure.starts_at, closure.ends_at);
    for (const w of waiting)
      await steps.notify(w.resident_id, waitlistEndedNotice(center.name, period(closure), w.starts_at));
    return steps.setCounts(closure.id, moved, cancelled, waiting.length);
  }

  list(centerIds: string[]) {
    return this.repo.list(centerIds, 200);
  }

  /** Closures of these centers not over yet, earliest first. */
  async upcoming(centerIds: string[]): Promise<ClosureRow[]> {
    const rows = await this.repo.inEffect(
      centerIds,
      new Date(this.clock.now()),
      new Date(this.clock.now() + 400 * 86_400_000),
    );
    return rows.sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime());
  }
}

import { type BookingRules, personalRefusal, type ResidentStanding } from './booking-rules';
import type { SlotKey } from './slot-lock-order';
import type { PassOverReason } from './waitlist-notices';

/** What became of a freed place: booked for a waiter, and who was passed over on the way (and why). */
export interface Handover {
  booked: { residentId: string; bookingId: string } | null;
  passedOver: { residentId: string; reason: PassOverReason }[];
}

export type FreedSlot = SlotKey & { endsAt: Date };

export interface Waiter {
  id: string;
  residentId: string;
  matterCode: string;
}

/** The lock, read and write steps the hand-over is made of, inside the transaction that freed the place. */
export interface HandoverSteps {
  /** The first waiting entry of the slot, locked, skipping entries locked by others and those in `except`. */
  nextWaiter(slot: FreedSlot, except: string[]): Promise<Waiter | undefined>;
  /** Locks the waiter's resident row unless someone holds it right now; false then (never waits: that could deadlock). */
  lockWaiterIfFree(residentId: string): Promise<boolean>;
  readStanding(residentId: string, rules: BookingRules): Promise<ResidentStanding>;
  expireEntry(waiterId: string): Promise<void>;
  /** Books the place for the waiter and marks the entry booked; null (entry expired) when they hold that matter already. */
  bookForWaiter(waiter: Waiter, slot: FreedSlot): Promise<string | null>;
  /** Gives the place back to the slot (nobody able was waiting). */
  freePlace(slot: FreedSlot): Promise<void>;
}

/**
 * A freed place goes to the first resident waiting for that slot and group who can still take it under the same
 * personal rules as a booker (not suspended, under the active limit, no other active booking for the matter).
 * Waiters who cannot take it leave the list ('expired') and are named with the rule, so they can be told; a waiter
 * whose row is busy this very moment is skipped this time and stays waiting. With nobody able waiting (or the
 * slot already started) the place goes back to the slot.
 */
export async function handOver(steps: HandoverSteps, slot: FreedSlot, rules: BookingRules): Promise<Handover> {
  const handover: Handover = { booked: null, passedOver: [] };
  const busy: string[] = [];
  for (;;) {
    const waiter = slot.startsAt > rules.now ? await steps.nextWaiter(slot, busy) : undefined;
    if (!waiter) {
      await steps.freePlace(slot);
      return handover;
    }
    if (!(await steps.lockWaiterIfFree(waiter.residentId))) {
      busy.push(waiter.id);
      continue;
    }
    const refusal = personalRefusal(await steps.readStanding(waiter.residentId, rules), waiter.matterCode, rules);
    if (refusal) {
      await steps.expireEntry(waiter.id);
      handover.passedOver.push({ residentId: waiter.residentId, reason: refusal });
      continue;
    }
    const bookingId = await steps.bookForWaiter(waiter, slot);
    if (bookingId) {
      handover.booked = { residentId: waiter.residentId, bookingId };
      return handover;
    }
    handover.passedOver.push({ residentId: waiter.residentId, reason: 'BOOKING_DUPLICATE_MATTER' });
  }
}

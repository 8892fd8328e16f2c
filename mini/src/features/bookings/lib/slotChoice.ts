import type { Slot, SlotDay } from '@zsb/contracts';

/**
 * Under a day chip: why it is closed, how many places are left, that it is full (then: 候补), or that its booking
 * time is over (今天 after the last slot: nobody took those places, so 已约满 would send people to a dead waitlist).
 */
export function dayNote(day: SlotDay): string {
  if (!day.open) return day.closedReason ?? '不办公';
  if (day.state === 'ended') return '已结束';
  return day.left > 0 ? `余 ${day.left}` : '已约满';
}

/** The first day after `date` with a place to book, to offer when `date` has ended. */
export function nextOpenDay(days: SlotDay[], date: string): SlotDay | undefined {
  return days.find((d) => d.date > date && d.state === 'open');
}

export type SlotView = 'open' | 'full' | 'past';

/** A slot with no place left is full whatever status says; past slots cannot be booked or waited for. */
export function slotView(slot: Slot): SlotView {
  if (slot.status === 'past') return 'past';
  if (slot.status === 'full' || slot.left <= 0) return 'full';
  return 'open';
}

import type { Slot, SlotDay } from '@zsb/contracts';

/** Under a day chip: why it is closed, how many places are left, or that it is full (then: 候补). */
export function dayNote(day: SlotDay): string {
  if (!day.open) return day.closedReason ?? '不办公';
  return day.left > 0 ? `余 ${day.left}` : '已约满';
}

export type SlotView = 'open' | 'full' | 'past';

/** A slot with no place left is full whatever status says; past slots cannot be booked or waited for. */
export function slotView(slot: Slot): SlotView {
  if (slot.status === 'past') return 'past';
  if (slot.status === 'full' || slot.left <= 0) return 'full';
  return 'open';
}

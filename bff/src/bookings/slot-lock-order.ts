/** A slot row's key: booking_slot is unique on (center_id, starts_at, group_code). */
export interface SlotKey {
  centerId: string;
  startsAt: Date;
  group: string;
}

/**
 * The slot rows a transaction will lock, each once, in the one global order every path follows (center, start,
 * group). Two transactions that need the same two rows then wait for each other instead of each holding one
 * and waiting for the other (the deadlock of two opposite reschedules).
 */
export function inLockOrder<T extends SlotKey>(slots: readonly T[]): T[] {
  const unique = new Map<string, T>();
  for (const s of slots) unique.set(keyOf(s), s);
  return [...unique.values()].sort(compareSlots);
}

export function compareSlots(a: SlotKey, b: SlotKey): number {
  if (a.centerId !== b.centerId) return a.centerId < b.centerId ? -1 : 1;
  if (a.startsAt.getTime() !== b.startsAt.getTime()) return a.startsAt.getTime() - b.startsAt.getTime();
  if (a.group !== b.group) return a.group < b.group ? -1 : 1;
  return 0;
}

function keyOf(s: SlotKey): string {
  return `${s.centerId}\n${s.startsAt.getTime()}\n${s.group}`;
}

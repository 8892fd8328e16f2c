import type { SlotDayState } from '@zsb/contracts';
import type { LocalDate } from '@zsb/domain';
import type { BusinessCalendar } from '../calendar/business-calendar';
import { hoursOn, instantOf } from '../calendar/opening-hours';
import type { CatalogCenter } from '../model/catalog.types';

export interface SlotTime {
  startMs: number;
  endMs: number;
}

const MINUTE_MS = 60_000;

export type DaySchedule = { open: true; slots: SlotTime[] } | { open: false; reason: string };

// Windows a center has when the platform does not say: a hall has several, a village station one.
const DEFAULT_WINDOWS: Record<CatalogCenter['kind'], number> = { center: 4, station: 1, 'bank-point': 2, kiosk: 0 };

export function windowsOf(center: CatalogCenter): number {
  // A snapshot stored before the platform sent window_count has none until the next sync replaces it.
  return center.windows ?? DEFAULT_WINDOWS[center.kind];
}

/** Kiosks are self-service: nobody to book. */
export function isBookable(center: CatalogCenter): boolean {
  return center.kind !== 'kiosk' && windowsOf(center) > 0;
}

/**
 * The slots of one day cut from the center's hours: `slotMinutes` long, inside each range (so never across the
 * lunch break), none on a holiday for offices, Monday's hours on an adjusted working weekend day.
 */
export function daySchedule(
  center: CatalogCenter,
  date: LocalDate,
  calendar: BusinessCalendar,
  slotMinutes: number,
): DaySchedule {
  const hours = hoursOn(center, date, calendar);
  if (!hours.open) return hours;
  const slots: SlotTime[] = [];
  // The day's midnight once, then minutes on it (no daylight saving in China): parsing the date for every slot
  // edge was most of the service map's CPU when it shows 20 places' next free slot.
  const midnight = instantOf(date, 0);
  for (const [from, to] of hours.ranges) {
    for (let m = from; m + slotMinutes <= to; m += slotMinutes)
      slots.push({ startMs: midnight + m * MINUTE_MS, endMs: midnight + (m + slotMinutes) * MINUTE_MS });
  }
  return slots.length ? { open: true, slots } : { open: false, reason: '当天不对外办公' };
}

/**
 * What is left of a day for the day picker: a day whose slots are all past has ended (今天 after the last slot),
 * which is not the same as full: nobody took those places, and a waitlist for them would never move.
 */
export function dayState(open: boolean, slots: { status: 'open' | 'full' | 'past' }[]): SlotDayState {
  if (!open) return 'closed';
  if (slots.some((s) => s.status === 'open')) return 'open';
  return slots.some((s) => s.status === 'full') ? 'full' : 'ended';
}

import type { CenterQuery } from '@zsb/contracts';
import { createStore } from '@/stores/createStore';
import { readObject, writeValue } from '@/stores/storage';

/** Where the resident looks from: the phone's position, or a county/township chosen when there is none. */
export type Place =
  | { kind: 'here'; lat: number; lng: number; coord: 'gcj02' | 'wgs84' }
  | { kind: 'area'; county: string; township: string | null };

const AREA_KEY = 'zsb.centerArea';

/** The place for this session: the list, the map and the booking flow ask for the position once. */
export const placeStore = createStore<Place | null>(null);

/** The last chosen county/township, so a resident who refused the position is not asked to choose every time. */
export function savedArea(): Extract<Place, { kind: 'area' }> | null {
  // Nothing saved or storage unreadable: choose again.
  const saved = readObject<{ county?: unknown; township?: unknown }>(AREA_KEY);
  if (saved && typeof saved.county === 'string' && saved.county !== '') {
    return { kind: 'area', county: saved.county, township: typeof saved.township === 'string' ? saved.township : null };
  }
  return null;
}

export function setPlace(place: Place): void {
  placeStore.set(place);
  if (place.kind !== 'area') return;
  // Storage full or denied: the choice still holds for this session.
  writeValue(AREA_KEY, { county: place.county, township: place.township });
}

export function placeQuery(place: Place): Pick<CenterQuery, 'lat' | 'lng' | 'coord' | 'county' | 'township'> {
  if (place.kind === 'here') return { lat: place.lat, lng: place.lng, coord: place.coord };
  return { county: place.county, township: place.township ?? undefined };
}

/** 「您附近」 or 「汝南县 · 和孝镇」 */
export function placeText(place: Place): string {
  if (place.kind === 'here') return '您附近';
  return place.township ? `${place.county} · ${place.township}` : place.county;
}

/** Same place, same answer: a key for useQuery. */
export function placeKey(place: Place): string {
  // ~10 m: a position that jitters by a metre does not reload the list.
  if (place.kind === 'here') return `here:${place.lat.toFixed(4)},${place.lng.toFixed(4)},${place.coord}`;
  return `area:${place.county}|${place.township ?? ''}`;
}

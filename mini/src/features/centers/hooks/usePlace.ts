import { useCallback, useEffect, useState } from 'react';
import { useStore } from '@/stores/createStore';
import { locate } from '@/lib/location';
import { LocationError } from '@/lib/location.types';
import { placeStore, savedArea, setPlace, type Place } from '../lib/place';

export type PlaceState =
  | { status: 'locating'; place: null }
  | { status: 'ready'; place: Place }
  /** No position: the page shows the county/township picker, never a blank page. */
  | { status: 'choose'; place: Place | null; why: string };

const WHY: Record<LocationError['reason'], string> = {
  denied: '您没有允许使用位置信息，请选择您所在的县（市、区）和乡镇（街道）',
  failed: '暂时没能获取您的位置，请选择您所在的县（市、区）和乡镇（街道）',
};

/**
 * The place to look from: the session's place, else the phone's position, else the county/township chosen last
 * time, else the resident chooses one now.
 */
export function usePlace() {
  const place = useStore(placeStore);
  const [locating, setLocating] = useState(place === null);
  const [choosing, setChoosing] = useState<string | null>(null);

  const relocate = useCallback(() => {
    setLocating(true);
    setChoosing(null);
    locate()
      .then((p) => setPlace({ kind: 'here', ...p }))
      .catch((err: unknown) => {
        const reason = err instanceof LocationError ? err.reason : 'failed';
        const saved = savedArea();
        if (saved && placeStore.get() === null) setPlace(saved);
        else setChoosing(WHY[reason]);
      })
      .finally(() => setLocating(false));
  }, []);

  useEffect(() => {
    if (placeStore.get() === null) relocate();
  }, [relocate]);

  const choose = useCallback((next: Place) => {
    setPlace(next);
    setChoosing(null);
  }, []);

  /** 切换地点: pick a county/township even though a place is known. */
  const change = useCallback(() => setChoosing('请选择要查看的县（市、区）和乡镇（街道）'), []);

  let state: PlaceState;
  if (choosing !== null) state = { status: 'choose', place, why: choosing };
  else if (place) state = { status: 'ready', place };
  else if (locating) state = { status: 'locating', place: null };
  else state = { status: 'choose', place: null, why: WHY.failed };

  return { state, relocate, choose, change, cancelChange: () => setChoosing(null) };
}

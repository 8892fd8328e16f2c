import { useEffect, useState } from 'react';
import type { ApplicationDetail } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import { asApiError, type ApiError } from '@/api/errors';

// The platform answers within seconds when it is up; the outbox keeps trying for much longer when it is not.
const POLL_MS = 2000;
const POLL_TRIES = 15;

/**
 * Just-submitted applications, asked for every 2 seconds until each has its 办件编号 (for about half a minute;
 * then `gaveUp`, and `refresh` starts again). Each shows as soon as its own number is there.
 */
export function useNumbered(ids: string[]) {
  const key = ids.join(',');
  const [details, setDetails] = useState<Record<string, ApplicationDetail>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [gaveUp, setGaveUp] = useState(false);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const wanted = key ? key.split(',') : [];
    if (wanted.length === 0) return undefined;
    let live = true;
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const have: Record<string, ApplicationDetail> = {};
    const tick = async () => {
      const waiting = wanted.filter((id) => !have[id]?.number);
      const answers = await Promise.allSettled(waiting.map((id) => applicationsApi.detail(id)));
      if (!live) return;
      let failed: ApiError | null = null;
      answers.forEach((a, i) => {
        if (a.status === 'fulfilled') have[waiting[i]] = a.value.data;
        else failed = asApiError(a.reason);
      });
      setDetails((d) => ({ ...d, ...have }));
      setError(failed);
      if (wanted.every((id) => have[id]?.number)) return;
      tries += 1;
      if (tries >= POLL_TRIES) setGaveUp(true);
      else timer = setTimeout(() => void tick(), POLL_MS);
    };
    setGaveUp(false);
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, round]);

  return { details, error, gaveUp, refresh: () => setRound((r) => r + 1) };
}

import { useEffect, useState } from 'react';
import type { DisplayCodeStatus } from '@zsb/contracts';
import { licencesApi } from '@/api/licences';

const POLL_MS = 3000;

/**
 * Whether the 亮证码 on screen was verified, asked every 3 s while it is live: once it is, the holder's page says so
 * instead of counting down a code that no longer works. A failed ask is simply asked again.
 */
export function useCodeUsed(statusId: string | null, live: boolean): DisplayCodeStatus | null {
  const [used, setUsed] = useState<DisplayCodeStatus | null>(null);
  useEffect(() => setUsed(null), [statusId]);
  useEffect(() => {
    if (!statusId || !live || used) return undefined;
    let stopped = false;
    const ask = () =>
      licencesApi.displayStatus(statusId).then(
        (res) => {
          if (!stopped && res.data.verified) setUsed(res.data);
        },
        () => undefined,
      );
    const timer = setInterval(() => void ask(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [statusId, live, used]);
  return used;
}

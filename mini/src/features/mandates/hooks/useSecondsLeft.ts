import { useEffect, useState } from 'react';

/** Whole seconds until the deadline, re-read from the clock each second (a timer paused in the background catches up). */
export function useSecondsLeft(deadlineMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadlineMs === null) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadlineMs]);
  return deadlineMs === null ? 0 : Math.max(0, Math.ceil((deadlineMs - now) / 1000));
}

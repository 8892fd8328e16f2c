import { useEffect, useState } from 'react';
import { secondsLeft } from '../lib/countdown';

/** Seconds until the deadline, re-read from the clock twice a second (a timer paused in the background catches up). */
export function useSecondsLeft(deadlineMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadlineMs === null) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [deadlineMs]);
  return deadlineMs === null ? 0 : secondsLeft(deadlineMs, now);
}

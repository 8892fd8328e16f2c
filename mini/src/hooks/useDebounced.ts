import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `ms` — so typing 社保卡 sends one search, not three. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

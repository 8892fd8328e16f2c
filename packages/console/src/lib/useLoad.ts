import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
  reload: () => void;
}

const asApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError(0, 'CLIENT_ERROR', '页面出了点问题，请重试');

/** Loads `load()` whenever `key` changes; an answer to an older key is dropped. */
export function useLoad<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: load !== null,
  });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const fn = loadRef.current;
    if (!fn) return;
    const mine = ++latest.current;
    setState((s) => ({ data: s.data, error: null, loading: true }));
    fn().then(
      (data) => mine === latest.current && setState({ data, error: null, loading: false }),
      (e: unknown) => mine === latest.current && setState({ data: null, error: asApiError(e), loading: false }),
    );
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}

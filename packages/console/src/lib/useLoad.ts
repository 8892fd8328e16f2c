import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface Loaded<T> {
  data: T | null;
  error: ApiError | null;
  /** True from the first render of a new key until its answer: never "no data, no error, not loading". */
  loading: boolean;
  reload: () => void;
}

const asApiError = (e: unknown): ApiError =>
  e instanceof ApiError ? e : new ApiError(0, 'CLIENT_ERROR', '页面出了点问题，请重试');

interface State<T> {
  key: string | null;
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

/** Loads `load()` whenever `key` changes (nothing while `load` is null); an answer to an older key is dropped. */
export function useLoad<T>(load: (() => Promise<T>) | null, key: string): Loaded<T> {
  const [state, setState] = useState<State<T>>({ key: null, data: null, error: null, loading: false });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const fn = loadRef.current;
    if (!fn) return;
    const mine = ++latest.current;
    // The previous answer stays on screen (under a spinner) while the next one loads.
    setState((s) => ({ ...s, error: null, loading: true }));
    fn().then(
      (data) => mine === latest.current && setState({ key, data, error: null, loading: false }),
      (e: unknown) => mine === latest.current && setState({ key, data: null, error: asApiError(e), loading: false }),
    );
  }, [key, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  const loading = load !== null && (state.loading || state.key !== key);
  return { data: state.data, error: loading ? null : state.error, loading, reload };
}

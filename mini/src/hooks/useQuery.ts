import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiResult, ResponseMeta } from '../api/client';
import { asApiError, type ApiError } from '../api/errors';

export type QueryState<T> =
  | { status: 'loading'; data: null; error: null; meta: null }
  | { status: 'ok'; data: T; error: null; meta: ResponseMeta }
  | { status: 'error'; data: null; error: ApiError; meta: null };

/**
 * Loads once per change of `key` and on reload(). Answers that arrive after a newer request started are
 * dropped, so a slow old answer can never overwrite a newer one.
 */
export function useQuery<T>(key: string | null, load: () => Promise<ApiResult<T>>) {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading', data: null, error: null, meta: null });
  const seq = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback(() => {
    const mine = ++seq.current;
    setState({ status: 'loading', data: null, error: null, meta: null });
    loadRef
      .current()
      .then((res) => {
        if (mine === seq.current) setState({ status: 'ok', data: res.data, error: null, meta: res.meta });
      })
      .catch((err: unknown) => {
        if (mine === seq.current) setState({ status: 'error', data: null, error: asApiError(err), meta: null });
      });
  }, []);

  useEffect(() => {
    if (key !== null) run();
  }, [key, run]);

  return { state, reload: run };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { MatterQuery, MatterSummary } from '@zsb/contracts';
import { catalogApi } from '../api/catalog';
import type { ResponseMeta } from '../api/client';
import { asApiError, type ApiError } from '../api/errors';

export type SearchStatus = 'loading' | 'ready' | 'error' | 'loadingMore' | 'moreError';

export interface SearchState {
  status: SearchStatus;
  items: MatterSummary[];
  total: number;
  page: number;
  error: ApiError | null;
  meta: ResponseMeta | null;
}

const PAGE_SIZE = 20;
const initial: SearchState = { status: 'loading', items: [], total: 0, page: 0, error: null, meta: null };

export function hasMore(state: Pick<SearchState, 'items' | 'total' | 'status'>): boolean {
  return state.status === 'ready' && state.items.length < state.total;
}

/**
 * Paged matter search. A new query starts over at page 1; answers to an older query (a slow network while
 * the resident keeps typing) are ignored.
 */
export function useMatterSearch(query: Omit<MatterQuery, 'page' | 'pageSize'>) {
  const [state, setState] = useState<SearchState>(initial);
  const seq = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;
  const key = JSON.stringify(query);
  const queryRef = useRef(query);
  queryRef.current = query;

  const fetchPage = useCallback((page: number) => {
    const mine = ++seq.current;
    setState((s) => (page === 1 ? { ...initial } : { ...s, status: 'loadingMore', error: null }));
    catalogApi
      .searchMatters({ ...queryRef.current, page, pageSize: PAGE_SIZE })
      .then(({ data, meta }) => {
        if (mine !== seq.current) return;
        setState((s) => ({
          status: 'ready',
          items: page === 1 ? data.items : [...s.items, ...data.items],
          total: data.total,
          page,
          error: null,
          meta,
        }));
      })
      .catch((err: unknown) => {
        if (mine !== seq.current) return;
        setState((s) => ({ ...s, status: page === 1 ? 'error' : 'moreError', error: asApiError(err) }));
      });
  }, []);

  useEffect(() => {
    fetchPage(1);
  }, [key, fetchPage]);

  const loadMore = useCallback(() => {
    const s = stateRef.current;
    if (hasMore(s) || s.status === 'moreError') fetchPage(s.page + 1);
  }, [fetchPage]);

  const retry = useCallback(() => fetchPage(1), [fetchPage]);

  return { state, loadMore, retry };
}

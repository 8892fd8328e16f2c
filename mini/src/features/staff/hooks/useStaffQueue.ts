import { useState } from 'react';
import type { ApiResult } from '@/api/client';
import { useQuery } from '@/hooks/useQuery';

/**
 * A staff work queue (差评整改, 反映和咨询) in the server's order (overdue first); an item just acted on shows its
 * new state until the queue is loaded again.
 */
export function useStaffQueue<T extends { id: string }>(
  key: string,
  load: () => Promise<ApiResult<{ items: T[] }>>,
  enabled: boolean,
) {
  const query = useQuery(enabled ? key : null, load);
  const [updated, setUpdated] = useState<Record<string, T>>({});
  const items = (query.state.data?.items ?? []).map((x: T) => updated[x.id] ?? x);
  const replace = (x: T) => setUpdated((u) => ({ ...u, [x.id]: x }));
  const reload = () => {
    setUpdated({});
    query.reload();
  };
  return { state: query.state, items, replace, reload };
}

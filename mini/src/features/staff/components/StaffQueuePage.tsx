import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { ApiResult } from '@/api/client';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useStaffQueue } from '../hooks/useStaffQueue';
import { useStaffScopes } from '../hooks/useStaffScopes';
import { NotStaff } from './NotStaff';

interface Props<T extends { id: string }> {
  /** The query key and the loader of the queue. */
  queueKey: string;
  load: () => Promise<ApiResult<{ items: T[] }>>;
  /** e2e-… prefix of the page's hooks (…-not-staff, …-empty). */
  hook: string;
  title: string;
  hint: string;
  /** What a resident who is not staff reads, and where their own items are. */
  notStaffHint: string;
  empty: string;
  item: (x: T, queue: { replace: (x: T) => void; reload: () => void }) => ReactNode;
}

/** A staff work queue page: who may see it, the centers it covers, loading, errors, an empty queue, the items. */
export function StaffQueuePage<T extends { id: string }>(p: Props<T>) {
  const scopes = useStaffScopes();
  const isStaff = scopes.state.status === 'ok' && scopes.state.data.centers.length > 0;
  const queue = useStaffQueue(p.queueKey, p.load, isStaff);

  if (scopes.state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={3} />
      </PageShell>
    );
  }
  if (scopes.state.status === 'error') {
    return (
      <PageShell>
        <ErrorState error={scopes.state.error} onRetry={scopes.reload} />
      </PageShell>
    );
  }
  if (!isStaff) {
    return (
      <PageShell>
        <NotStaff hook={`${p.hook}-not-staff`} hint={p.notStaffHint} />
      </PageShell>
    );
  }
  return (
    <PageShell meta={queue.state.meta} className="st-page">
      <View className="section st-head">
        <Text className="section__title">{p.title}</Text>
        <Text className="st-head__center">{scopes.state.data.centers.map((c) => c.name).join('、')}</Text>
        <Text className="muted st-head__hint">{p.hint}</Text>
      </View>
      {queue.state.status === 'loading' && <Skeleton rows={3} />}
      {queue.state.status === 'error' && <ErrorState error={queue.state.error} onRetry={queue.reload} />}
      {queue.state.status === 'ok' && queue.items.length === 0 && (
        <View className={`section ${p.hook}-empty`}>
          <Text className="muted">{p.empty}</Text>
        </View>
      )}
      {queue.items.map((x: T) => p.item(x, queue))}
    </PageShell>
  );
}

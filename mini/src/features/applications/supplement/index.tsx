import { View } from '@tarojs/components';
import { clientError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import { SupplementForm } from '../components/SupplementForm';
import { loadSupplement } from '../lib/loadSupplement';
import '@/components/form/form.css';
import '../progress.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/** 补正: only what the hall asked for, with its reasons. */
export default function SupplementPage() {
  const { id = '' } = useRouteParams('supplement');
  const { state, reload } = useQuery(id || null, () => loadSupplement(id));

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('APPLICATION_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={3} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  const ctx = state.data;
  if (!ctx.request) {
    return (
      <PageShell meta={state.meta}>
        <EmptyState title="现在没有需要补正的内容" hint="可能已经补过了，或者办理部门还没有提出要求">
          <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => go('application', { id })}>
            查看办件进度
          </View>
        </EmptyState>
      </PageShell>
    );
  }
  return (
    <PageShell meta={state.meta} className="pg-page pg-page--bar">
      <SupplementForm ctx={{ ...ctx, request: ctx.request }} />
    </PageShell>
  );
}

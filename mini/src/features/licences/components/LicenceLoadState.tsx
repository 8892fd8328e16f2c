import { clientError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import type { QueryState } from '@/hooks/useQuery';

/** What a licence page shows before its licence is there: no id in the URL, loading, or an error to act on. */
export function LicenceLoadState<T>({ id, state, onRetry }: { id: string; state: QueryState<T>; onRetry: () => void }) {
  return (
    <PageShell>
      {id === '' && <ErrorState error={clientError('LICENCE_NOT_FOUND', '')} />}
      {id !== '' && state.status === 'loading' && <Skeleton rows={3} />}
      {id !== '' && state.status === 'error' && <ErrorState error={state.error} onRetry={onRetry} />}
    </PageShell>
  );
}

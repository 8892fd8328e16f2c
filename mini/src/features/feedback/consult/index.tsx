import { useState } from 'react';
import { clientError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { useRouteParams } from '@/hooks/useRouteParams';
import { ConsultForm } from '../components/ConsultForm';
import { FeedbackSignIn } from '../components/FeedbackSignIn';
import { loadConsultContext } from '../lib/loadFeedback';
import { queryOrKept } from '../pendingFeedback';
import '../feedback.css';

/** 咨询 about one matter (from its guide), answered in writing by the center that handles it. */
export default function ConsultPage() {
  const params = useRouteParams('consult');
  const [query] = useState(() => queryOrKept('consult', params));
  const matterCode = query.matterCode?.trim() ?? '';
  const { state, reload } = useQuery(matterCode || null, () => loadConsultContext(matterCode));

  if (matterCode === '') {
    return (
      <PageShell>
        <ErrorState error={clientError('MATTER_CODE_INVALID', '')} />
      </PageShell>
    );
  }
  if (state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={3} />
      </PageShell>
    );
  }
  if (state.status === 'error') {
    return (
      <PageShell>
        {state.error.code === 'AUTH_REQUIRED' ? (
          <FeedbackSignIn page="consult" query={query} onSignedIn={reload} />
        ) : (
          <ErrorState error={state.error} onRetry={reload} />
        )}
      </PageShell>
    );
  }
  return (
    <PageShell meta={state.meta} className="fb-page">
      <ConsultForm matterCode={matterCode} matterName={state.data.matterName} />
    </PageShell>
  );
}

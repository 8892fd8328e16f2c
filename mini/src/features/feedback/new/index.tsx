import { useState } from 'react';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { useRouteParams } from '@/hooks/useRouteParams';
import { CaseForm } from '../components/CaseForm';
import { FeedbackSignIn } from '../components/FeedbackSignIn';
import { kindFromParam, linksFromParams } from '../lib/feedbackForm';
import { loadCaseContext } from '../lib/loadFeedback';
import { queryOrKept } from '../pendingFeedback';
import '../feedback.css';

/**
 * 反映办不成事: from 我的反映, a guide, an application, a booking or a center (what it is about comes in the query).
 * Sign-in is needed, 实名 is not.
 */
export default function FeedbackNewPage() {
  const params = useRouteParams('feedbackNew');
  // Back from an H5 sign-in the query is gone: what the page was opened for was kept for it.
  const [query] = useState(() => queryOrKept('feedbackNew', params));
  const [links] = useState(() => linksFromParams(query));
  const kind = kindFromParam(query.kind);
  const { state, reload } = useQuery(JSON.stringify(links), () => loadCaseContext(links));

  if (state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={4} />
      </PageShell>
    );
  }
  if (state.status === 'error') {
    return (
      <PageShell>
        {state.error.code === 'AUTH_REQUIRED' ? (
          <FeedbackSignIn page="feedbackNew" query={query} onSignedIn={reload} />
        ) : (
          <ErrorState error={state.error} onRetry={reload} />
        )}
      </PageShell>
    );
  }
  return (
    <PageShell className="fb-page">
      <CaseForm links={links} kind={kind} linked={state.data.linked} />
    </PageShell>
  );
}

import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { clientError } from '@/api/errors';
import { useQuery } from '@/hooks/useQuery';
import { ApplyFlow } from '../components/ApplyFlow';
import { loadApply } from '../lib/loadApply';
import '@/components/form/form.css';
import '../apply.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/** 在线办理: form, materials, delivery, review and submit, over a draft saved on the phone and the server. */
export default function ApplyPage() {
  const { code = '', draft: draftId, step } = useRouteParams('apply');
  const { state, reload } = useQuery(code ? `${code}|${draftId ?? ''}` : null, () => loadApply(code, draftId));

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {code === '' && <ErrorState error={clientError('MATTER_CODE_INVALID', '')} />}
        {code !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  return (
    <PageShell meta={state.meta} className="ap-page">
      <ApplyFlow key={state.data.draft.id} ctx={state.data} firstStep={step} />
    </PageShell>
  );
}

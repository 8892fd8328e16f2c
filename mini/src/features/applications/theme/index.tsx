import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { clientError } from '@/api/errors';
import { useQuery } from '@/hooks/useQuery';
import { ThemeFlow } from '../components/ThemeFlow';
import { loadTheme } from '../lib/loadTheme';
import '@/components/form/form.css';
import '../apply.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/** 一件事一次办: one form for the theme's 掌上办 matters — fields and materials once — submitted together. */
export default function ThemeApplyPage() {
  const { id = '', step } = useRouteParams('themeApply');
  const { state, reload } = useQuery(id || null, () => loadTheme(id));

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('THEME_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  return (
    <PageShell meta={state.meta} className="ap-page">
      <ThemeFlow key={state.data.form.themeId} ctx={state.data} firstStep={step} />
    </PageShell>
  );
}

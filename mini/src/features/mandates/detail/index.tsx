import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { asApiError, clientError } from '@/api/errors';
import { mandatesApi } from '@/api/mandates';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { StepTimeline } from '@/components/StepTimeline';
import { useRouteParams } from '@/hooks/useRouteParams';
import { takeQuery } from '@/lib/pendingQuery';
import { go } from '@/navigate';
import { actingStore, endActing } from '@/stores/acting';
import { ActFor } from '../components/ActFor';
import { MandateFacts } from '../components/MandateFacts';
import { MandateSignIn } from '../components/MandateSignIn';
import { useMandate } from '../hooks/useMandates';
import { canActUnder, otherName } from '../lib/mandateText';
import '../mandates.css';
import { ProblemNotice } from '../components/ProblemNotice';

function revokeWords(m: Mandate): string {
  return m.role === 'principal'
    ? `撤销后，${m.helperName} 马上就不能再替您办这些事了。已经办了的事不受影响。`
    : `撤销后，您马上就不能再替 ${m.principalName} 办这些事了。`;
}

/** One 委托: the facts, 为TA办理 for its helper, 代办记录, and 撤销委托 for either side. */
export default function MandatePage() {
  const params = useRouteParams('mandate');
  const [id] = useState(() => params.id ?? takeQuery('mandate')?.id ?? '');
  const { state, reload } = useMandate(id);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (state.status !== 'ok') {
    const signIn = state.status === 'error' && state.error.code === 'AUTH_REQUIRED';
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('MANDATE_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {signIn && <MandateSignIn page="mandate" query={{ id }} onSignedIn={reload} />}
        {state.status === 'error' && !signIn && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }

  const { mandate: m, actions } = state.data;
  const now = Date.now();
  const revoke = async () => {
    setAsking(false);
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      await mandatesApi.revoke(m.id);
      if (actingStore.get()?.mandateId === m.id) endActing();
      reload();
    } catch (err) {
      setProblem(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };
  // Oldest first: the timeline puts the latest on top.
  const steps = [...actions].reverse().map((a) => ({
    label: a.label,
    at: a.at,
    by: a.helperName,
    note: a.matterName ?? '',
  }));

  return (
    <PageShell meta={state.meta} className="md-page">
      <MandateFacts m={m} nowMs={now} />
      {canActUnder(m) && <ActFor m={m} />}
      <View className="section e2e-mandate-actions">
        <View className="section__head">
          <Text className="section__title">代办记录</Text>
        </View>
        {steps.length === 0 ? (
          <Text className="muted e2e-mandate-actions-empty">
            {m.role === 'principal'
              ? `${otherName(m)} 还没有替您办过事。TA 每办一件事，都会记在这里。`
              : '您还没有在这项委托下办过事。'}
          </Text>
        ) : (
          <StepTimeline steps={steps} nowMs={now} hook="e2e-mandate-action" />
        )}
      </View>
      <ProblemNotice problem={problem} hook="e2e-mandate-problem" />
      <View className="md-actions">
        {m.state === 'active' && (
          <View
            className={`btn md-wide md-revoke e2e-mandate-revoke ${busy ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => !busy && setAsking(true)}
          >
            {busy ? '正在撤销…' : '撤销委托'}
          </View>
        )}
        <View className="btn md-wide e2e-mandate-all" ariaRole="button" onClick={() => go('mandates')}>
          查看全部委托
        </View>
      </View>
      {asking && (
        <ConfirmDialog
          title="撤销这项委托？"
          content={revokeWords(m)}
          confirmText="撤销委托"
          cancelText="不撤销"
          danger
          hook="e2e-revoke-dialog"
          onConfirm={() => void revoke()}
          onCancel={() => setAsking(false)}
        />
      )}
    </PageShell>
  );
}

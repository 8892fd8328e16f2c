import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { replace } from '@/navigate';
import { MandateFacts } from '../components/MandateFacts';
import { MandateSignIn } from '../components/MandateSignIn';
import { ReadBack } from '../components/ReadBack';
import { RequestForm } from '../components/RequestForm';
import { useMandateList } from '../hooks/useMandates';
import '../mandates.css';

/** 代办申请 for someone without a smartphone: their name and ID number, the code to their phone read back, done. */
export default function RequestPage() {
  const list = useMandateList();
  const [sent, setSent] = useState<{ requestId: string; name: string } | null>(null);
  const [done, setDone] = useState<Mandate | null>(null);

  if (list.state.status !== 'ok') {
    const signIn = list.state.status === 'error' && list.state.error.code === 'AUTH_REQUIRED';
    return (
      <PageShell>
        {list.state.status === 'loading' && <Skeleton rows={4} />}
        {signIn && <MandateSignIn page="mandateRequest" onSignedIn={list.reload} />}
        {list.state.status === 'error' && !signIn && <ErrorState error={list.state.error} onRetry={list.reload} />}
      </PageShell>
    );
  }

  if (done) {
    return (
      <PageShell className="md-page">
        <View className="done-banner e2e-request-done" ariaRole="alert">
          <Text className="done-banner__title">✓ 委托成功</Text>
          <Text className="done-banner__text">
            您现在可以替 {done.principalName} 办下面这些事了。您办的每一件事都会记在代办记录里，对方随时可以撤销。
          </Text>
        </View>
        <MandateFacts m={done} nowMs={Date.now()} />
        <View className="md-actions">
          <View
            className="btn btn--primary md-wide e2e-request-open"
            ariaRole="button"
            onClick={() => replace('mandate', { id: done.id })}
          >
            为TA办理
          </View>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell meta={list.state.meta} className="md-page">
      {/* The form stays mounted (hidden) while the code is read back, so 改填 keeps what was typed. */}
      <View className={sent ? 'md-hidden' : ''}>
        <RequestForm
          centers={list.state.data.agentCenters}
          onSent={(s, form) => setSent({ requestId: s.requestId, name: form.name.trim() })}
        />
      </View>
      {sent && (
        <ReadBack
          requestId={sent.requestId}
          principalName={sent.name}
          onConfirmed={setDone}
          onEdit={() => setSent(null)}
        />
      )}
    </PageShell>
  );
}

import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { mandatesApi } from '@/api/mandates';
import { signsInSilently } from '@/api/platformLogin';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { useRouteParams } from '@/hooks/useRouteParams';
import { takeQuery } from '@/lib/pendingQuery';
import { go, replace } from '@/navigate';
import { CodeEntry } from '../components/CodeEntry';
import { GrantForm } from '../components/GrantForm';
import { MandateFacts } from '../components/MandateFacts';
import { MandateSignIn } from '../components/MandateSignIn';
import '../mandates.css';

/** 确认委托: opened by the helper's QR (`invite`), or the code scanned or pasted here; the principal agrees on their own phone. */
export default function GrantPage() {
  const params = useRouteParams('mandateGrant');
  const [token, setToken] = useState<string | null>(() => params.invite ?? takeQuery('mandateGrant')?.invite ?? null);
  const [granted, setGranted] = useState<Mandate | null>(null);
  const { state, reload } = useQuery(token ? `invite|${token}` : null, () =>
    mandatesApi.lookupInvite(token ?? '', { signIn: signsInSilently }),
  );

  if (granted) {
    return (
      <PageShell className="md-page">
        <View className="done-banner e2e-grant-done" ariaRole="alert">
          <Text className="done-banner__title">✓ 委托成功</Text>
          <Text className="done-banner__text">
            {granted.helperName} 现在可以替您办下面这些事了。TA 办的每一件事都会记在代办记录里，您随时可以撤销。
          </Text>
        </View>
        <MandateFacts m={granted} nowMs={Date.now()} />
        <View className="md-actions">
          <View
            className="btn btn--primary md-wide e2e-grant-open"
            ariaRole="button"
            onClick={() => replace('mandate', { id: granted.id })}
          >
            查看这项委托
          </View>
          <View className="btn md-wide e2e-grant-all" ariaRole="button" onClick={() => replace('mandates')}>
            查看委托代办
          </View>
        </View>
      </PageShell>
    );
  }

  if (!token) {
    return (
      <PageShell className="md-page">
        <CodeEntry onToken={setToken} />
      </PageShell>
    );
  }

  if (state.status !== 'ok') {
    const signIn = state.status === 'error' && state.error.code === 'AUTH_REQUIRED';
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={4} />}
        {signIn && <MandateSignIn page="mandateGrant" query={{ invite: token }} onSignedIn={reload} />}
        {state.status === 'error' && !signIn && (
          <>
            <ErrorState error={state.error} onRetry={reload} />
            <View className="md-actions">
              <View className="btn md-wide e2e-grant-again" ariaRole="button" onClick={() => setToken(null)}>
                重新扫码或粘贴
              </View>
            </View>
          </>
        )}
      </PageShell>
    );
  }

  return (
    <PageShell meta={state.meta} className="md-page">
      <GrantForm token={token} info={state.data} onGranted={setGranted} />
      <View className="md-actions">
        <View className="btn md-wide e2e-grant-cancel" ariaRole="button" onClick={() => go('mandates')}>
          不委托了
        </View>
      </View>
    </PageShell>
  );
}

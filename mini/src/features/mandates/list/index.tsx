import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { go } from '@/navigate';
import { MandateCard } from '../components/MandateCard';
import { MandateSignIn } from '../components/MandateSignIn';
import { useMandateList } from '../hooks/useMandates';
import { heldByUrgency } from '../lib/mandateText';
import '../mandates.css';

/**
 * 委托代办: the 委托 I granted (我委托的), and those I hold (我帮谁办) with what to do for each — the principal who
 * needs it most first — and the two ways to be given one.
 */
export default function MandatesPage() {
  const { state, reload } = useMandateList();

  if (state.status !== 'ok') {
    const signIn = state.status === 'error' && state.error.code === 'AUTH_REQUIRED';
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={4} />}
        {signIn && <MandateSignIn page="mandates" onSignedIn={reload} />}
        {state.status === 'error' && !signIn && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  const { granted, held, bench } = state.data;
  return (
    <PageShell meta={state.meta} className="md-page">
      <View className="section e2e-mandates-granted">
        <View className="section__head">
          <Text className="section__title">我委托的</Text>
        </View>
        {granted.length === 0 ? (
          <Text className="muted md-empty e2e-mandates-granted-empty">
            您还没有委托别人。自己不方便办事时，可以委托家里人或村里的帮办代办员替您办：请对方出示代办码，用您自己的手机扫一扫。
          </Text>
        ) : (
          granted.map((m) => <MandateCard key={m.id} m={m} />)
        )}
        <View className="btn md-wide e2e-mandates-grant" ariaRole="button" onClick={() => go('mandateGrant')}>
          扫代办码，委托别人替我办
        </View>
      </View>

      <View className="section e2e-mandates-held">
        <View className="section__head">
          <Text className="section__title">我帮谁办</Text>
        </View>
        {held.length === 0 ? (
          <Text className="muted md-empty e2e-mandates-held-empty">
            还没有人委托您办事。替家里老人办事，先出示代办码请老人用自己的手机扫；老人没有智能手机的，点下面第二个按钮。
          </Text>
        ) : (
          heldByUrgency(held, bench).map(({ m, todos }) => <MandateCard key={m.id} m={m} todos={todos} />)
        )}
        <View
          className="btn btn--primary md-wide e2e-mandates-invite"
          ariaRole="button"
          onClick={() => go('mandateInvite')}
        >
          出示代办码
        </View>
        <View className="btn md-wide e2e-mandates-request" ariaRole="button" onClick={() => go('mandateRequest')}>
          帮没有智能手机的人办
        </View>
      </View>
    </PageShell>
  );
}

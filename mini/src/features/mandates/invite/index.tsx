import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MandateInvite, MandateKind } from '@zsb/contracts';
import { asApiError, type ApiError } from '@/api/errors';
import { mandatesApi } from '@/api/mandates';
import { CopyRow } from '@/components/CopyRow';
import { PageShell } from '@/components/PageShell';
import { QrCode } from '@/components/QrCode';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { KindChoice } from '../components/KindChoice';
import { MandateSignIn } from '../components/MandateSignIn';
import { useMandateList } from '../hooks/useMandates';
import { useSecondsLeft } from '../hooks/useSecondsLeft';
import { formatCountdown } from '../lib/mandateText';
import '../mandates.css';
import { ProblemNotice } from '../components/ProblemNotice';

interface Shown {
  invite: MandateInvite;
  deadlineMs: number;
  kind: MandateKind;
  centerId: string | null;
}

/** 出示代办码: the helper's QR; the principal scans it with their own phone and agrees there. */
export default function InvitePage() {
  const list = useMandateList();
  const [kind, setKind] = useState<MandateKind | null>(null);
  const [centerId, setCenterId] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const left = useSecondsLeft(shown?.deadlineMs ?? null);

  if (list.state.status !== 'ok') {
    const signIn = list.state.status === 'error' && list.state.error.code === 'AUTH_REQUIRED';
    return (
      <PageShell>
        {list.state.status === 'loading' && <Skeleton rows={4} />}
        {signIn && <MandateSignIn page="mandateInvite" onSignedIn={list.reload} />}
        {list.state.status === 'error' && !signIn && <ErrorState error={list.state.error} onRetry={list.reload} />}
      </PageShell>
    );
  }
  const centers = list.state.data.agentCenters;
  // Someone who is no agent anywhere can only be family: nothing to choose.
  const chosenKind: MandateKind | null = centers.length === 0 ? 'family' : kind;

  const show = async (as: MandateKind, center: string | null) => {
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      const asked = Date.now();
      const res = await mandatesApi.invite({ as, ...(as === 'agent' && center ? { centerId: center } : {}) });
      setShown({ invite: res.data, deadlineMs: asked + res.data.expiresInSec * 1000, kind: as, centerId: center });
    } catch (err) {
      setRefusal(asApiError(err));
    } finally {
      setBusy(false);
    }
  };

  if (shown) {
    const expired = left <= 0;
    return (
      <PageShell className="md-page">
        <View className="section md-qr-card e2e-invite">
          <Text className="md-title">请委托人用自己的手机扫码</Text>
          <Text className="muted md-lead">
            对方打开微信或支付宝里的掌上办（也可以在“我的 ›
            委托代办”里点“扫代办码”），扫这个码，选好委托的事，用自己手机收到的验证码确认。
          </Text>
          <QrCode
            text={shown.invite.path}
            label="代办码"
            className={`md-qr e2e-invite-qr ${expired ? 'qr--expired' : ''}`}
          />
          <Text className={`md-countdown e2e-invite-countdown ${expired ? 'md-countdown--over' : ''}`}>
            {expired ? '代办码已过期，请刷新' : `有效时间还剩 ${formatCountdown(left)}`}
          </Text>
          <CopyRow label="代办码" value={shown.invite.token} hook="e2e-invite-token" />
          <Text className="muted md-lead">对方用网页版时，可以把上面的代办码复制给对方粘贴。</Text>
          <View
            className={`btn btn--primary md-wide e2e-invite-refresh ${busy ? 'btn--disabled' : ''}`}
            ariaRole="button"
            onClick={() => void show(shown.kind, shown.centerId)}
          >
            {busy ? '正在刷新…' : '刷新代办码'}
          </View>
        </View>
      </PageShell>
    );
  }

  return (
    <PageShell meta={list.state.meta} className="md-page">
      <View className="section">
        <Text className="md-title">出示代办码</Text>
        <Text className="muted md-lead">
          替别人办事，要先得到对方本人的同意。出示代办码，请对方用自己的手机扫码确认；对方没有智能手机的，请回上一页点“帮没有智能手机的人办”。
        </Text>
      </View>
      {centers.length > 0 ? (
        <KindChoice
          kind={kind}
          centerId={centerId}
          centers={centers}
          onChange={(k, c) => {
            setKind(k);
            setCenterId(c);
          }}
        />
      ) : (
        <View className="section">
          <Text className="md-q">以亲友身份代办</Text>
          <Text className="md-q__hint">替家里人、亲戚朋友办。一个人最多可以委托 5 位亲友。</Text>
        </View>
      )}
      <ProblemNotice problem={refusal?.message} hook="e2e-invite-problem" />
      <View className="md-actions">
        <View
          className={`btn btn--primary md-wide e2e-invite-show ${busy || !chosenKind ? 'btn--disabled' : ''}`}
          ariaRole="button"
          aria-disabled={busy || !chosenKind ? 'true' : 'false'}
          onClick={() => chosenKind && void show(chosenKind, centerId)}
        >
          {busy ? '正在生成…' : chosenKind ? '出示代办码' : '请先选择代办身份'}
        </View>
      </View>
    </PageShell>
  );
}

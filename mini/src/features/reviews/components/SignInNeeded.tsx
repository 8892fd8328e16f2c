import { useState } from 'react';
import { View } from '@tarojs/components';
import { signIn } from '@/api/auth';
import { asApiError } from '@/api/errors';
import { signsInSilently } from '@/api/platformLogin';
import { EmptyState } from '@/components/StateView';
import { go } from '@/navigate';
import { rememberRateTarget, type RateTarget } from '../pendingRate';

interface Props {
  need: 'signIn' | 'identity';
  target: RateTarget;
  /** After a silent sign-in (WeChat, Alipay): load the page again. */
  onSignedIn: () => void;
}

/**
 * 评价 is real-name, like every action here: sign in (on H5 the browser comes back to this page and what was being
 * rated is kept for it), or 实名认证 once; coming back to this page carries on.
 */
export function SignInNeeded({ need, target, onSignedIn }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const login = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    if (!signsInSilently) rememberRateTarget(target);
    try {
      const session = await signIn();
      if (session) onSignedIn();
    } catch (err) {
      setProblem(asApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  if (need === 'identity') {
    return (
      <EmptyState title="评价要先实名认证" hint="好差评是实名评价，办理单位才能核实和整改。认证一次，以后都不用再填。">
        <View
          className="btn btn--primary state__btn e2e-rate-identity"
          ariaRole="button"
          onClick={() => go('identity')}
        >
          去实名认证
        </View>
      </EmptyState>
    );
  }
  return (
    <EmptyState title="评价要先登录" hint="登录并实名认证后就能评价，登录后会回到这里接着评。">
      <View
        className={`btn btn--primary state__btn e2e-rate-login ${busy ? 'btn--disabled' : ''}`}
        ariaRole="button"
        onClick={() => void login()}
      >
        {busy ? '正在登录…' : '登录'}
      </View>
      {problem ? (
        <View className="state__hint" ariaRole="alert">
          {problem}
        </View>
      ) : null}
    </EmptyState>
  );
}

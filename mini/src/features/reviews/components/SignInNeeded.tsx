import { View } from '@tarojs/components';
import { SignInNeeded as SignInFirst } from '@/components/SignInNeeded';
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
    <SignInFirst
      title="评价要先登录"
      hint="登录并实名认证后就能评价，登录后会回到这里接着评。"
      hook="e2e-rate-login"
      onLeaving={() => rememberRateTarget(target)}
      onSignedIn={onSignedIn}
    />
  );
}

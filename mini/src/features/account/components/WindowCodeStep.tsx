import { Text, View } from '@tarojs/components';
import type { IdentityResult } from '@zsb/contracts';
import { signIn } from '@/api/auth';
import { QrCode } from '@/components/QrCode';
import { Skeleton } from '@/components/Skeleton';
import { formatWindowCode } from '@/lib/format';
import { clockOf } from '@/lib/when';
import { go } from '@/navigate';
import { useWindowCode } from '../hooks/useWindowCode';
import { windowCodeLeft } from '../lib/windowCode';
import { RefusalCard } from './RefusalCard';

interface Props {
  onVerified: (result: IdentityResult) => void;
  onBack: () => void;
}

/**
 * 到窗口核验: the resident brings the ID card to a 便民服务中心 window and shows this code (big digits to read out,
 * a QR to scan); staff compare the card with the person and do the rest. The page notices when they are done.
 */
export function WindowCodeStep({ onVerified, onBack }: Props) {
  const { state, now, ask } = useWindowCode(onVerified);
  const left = state.status === 'shown' ? windowCodeLeft(state.deadline, now) : null;

  return (
    <View className="e2e-id-window">
      <View className="section">
        <Text className="section__title">到窗口核验</Text>
        <Text className="id-text">1. 带上本人身份证原件</Text>
        <Text className="id-text">2. 到就近的便民服务中心窗口</Text>
        <Text className="id-text">3. 把下面的核验码给工作人员看</Text>
      </View>

      {state.status === 'asking' && <Skeleton rows={3} />}
      {state.status === 'failed' && (
        <RefusalCard refusal={state.reaction.refusal} onAction={(a) => (a === 'mine' ? go('mine') : void ask())} />
      )}
      {state.status === 'sign-in-again' && (
        <View className="id-done e2e-id-window-signin" ariaRole="alert">
          <Text className="id-done__verdict">窗口已为您核验</Text>
          <Text className="id-text">请重新登录一次，就能看到认证结果。</Text>
          <View
            className="btn btn--primary account-submit"
            ariaRole="button"
            onClick={() => void signIn().then((s) => s?.resident.verified && onVerified({ resident: s.resident }))}
          >
            重新登录
          </View>
        </View>
      )}
      {state.status === 'shown' && (
        <View className={`section id-window ${left ? '' : 'id-window--expired'}`}>
          <Text className="id-window__label">核验码</Text>
          <Text className="id-window__code e2e-id-window-code">{formatWindowCode(state.code)}</Text>
          {left ? (
            <>
              <QrCode text={state.code} label={`核验码 ${state.code}`} className="id-window__qr e2e-id-window-qr" />
              <Text className="id-window__left e2e-id-window-left">
                {left}（到 {clockOf(state.expiresAt)}）
              </Text>
              <Text className="id-text muted">只能用一次。工作人员核验完，这里会自动显示结果，不用关掉页面。</Text>
            </>
          ) : (
            <>
              <Text className="id-window__left id-window__left--expired">核验码已过期</Text>
              <View
                className="btn btn--primary account-submit e2e-id-window-renew"
                ariaRole="button"
                onClick={() => void ask()}
              >
                获取新的核验码
              </View>
            </>
          )}
        </View>
      )}

      <View className="account-actions">
        <View className="btn account-submit e2e-id-window-centers" ariaRole="button" onClick={() => go('centers', {})}>
          找附近的便民服务中心
        </View>
        <View className="account-link e2e-id-window-back" ariaRole="button" onClick={onBack}>
          <Text>‹ 返回，在手机上认证</Text>
        </View>
      </View>
    </View>
  );
}

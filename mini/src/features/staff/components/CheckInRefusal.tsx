import { Text, View } from '@tarojs/components';
import { type ApiError, gotNoAnswer } from '@/api/errors';
import { adviceFor } from '@/lib/errorAdvice';
import { go } from '@/navigate';

// Whoever is signed in cannot check anyone in: the way on is through 我的 (sign in, 实名认证, another account).
const ACCOUNT = new Set([
  'STAFF_ONLY',
  'AUTH_REQUIRED',
  'AUTH_TOKEN_INVALID',
  'REFRESH_TOKEN_INVALID',
  'IDENTITY_REQUIRED',
]);

/** ✗ 没有签到: the server's own message, what to do at the counter now, and the button for it. */
export function CheckInRefusal({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  // No answer from the server (network, overload): the code has not been used, the same one can be sent again.
  const again = gotNoAnswer(error) || (error.status !== null && error.status >= 500);
  return (
    <View className="st-refusal e2e-checkin-refusal e2e-error" ariaRole="alert">
      <Text className="st-refusal__verdict">✗ 没有签到</Text>
      <Text className="st-refusal__message e2e-checkin-refusal-message">{error.message}</Text>
      <Text className="st-refusal__hint">
        {again ? '签到码还没有用掉，请检查网络后点“再试一次”' : adviceFor(error.code).hint}
      </Text>
      {again && (
        <View className="btn btn--primary st-refusal__btn e2e-checkin-retry" ariaRole="button" onClick={onRetry}>
          再试一次
        </View>
      )}
      {ACCOUNT.has(error.code) && (
        <View className="btn st-refusal__btn e2e-checkin-mine" ariaRole="button" onClick={() => go('mine')}>
          回到“我的”
        </View>
      )}
      {error.requestId ? <Text className="st-refusal__id">问题编号：{error.requestId}</Text> : null}
    </View>
  );
}

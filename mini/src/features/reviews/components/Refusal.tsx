import { Text, View } from '@tarojs/components';
import { type ApiError, gotNoAnswer } from '@/api/errors';
import { adviceFor } from '@/lib/errorAdvice';
import '@/components/StateView.css';

/**
 * A send that did not go through: the server's own words (and each field's, for VALIDATION_FAILED), what to do,
 * and 再试一次 when nothing was answered — the retry sends the same Idempotency-Key.
 */
export function Refusal({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const again = gotNoAnswer(error);
  return (
    <View className="state state--error e2e-error e2e-review-refusal" ariaRole="alert">
      <Text className="state__title e2e-review-refusal-message">{error.message}</Text>
      {error.details.map((d) => (
        <Text key={`${d.field}-${d.message}`} className="state__hint e2e-review-refusal-detail">
          · {d.message}
        </Text>
      ))}
      <Text className="state__hint">{again ? '还没有提交成功，请检查网络后再试一次' : adviceFor(error.code).hint}</Text>
      {again && onRetry && (
        <View className="state__actions">
          <View className="btn btn--primary state__btn e2e-review-retry" ariaRole="button" onClick={onRetry}>
            再试一次
          </View>
        </View>
      )}
      {error.requestId ? <Text className="state__id">问题编号：{error.requestId}</Text> : null}
    </View>
  );
}

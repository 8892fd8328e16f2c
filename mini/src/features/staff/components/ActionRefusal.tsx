import { Text, View } from '@tarojs/components';
import { type ApiError, gotNoAnswer } from '@/api/errors';
import { adviceFor } from '@/lib/errorAdvice';

/** ✗ 没有提交成功: the server's own message (and each field's), what to do, and 再试一次 when nothing was answered. */
export function ActionRefusal({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const again = gotNoAnswer(error);
  return (
    <View className="st-refusal e2e-staff-review-refusal e2e-error" ariaRole="alert">
      <Text className="st-refusal__verdict">✗ 没有提交成功</Text>
      <Text className="st-refusal__message e2e-staff-review-refusal-message">{error.message}</Text>
      {error.details.map((d) => (
        <Text key={`${d.field}-${d.message}`} className="st-refusal__hint">
          · {d.message}
        </Text>
      ))}
      <Text className="st-refusal__hint">
        {again ? '还没有记录下来，请检查网络后点“再试一次”' : adviceFor(error.code).hint}
      </Text>
      {again && (
        <View className="btn btn--primary st-refusal__btn e2e-staff-review-retry" ariaRole="button" onClick={onRetry}>
          再试一次
        </View>
      )}
      {error.requestId ? <Text className="st-refusal__id">问题编号：{error.requestId}</Text> : null}
    </View>
  );
}

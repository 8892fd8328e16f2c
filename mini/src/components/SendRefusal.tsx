import { Text, View } from '@tarojs/components';
import { type ApiError, gotNoAnswer } from '@/api/errors';
import { adviceFor } from '@/lib/errorAdvice';
import './StateView.css';

interface Props {
  error: ApiError;
  /** The same send again (with the same Idempotency-Key); offered only when nothing was answered. */
  onRetry?: () => void;
  /** e2e hooks: `<hook>-refusal`, `<hook>-refusal-message`, `<hook>-refusal-detail`, `<hook>-retry`. */
  hook: string;
}

/**
 * A send that did not go through: the server's own words (and each field's, for VALIDATION_FAILED), what to do,
 * and 再试一次 when nothing was answered.
 */
export function SendRefusal({ error, onRetry, hook }: Props) {
  const again = gotNoAnswer(error);
  return (
    <View className={`state state--error e2e-error ${hook}-refusal`} ariaRole="alert">
      <Text className={`state__title ${hook}-refusal-message`}>{error.message}</Text>
      {error.details.map((d) => (
        <Text key={`${d.field}-${d.message}`} className={`state__hint ${hook}-refusal-detail`}>
          · {d.message}
        </Text>
      ))}
      <Text className="state__hint">{again ? '还没有提交成功，请检查网络后再试一次' : adviceFor(error.code).hint}</Text>
      {again && onRetry && (
        <View className="state__actions">
          <View className={`btn btn--primary state__btn ${hook}-retry`} ariaRole="button" onClick={onRetry}>
            再试一次
          </View>
        </View>
      )}
      {error.requestId ? <Text className="state__id">问题编号：{error.requestId}</Text> : null}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { type ApiError, gotNoAnswer } from '@/api/errors';
import { adviceFor } from '@/lib/errorAdvice';

/**
 * Why 提交 did not go through. Without an answer (network, server trouble) the same submission is offered again
 * — it carries the same key, so it can never become two applications; a refusal says what to change.
 */
export function SubmitProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const again = gotNoAnswer(error);
  return (
    <View className="ap-banner ap-banner--bad e2e-submit-failed" ariaRole="alert">
      <View className="ap-banner__body">
        <Text className="ap-banner__title">{again ? '申请还没有提交成功' : error.message}</Text>
        <Text className="ap-banner__text">
          {again ? `${error.message}。填写的内容都还在，请点“重新提交”；不会重复提交。` : adviceFor(error.code).hint}
        </Text>
      </View>
      {again && (
        <View className="btn btn--primary ap-banner__btn e2e-submit-retry" ariaRole="button" onClick={onRetry}>
          重新提交
        </View>
      )}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { ApiError } from '@/api/errors';
import { SubmitProblem } from './SubmitProblem';

/** What stands above a flow's steps: working from the phone's copy while offline, and why 提交 did not go through. */
export function FlowNotices({
  offline,
  offlineText,
  submitError,
  onRetry,
}: {
  offline: boolean;
  offlineText: string;
  submitError: ApiError | null;
  onRetry: () => void;
}) {
  return (
    <>
      {offline && (
        <View className="ap-banner ap-banner--warn e2e-apply-offline">
          <Text className="ap-banner__text">{offlineText}</Text>
        </View>
      )}
      {submitError && <SubmitProblem error={submitError} onRetry={onRetry} />}
    </>
  );
}

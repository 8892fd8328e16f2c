import { Text, View } from '@tarojs/components';

/** What went wrong with the last step, in the server's words; nothing when all is well. `hook`: its e2e class. */
export function ProblemNotice({ problem, hook }: { problem: string | null | undefined; hook: string }) {
  if (!problem) return null;
  return (
    <View className={`notice notice--stale md-problem ${hook}`} ariaRole="alert">
      <Text>{problem}</Text>
    </View>
  );
}

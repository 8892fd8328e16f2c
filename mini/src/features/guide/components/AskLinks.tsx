import { Text, View } from '@tarojs/components';
import { go } from '@/navigate';

/** 我要咨询 and 办不成事？去反映, low-key under where to go: both answered in writing, with a number to follow. */
export function AskLinks({ matterCode }: { matterCode: string }) {
  return (
    <View className="guide-ask e2e-guide-ask">
      <View className="section__more e2e-guide-consult" ariaRole="link" onClick={() => go('consult', { matterCode })}>
        <Text>我要咨询（书面答复）›</Text>
      </View>
      <View
        className="section__more e2e-guide-feedback"
        ariaRole="link"
        onClick={() => go('feedbackNew', { matterCode })}
      >
        <Text>办不成事？去反映 ›</Text>
      </View>
    </View>
  );
}

import { Text, View } from '@tarojs/components';

/** Who will answer, and what the resident gets: a number to quote, a deadline, and a written answer. */
export function WhoAnswers({ consult }: { consult: boolean }) {
  return (
    <View className="section fb-who e2e-feedback-who">
      <Text className="fb-q">谁来答复</Text>
      <Text className="fb-who__line">
        {consult
          ? '由办理这个事项的便民服务中心书面答复。'
          : '由负责这件事的便民服务中心办理并书面答复；说不清是哪里的，由县级政务服务部门指定。'}
      </Text>
      <Text className="fb-who__line">
        提交后会有一个编号和答复期限，打电话询问时报编号就行。超过期限没有答复的，会转县级督办。
      </Text>
      <Text className="fb-who__line">进度和答复都在“我的 › 我的反映”里，答复了也会发消息告诉您。</Text>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { Feedback } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';

/** 已答复: the written answer, first on the page, with who answered and when. */
export function AnswerCard({ f, nowMs }: { f: Feedback; nowMs: number }) {
  if (f.state !== 'answered' || !f.answer) return null;
  const answered = [...f.steps].reverse().find((s) => s.label === '已答复');
  return (
    <View className="fb-answer e2e-feedback-answer" ariaRole="region" ariaLabel="答复">
      <Text className="fb-answer__title">{f.ownerName}的答复</Text>
      <Text className="fb-answer__text e2e-feedback-answer-text" userSelect>
        {f.answer}
      </Text>
      {answered ? <Text className="fb-answer__time">{formatMoment(answered.at, nowMs)} 答复</Text> : null}
      <Text className="fb-answer__more">对答复有疑问，可以拨打 12345 政务服务便民热线，报上面的编号。</Text>
    </View>
  );
}

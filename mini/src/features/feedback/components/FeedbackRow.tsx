import { Text, View } from '@tarojs/components';
import type { Feedback } from '@zsb/contracts';
import { formatLongDate, localDateOf } from '@/lib/when';
import { go } from '@/navigate';
import { kindText, OVERDUE_TEXT, showsOverdue, stateText, stateTone } from '../lib/feedbackText';

/** One case or question: kind, state, number, date, 已超期. Opens it. */
export function FeedbackRow({ item: f }: { item: Feedback }) {
  return (
    <View className="fb-card e2e-feedback-row" ariaRole="link" onClick={() => go('feedback', { id: f.id })}>
      <View className="fb-card__top">
        <Text className="fb-card__title e2e-feedback-row-kind">{kindText(f)}</Text>
        <Text className={`tag tag--${stateTone(f)} e2e-feedback-row-state`}>{stateText(f.state)}</Text>
      </View>
      {f.matterName ? <Text className="fb-card__line">{f.matterName}</Text> : null}
      <Text className="fb-card__line">
        编号 {f.number} · {formatLongDate(localDateOf(f.createdAt))}提交
      </Text>
      {showsOverdue(f) && <Text className="fb-overdue fb-overdue--small e2e-feedback-row-overdue">{OVERDUE_TEXT}</Text>}
    </View>
  );
}

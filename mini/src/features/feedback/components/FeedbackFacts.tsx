import { Text, View } from '@tarojs/components';
import type { Feedback } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';
import { dueText, kindText, OVERDUE_TEXT, showsOverdue, stateText, stateTone } from '../lib/feedbackText';

function Fact({ label, value, hook }: { label: string; value: string; hook?: string }) {
  return (
    <View className="fact">
      <Text className="fact__label">{label}</Text>
      <Text className={`fact__value ${hook ?? ''}`}>{value}</Text>
    </View>
  );
}

/** The number (selectable, to quote on the phone), kind, matter, who answers, by when, and what was written. */
export function FeedbackFacts({ f, nowMs }: { f: Feedback; nowMs: number }) {
  return (
    <View className="section e2e-feedback-facts">
      <View className="fb-card__top">
        <Text className="fb-subject__title e2e-feedback-kind">{kindText(f)}</Text>
        <Text className={`tag tag--${stateTone(f)} e2e-feedback-state`}>{stateText(f.state)}</Text>
      </View>
      {showsOverdue(f) && <Text className="fb-overdue e2e-feedback-overdue">{OVERDUE_TEXT}</Text>}
      <View className="fact">
        <Text className="fact__label">编号（长按可复制，打电话询问时报这个编号）</Text>
        <Text className="fact__value fb-number e2e-feedback-number" userSelect selectable>
          {f.number}
        </Text>
      </View>
      {f.matterName ? <Fact label="事项" value={f.matterName} hook="e2e-feedback-matter" /> : null}
      <Fact label="答复单位" value={f.ownerName} hook="e2e-feedback-owner" />
      <Fact
        label="答复期限"
        value={f.state === 'answered' ? `${dueText(f.due)}（已答复）` : dueText(f.due)}
        hook="e2e-feedback-due"
      />
      <Fact label="提交时间" value={formatMoment(f.createdAt, nowMs)} />
      <View className="fact">
        <Text className="fact__label">{f.type === 'consultation' ? '您的问题' : '您反映的情况'}</Text>
        <Text className="fb-text e2e-feedback-body" userSelect>
          {f.text}
        </Text>
        {f.photoCount > 0 && <Text className="fb-fact__line">附 {f.photoCount} 张照片</Text>}
      </View>
    </View>
  );
}

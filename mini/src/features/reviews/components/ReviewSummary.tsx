import { Text, View } from '@tarojs/components';
import type { Review } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';
import { indicatorRows, levelTone, reasonLabels, subjectKindWord } from '../lib/reviewText';

/** The review as given: what, the level, each indicator, and for a 差评 the reasons, words and photos. */
export function ReviewSummary({ review: r, nowMs }: { review: Review; nowMs: number }) {
  const reasons = reasonLabels(r.reasons);
  return (
    <>
      <View className="section e2e-review-subject">
        <Text className="rv-subject__kind">{subjectKindWord(r.subject.kind)}</Text>
        <Text className="rv-subject__title">{r.subject.title}</Text>
        {r.subject.place ? <Text className="rv-subject__line">{r.subject.place}</Text> : null}
        <View className="rv-card__top fact">
          <Text className="rv-subject__line">{formatMoment(r.createdAt, nowMs)} 评价</Text>
          <Text className={`tag tag--${levelTone(r.level)} e2e-review-level`}>{r.levelLabel}</Text>
        </View>
        {r.agentName ? <Text className="rv-card__line">由 {r.agentName} 帮您评价</Text> : null}
        {r.delivery === 'pending' && (
          <Text className="rv-status rv-status--info e2e-review-pending">
            正在提交到省好差评系统，系统恢复后会自动送达，不用重新评价
          </Text>
        )}
      </View>

      <View className="section e2e-review-indicators">
        <View className="section__head">
          <Text className="section__title">具体评价</Text>
        </View>
        {indicatorRows(r.indicatorSet, r.indicators).map((row) => (
          <View key={row.label} className="fact">
            <Text className="fact__label">{row.label}</Text>
            <Text className="fact__value">{row.value}</Text>
          </View>
        ))}
        {reasons.length > 0 && (
          <View className="fact e2e-review-reasons">
            <Text className="fact__label">不满意的原因</Text>
            <Text className="fact__value">{reasons.join('、')}</Text>
          </View>
        )}
        {r.content ? (
          <View className="fact e2e-review-content">
            <Text className="fact__label">您说的话</Text>
            <Text className="fact__value">{r.content}</Text>
          </View>
        ) : null}
        {r.photoCount > 0 && (
          <View className="fact">
            <Text className="fact__label">照片</Text>
            <Text className="fact__value">{r.photoCount} 张</Text>
          </View>
        )}
      </View>
    </>
  );
}

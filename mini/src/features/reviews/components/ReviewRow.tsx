import { Text, View } from '@tarojs/components';
import type { Review } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';
import { go } from '@/navigate';
import { levelTone, reviewStatusLine, subjectKindWord } from '../lib/reviewText';

/** One review given: what, the level, when, and for a 差评 where its case stands. Opens the review. */
export function ReviewRow({ review: r, nowMs }: { review: Review; nowMs: number }) {
  const status = reviewStatusLine(r);
  return (
    <View className="rv-card e2e-review-row" ariaRole="link" onClick={() => go('review', { id: r.id })}>
      <View className="rv-card__top">
        <Text className="rv-card__title">{r.subject.title}</Text>
        <Text className={`tag tag--${levelTone(r.level)} e2e-review-level`}>{r.levelLabel}</Text>
      </View>
      <Text className="rv-card__line">
        {subjectKindWord(r.subject.kind)}
        {r.subject.place ? ` · ${r.subject.place}` : ''} · {formatMoment(r.createdAt, nowMs)}
      </Text>
      {status && <Text className={`rv-status rv-status--${status.tone} e2e-review-status`}>{status.text}</Text>}
    </View>
  );
}

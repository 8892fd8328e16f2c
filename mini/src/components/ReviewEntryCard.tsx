import { Text, View } from '@tarojs/components';
import { useReviewEntry } from '../hooks/useReviewEntry';
import { useActing } from './ActingBanner';
import type { RatedThing } from '../lib/reviewEntry';
import { formatMoment } from '../lib/when';
import { go } from '../navigate';
import './ReviewEntryCard.css';

/**
 * 评价本次服务 on a finished application or a visit, while it may be rated; 查看我的评价 once it was. Shown only on
 * the page of that service, never as a prompt: rating is the resident's choice.
 */
export function ReviewEntryCard({ thing }: { thing: RatedThing | null }) {
  // A helper acting for someone (帮办代办) does not rate for them: rating is the resident's own.
  const acting = useActing();
  const entry = useReviewEntry(acting ? null : thing);
  if (!entry || !thing) return null;
  if (entry.kind === 'view') {
    return (
      <View className="section e2e-review-entry">
        <View
          className="btn e2e-review-entry-view"
          ariaRole="link"
          onClick={() => go('review', { id: entry.reviewId })}
        >
          查看我的评价
        </View>
      </View>
    );
  }
  const params = thing.kind === 'application' ? { application: thing.id } : { visit: thing.id };
  return (
    <View className="section e2e-review-entry">
      <Text className="section__title">评价本次服务</Text>
      <Text className="muted review-entry__text">
        评价截止 {formatMoment(entry.openUntil, Date.now())}。您的评价会送到省好差评系统，不满意的会有人核实整改。
      </Text>
      <View
        className="btn btn--primary review-entry__btn e2e-review-entry-rate"
        ariaRole="button"
        onClick={() => go('rate', params)}
      >
        去评价
      </View>
    </View>
  );
}

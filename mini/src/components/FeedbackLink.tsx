import { Text, View } from '@tarojs/components';
import type { RouteParams } from '@/routes';
import { go } from '@/navigate';
import { useActing } from './ActingBanner';
import './FeedbackLink.css';

/** A low-key 办不成？去反映 under an application or a booking: the report opens linked to it. */
export function FeedbackLink({ params, hook }: { params: NonNullable<RouteParams['feedbackNew']>; hook: string }) {
  // 反映 is filed as the signed-in resident's own: not offered on someone else's application while acting for them.
  if (useActing()) return null;
  return (
    <View className="feedback-link">
      <View className={`section__more ${hook}`} ariaRole="link" onClick={() => go('feedbackNew', params)}>
        <Text>办不成？去反映 ›</Text>
      </View>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { ReviewInvitation } from '@zsb/contracts';
import { go } from '@/navigate';
import { invitationDue } from '../lib/reviewText';

/** One service waiting to be rated: what, where, until when, and 去评价. */
export function InvitationRow({ inv, nowMs }: { inv: ReviewInvitation; nowMs: number }) {
  const open = () =>
    go('rate', inv.subject.kind === 'application' ? { application: inv.subject.id } : { visit: inv.subject.id });
  return (
    <View className="rv-card e2e-invitation">
      <Text className="rv-card__title">{inv.title}</Text>
      <Text className="rv-card__line">
        {inv.subject.kind === 'application' ? '网上办件' : '窗口办事'}
        {inv.place ? ` · ${inv.place}` : ''}
      </Text>
      <Text className="rv-card__line e2e-invitation-due">{invitationDue(inv, nowMs)}</Text>
      <View className="btn btn--primary rv-card__btn e2e-invitation-rate" ariaRole="button" onClick={open}>
        去评价
      </View>
    </View>
  );
}

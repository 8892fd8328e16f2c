import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { InvitationRow } from '../components/InvitationRow';
import { ReviewRow } from '../components/ReviewRow';
import { useMyReviews } from '../hooks/useMyReviews';
import '../reviews.css';

/** 我的评价: 待评价 (what may be rated now, until when) and every review given, with where each 差评 stands. */
export default function MyReviewsPage() {
  const { state, reload } = useMyReviews();
  if (state.status !== 'ok') {
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  const { invitations, reviews } = state.data;
  const now = Date.now();
  return (
    <PageShell meta={state.meta} className="rv-page">
      <View className="section e2e-invitations">
        <View className="section__head">
          <Text className="section__title">待评价</Text>
        </View>
        {invitations.length === 0 ? (
          <Text className="muted e2e-invitations-empty">
            现在没有要评价的服务。办件办结、到窗口办完事以后，会在这里出现，评不评由您决定。
          </Text>
        ) : (
          invitations.map((inv) => (
            <InvitationRow key={`${inv.subject.kind}-${inv.subject.id}`} inv={inv} nowMs={now} />
          ))
        )}
      </View>

      <View className="section e2e-reviews">
        <View className="section__head">
          <Text className="section__title">我的评价</Text>
        </View>
        {reviews.length === 0 ? (
          <Text className="muted e2e-reviews-empty">
            您还没有评价过。评价以后可以在这里查看，不满意的会有办理进度。
          </Text>
        ) : (
          reviews.map((r) => <ReviewRow key={r.id} review={r} nowMs={now} />)
        )}
      </View>
    </PageShell>
  );
}

import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { go } from '@/navigate';
import { FeedbackRow } from '../components/FeedbackRow';
import { useMyFeedback } from '../hooks/useMyFeedback';
import '../feedback.css';

/** 我的反映: every 办不成事 case and question, newest first, with where each stands; and 反映办不成事. */
export default function MyFeedbackPage() {
  const { state, reload } = useMyFeedback();
  const newCase = (
    <View className="fb-submit">
      <View className="btn btn--primary e2e-feedback-list-new" ariaRole="button" onClick={() => go('feedbackNew')}>
        反映办不成事
      </View>
      <Text className="fb-submit__hint">网上办不成、窗口办不成、跑了几趟还没办完，都可以在这里反映</Text>
    </View>
  );

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  const items = state.data.items;
  return (
    <PageShell meta={state.meta} className="fb-page">
      <View className="section e2e-feedback-list">
        <View className="section__head">
          <Text className="section__title">我的反映和咨询</Text>
        </View>
        {items.length === 0 ? (
          <Text className="muted e2e-feedback-list-empty">
            您还没有反映过问题，也没有咨询过。办事遇到困难，可以点下面的按钮反映；想问某件事怎么办，可以在那件事的办事指南最下面点“我要咨询”。
          </Text>
        ) : (
          items.map((f) => <FeedbackRow key={f.id} item={f} />)
        )}
      </View>
      {newCase}
    </PageShell>
  );
}

import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { clientError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { StepTimeline } from '@/components/StepTimeline';
import { useRouteParams } from '@/hooks/useRouteParams';
import { go } from '@/navigate';
import { AnswerCard } from '../components/AnswerCard';
import { FeedbackFacts } from '../components/FeedbackFacts';
import { FeedbackSignIn } from '../components/FeedbackSignIn';
import { useFeedback } from '../hooks/useMyFeedback';
import { dueText } from '../lib/feedbackText';
import { queryOrKept } from '../pendingFeedback';
import '../feedback.css';

/** One case or question: the answer first once 已答复, then the number, owner, deadline, the words and every step. */
export default function FeedbackPage() {
  const params = useRouteParams('feedback');
  const [query] = useState(() => queryOrKept('feedback', params));
  const id = query.id ?? '';
  const { state, reload } = useFeedback(id);

  if (state.status !== 'ok') {
    const signIn = state.status === 'error' && state.error.code === 'AUTH_REQUIRED';
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('FEEDBACK_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {signIn && <FeedbackSignIn page="feedback" query={{ id }} onSignedIn={reload} />}
        {state.status === 'error' && !signIn && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }

  const f = state.data;
  const now = Date.now();
  return (
    <PageShell meta={state.meta} className="fb-page">
      {query.done === '1' && (
        <View className="done-banner e2e-feedback-done" ariaRole="alert">
          <Text className="done-banner__title">✓ 已提交</Text>
          <Text className="done-banner__text">
            编号 {f.number}。{f.ownerName}会在{dueText(f.due)}书面答复您，答复了会发消息告诉您。
          </Text>
        </View>
      )}
      <AnswerCard f={f} nowMs={now} />
      <FeedbackFacts f={f} nowMs={now} />
      <View className="section e2e-feedback-progress">
        <View className="section__head">
          <Text className="section__title">办理进度</Text>
        </View>
        <StepTimeline steps={f.steps} nowMs={now} hook="e2e-feedback" />
      </View>
      <View className="fb-actions">
        <View className="btn e2e-feedback-all" ariaRole="button" onClick={() => go('feedbackList')}>
          查看我的反映
        </View>
      </View>
    </PageShell>
  );
}

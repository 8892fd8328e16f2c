import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Review } from '@zsb/contracts';
import { isBadLevel } from '@zsb/domain';
import { clientError } from '@/api/errors';
import { reviewsApi } from '@/api/reviews';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useRouteParams } from '@/hooks/useRouteParams';
import { go } from '@/navigate';
import { CaseAnswer } from '../components/CaseAnswer';
import { CaseCard } from '../components/CaseCard';
import { ReviewSummary } from '../components/ReviewSummary';
import { useReview } from '../hooks/useMyReviews';
import '../reviews.css';

const DONE: Record<string, { title: string; bad: string; good: string }> = {
  new: {
    title: '✓ 评价已提交',
    bad: '办理单位会在期限内核实、整改，并把结果告诉您；进度就在下面。',
    good: '谢谢您的评价。',
  },
  revised: { title: '✓ 评价已修改', bad: '办理单位会按修改后的评价处理。', good: '评价已经改好了。' },
};

// A review just given reaches the provincial system (which opens the case of a 差评) a moment later: ask again
// quietly, every few seconds for a while, so the resident sees it arrive without reloading.
const PENDING_POLL_MS = 2000;
const PENDING_POLLS = 30;

const waitsForProvince = (r: Review) => r.delivery === 'pending' || (isBadLevel(r.level) && !r.case);

/** One review: as given, 修改评价 (once), and for a 差评 its handling step by step, with 满意/不满意 once rectified. */
export default function ReviewPage() {
  const { id = '', done } = useRouteParams('review');
  const { state, reload } = useReview(id);
  // What the 满意/不满意 answer or a quiet re-read brought, newer than the page's load.
  const [answered, setAnswered] = useState<Review | null>(null);
  // A fresh answer from the server (back from 修改评价) is newer than the one the 满意/不满意 answer brought.
  useEffect(() => setAnswered(null), [state.data]);

  const shown = state.status === 'ok' ? (answered ?? state.data) : null;
  const polls = useRef(0);
  useEffect(() => {
    if (!shown || !waitsForProvince(shown) || polls.current >= PENDING_POLLS) return;
    let stopped = false;
    const timer = setTimeout(() => {
      polls.current += 1;
      reviewsApi
        .detail(shown.id)
        .then(({ data }) => {
          if (!stopped) setAnswered(data);
        })
        .catch(() => undefined);
    }, PENDING_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [shown]);

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id === '' && <ErrorState error={clientError('REVIEW_NOT_FOUND', '')} />}
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }

  const r = shown ?? state.data;
  const now = Date.now();
  const doneText = DONE[done ?? ''];
  return (
    <PageShell meta={state.meta} className="rv-page">
      {doneText && (
        <View className="done-banner e2e-review-done" ariaRole="alert">
          <Text className="done-banner__title">{doneText.title}</Text>
          <Text className="done-banner__text">{isBadLevel(r.level) ? doneText.bad : doneText.good}</Text>
        </View>
      )}

      <ReviewSummary review={r} nowMs={now} />

      {r.case?.canAnswer && <CaseAnswer reviewId={r.id} onAnswered={setAnswered} />}
      {r.case && <CaseCard c={r.case} nowMs={now} />}

      <View className="rv-actions">
        {r.revisable && (
          <View
            className="btn btn--primary e2e-review-revise"
            ariaRole="button"
            onClick={() => go('rate', { review: r.id })}
          >
            修改评价（只能改一次）
          </View>
        )}
        <View className="btn e2e-review-all" ariaRole="button" onClick={() => go('reviews')}>
          查看我的评价
        </View>
      </View>
    </PageShell>
  );
}

import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { useRouteParams } from '@/hooks/useRouteParams';
import { go, replace } from '@/navigate';
import { RateForm } from '../components/RateForm';
import { SignInNeeded } from '../components/SignInNeeded';
import { loadRate } from '../lib/loadRate';
import { hasTarget, takeRateTarget, type RateTarget } from '../pendingRate';
import '../reviews.css';

/**
 * 评价 one service: an application, a visit, or a window by its printed QR (`center`); or 修改评价 (`review`). Only
 * ever opened by the resident's own tap or scan.
 */
export default function RatePage() {
  const params = useRouteParams('rate');
  // Back from an H5 sign-in the query is gone: what was being rated was kept for it.
  const [target] = useState<RateTarget>(() => (hasTarget(params) ? params : (takeRateTarget() ?? {})));
  const key = hasTarget(target) ? JSON.stringify(target) : null;
  const { state, reload } = useQuery(key, () => loadRate(target));

  // Back from 实名认证: carry on where the resident was stopped.
  const seen = useRef(false);
  const status = useRef(state.status);
  status.current = state.status;
  useDidShow(() => {
    if (seen.current && status.current === 'error') reload();
    seen.current = true;
  });

  if (key === null) {
    return (
      <PageShell>
        <EmptyState title="没有找到要评价的服务" hint="办结的办件、到窗口办过的事，可以在“我的评价”里评价">
          <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => go('reviews')}>
            去我的评价
          </View>
        </EmptyState>
      </PageShell>
    );
  }

  if (state.status === 'loading') {
    return (
      <PageShell>
        <Skeleton rows={4} />
      </PageShell>
    );
  }

  if (state.status === 'error') {
    const code = state.error.code;
    const need = code === 'IDENTITY_REQUIRED' ? 'identity' : code === 'AUTH_REQUIRED' ? 'signIn' : null;
    return (
      <PageShell>
        {need ? (
          <SignInNeeded need={need} target={target} onSignedIn={reload} />
        ) : (
          <ErrorState error={state.error} onRetry={reload} />
        )}
      </PageShell>
    );
  }

  const ctx = state.data;
  if (ctx.given) {
    const given = ctx.given;
    return (
      <PageShell>
        <EmptyState title="这次服务您已经评价过了" hint="可以查看评价和办理进度；评价能修改一次">
          <View
            className="btn btn--primary state__btn e2e-rate-given"
            ariaRole="button"
            onClick={() => replace('review', { id: given })}
          >
            查看我的评价
          </View>
        </EmptyState>
      </PageShell>
    );
  }

  return (
    <PageShell meta={state.meta} className="rv-page">
      <RateForm ctx={ctx} />
    </PageShell>
  );
}

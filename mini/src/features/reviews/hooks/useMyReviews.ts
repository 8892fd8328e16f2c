import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Review, ReviewInvitation } from '@zsb/contracts';
import type { ApiResult } from '@/api/client';
import { reviewsApi } from '@/api/reviews';
import { useQuery } from '@/hooks/useQuery';

export interface MyReviews {
  invitations: ReviewInvitation[];
  reviews: Review[];
}

async function loadMine(): Promise<ApiResult<MyReviews>> {
  const [invitations, reviews] = await Promise.all([reviewsApi.invitations(), reviewsApi.list()]);
  return { data: { invitations: invitations.data.items, reviews: reviews.data.items }, meta: reviews.meta };
}

/** 待评价 and 我的评价, asked again each time the page shows (a review given or changed meanwhile). */
export function useMyReviews() {
  const query = useQuery('mine', loadMine);
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current) query.reload();
    seen.current = true;
  });
  return query;
}

/** One review, asked again when the page shows (back from 修改评价). */
export function useReview(id: string) {
  const query = useQuery(id || null, () => reviewsApi.detail(id));
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current && id) query.reload();
    seen.current = true;
  });
  return query;
}

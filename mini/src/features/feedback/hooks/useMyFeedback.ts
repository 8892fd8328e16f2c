import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { feedbackApi } from '@/api/feedback';
import { signsInSilently } from '@/api/platformLogin';
import { useQuery } from '@/hooks/useQuery';

/** Asks again when the page shows again (an answer may have come meanwhile). */
function useReloadOnShow(reload: () => void, enabled: boolean) {
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current && enabled) reload();
    seen.current = true;
  });
}

/** 我的反映, newest first. */
export function useMyFeedback() {
  const query = useQuery('mine', () => feedbackApi.list());
  useReloadOnShow(query.reload, true);
  return query;
}

/**
 * One case or question. On H5 it never starts a sign-in by itself (that would leave the page and lose its id):
 * AUTH_REQUIRED lets the page offer 登录.
 */
export function useFeedback(id: string) {
  const query = useQuery(id || null, () => feedbackApi.detail(id, { signIn: signsInSilently }));
  useReloadOnShow(query.reload, id !== '');
  return query;
}

import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { Mandate, MandateAction, MandateList, MandateWorkbench } from '@zsb/contracts';
import type { ApiResult } from '@/api/client';
import { mandatesApi } from '@/api/mandates';
import { signsInSilently } from '@/api/platformLogin';
import { useQuery } from '@/hooks/useQuery';

/** Asks again when the page shows again (a 委托 may have been used or revoked meanwhile). */
function useReloadOnShow(reload: () => void, enabled: boolean) {
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current && enabled) reload();
    seen.current = true;
  });
}

/**
 * 我委托的 and 我帮谁办. On H5 it never starts a sign-in by itself (that would leave the page): AUTH_REQUIRED lets the
 * page offer 登录.
 */
export function useMandateList() {
  const query = useQuery('mandates', loadList);
  useReloadOnShow(query.reload, true);
  return query;
}

export interface MandateListData extends MandateList {
  /** 我代办的: what to do for each principal; null when there is nothing held in force, or it could not be read. */
  bench: MandateWorkbench | null;
}

async function loadList(): Promise<ApiResult<MandateListData>> {
  const list = await mandatesApi.list({ signIn: signsInSilently });
  // The to-dos are a help, not the page: the list shows without them if they cannot be read.
  const bench = list.data.held.some((m) => m.state === 'active')
    ? await mandatesApi.workbench().then(
        (r) => r.data,
        () => null,
      )
    : null;
  return { data: { ...list.data, bench }, meta: list.meta };
}

export interface MandatePageData {
  mandate: Mandate;
  /** 代办记录, newest first. */
  actions: MandateAction[];
}

async function loadMandate(id: string): Promise<ApiResult<MandatePageData>> {
  const detail = await mandatesApi.detail(id, { signIn: signsInSilently });
  const actions = await mandatesApi.actions(id);
  return { data: { mandate: detail.data, actions: actions.data.items }, meta: detail.meta };
}

/** One 委托 and its 代办记录. */
export function useMandate(id: string) {
  const query = useQuery(id || null, () => loadMandate(id));
  useReloadOnShow(query.reload, id !== '');
  return query;
}

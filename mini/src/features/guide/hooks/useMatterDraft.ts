import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { applicationsApi } from '@/api/applications';
import { draftOwner } from '@/stores/acting';
import { useStore } from '@/stores/createStore';
import { localDrafts, removeLocalDraft } from '@/stores/applyDrafts';
import { sessionStore } from '@/stores/session';

export interface MatterDraft {
  id: string;
  changedAt: string;
}

/**
 * The resident's unfinished application for this matter, if any: the phone's copy or one saved from another phone,
 * whichever is newer. Looked up again each time the guide shows (coming back from 在线办理).
 */
export function useMatterDraft(matterCode: string, enabled: boolean) {
  const session = useStore(sessionStore);
  const residentId = session?.resident.verified ? session.resident.id : null;
  const [draft, setDraft] = useState<MatterDraft | null>(null);

  const look = useCallback(() => {
    if (!enabled || !residentId) {
      setDraft(null);
      return;
    }
    const local = localDrafts(draftOwner(residentId)).find((d) => d.matterCode === matterCode);
    const fromPhone = local ? { id: local.id, changedAt: local.changedAt } : null;
    setDraft(fromPhone);
    applicationsApi
      .drafts()
      .then(({ data }) => {
        const server = data.items
          .filter((d) => d.matterCode === matterCode)
          .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
        if (!server) return;
        const newer = !fromPhone || Date.parse(server.updatedAt) > Date.parse(fromPhone.changedAt);
        if (newer) setDraft({ id: server.id, changedAt: server.updatedAt });
      })
      .catch(() => undefined);
  }, [enabled, residentId, matterCode]);

  // The guide's actions mount once the guide has loaded, after the page's first onShow: look now, and again
  // whenever the page shows later (back from 在线办理).
  useEffect(look, [look]);
  const mounted = useRef(false);
  useDidShow(() => {
    if (mounted.current) look();
    mounted.current = true;
  });

  /** 重新填写: the old draft goes, on the phone and on the server. */
  const discard = useCallback(async () => {
    if (!draft) return;
    removeLocalDraft(draft.id);
    setDraft(null);
    await applicationsApi.deleteDraft(draft.id).catch(() => undefined);
  }, [draft]);

  return { draft, discard };
}

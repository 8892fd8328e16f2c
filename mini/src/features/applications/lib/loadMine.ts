import type { ApplicationSummary, Notification } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import type { ApiResult } from '@/api/client';
import { notificationsApi } from '@/api/notifications';
import { currentActing, draftOwner } from '@/stores/acting';
import { localDrafts } from '@/stores/applyDrafts';
import { sessionStore } from '@/stores/session';
import type { DraftRow } from '../components/DraftCard';
import { sortApplications } from './progressText';

export interface Mine {
  applications: ApplicationSummary[];
  drafts: DraftRow[];
  /** Unread progress messages, newest first. */
  notices: Notification[];
}

/**
 * 我的办件: the applications, the drafts (the server's and those only on this phone), and unread progress
 * messages. Drafts and messages only add to the page: when they fail the applications still show.
 */
export async function loadMine(): Promise<ApiResult<Mine>> {
  const [apps, drafts, notes] = await Promise.all([
    applicationsApi.list(),
    applicationsApi.drafts().catch(() => null),
    // The messages are the signed-in resident's own: not shown while acting for someone else.
    currentActing() ? null : notificationsApi.list().catch(() => null),
  ]);
  const rows: DraftRow[] = (drafts?.data.items ?? []).map((d) => ({
    id: d.id,
    matterCode: d.matterCode,
    matterName: d.matterName,
    step: d.step,
    changedAt: d.updatedAt,
    phoneOnly: false,
  }));
  const residentId = sessionStore.get()?.resident.id;
  for (const local of residentId ? localDrafts(draftOwner(residentId)) : []) {
    const known = rows.find((r) => r.id === local.id);
    if (known) {
      if (local.dirty && local.changedAt > known.changedAt)
        Object.assign(known, { step: local.step, changedAt: local.changedAt });
    } else if (local.dirty) {
      // Typed offline and never saved: the server does not know it yet, the phone does.
      rows.push({
        id: local.id,
        matterCode: local.matterCode,
        matterName: local.matterName,
        step: local.step,
        changedAt: local.changedAt,
        phoneOnly: true,
      });
    }
  }
  rows.sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return {
    data: {
      applications: sortApplications(apps.data.items),
      drafts: rows,
      notices: (notes?.data.items ?? [])
        .filter((n) => n.kind === 'application-status' && n.readAt === null)
        .slice(0, 3),
    },
    meta: apps.meta,
  };
}

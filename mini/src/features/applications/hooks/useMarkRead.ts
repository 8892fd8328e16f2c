import { useEffect } from 'react';
import { notificationsApi } from '@/api/notifications';

/** Opening an application marks its unread progress messages read (best effort; nothing to show if it fails). */
export function useMarkRead(applicationId: string, ready: boolean): void {
  useEffect(() => {
    if (!ready || !applicationId) return;
    const target = `/applications/${applicationId}`;
    notificationsApi
      .list()
      .then(({ data }) => {
        const ids = data.items.filter((n) => n.target === target && n.readAt === null).map((n) => n.id);
        return ids.length ? notificationsApi.markRead(ids) : undefined;
      })
      .catch(() => undefined);
  }, [applicationId, ready]);
}

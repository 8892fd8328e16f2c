import { Text, View } from '@tarojs/components';
import type { Notification } from '@zsb/contracts';
import { notificationsApi } from '@/api/notifications';
import { notificationTarget } from '@/lib/notificationTarget';
import { formatMoment } from '@/lib/when';
import { go } from '@/navigate';

/** Opens what a message is about and marks it read (best effort: the message still opens offline). */
export function openNotification(n: Notification): void {
  if (n.readAt === null) notificationsApi.markRead([n.id]).catch(() => undefined);
  const target = notificationTarget(n.target);
  if (target?.page === 'application') go('application', { id: target.id });
  else if (target?.page === 'booking') go('booking', { id: target.id });
  else if (target?.page === 'review') go('review', { id: target.id });
  else if (target?.page === 'feedback') go('feedback', { id: target.id });
  else if (target?.page === 'mandate') go('mandate', { id: target.id });
}

/** Messages as rows: unread ones marked; a tap opens what the message is about. */
export function NoticeList({ items, onOpened }: { items: Notification[]; onOpened?: (n: Notification) => void }) {
  const now = Date.now();
  return (
    <View className="pg-notices">
      {items.map((n) => (
        <View
          key={n.id}
          className={`pg-notice e2e-notification ${n.readAt === null ? 'pg-notice--unread e2e-notification-unread' : ''}`}
          ariaRole={notificationTarget(n.target) ? 'link' : undefined}
          onClick={() => {
            openNotification(n);
            onOpened?.(n);
          }}
        >
          <View className="pg-notice__head">
            {n.readAt === null && <View className="pg-notice__dot" ariaLabel="未读" />}
            <Text className="pg-notice__title">{n.title}</Text>
          </View>
          <Text className="pg-notice__body">{n.body}</Text>
          <Text className="pg-notice__time">{formatMoment(n.createdAt, now)}</Text>
        </View>
      ))}
    </View>
  );
}

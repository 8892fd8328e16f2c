import { useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { Notification } from '@zsb/contracts';
import { notificationsApi } from '@/api/notifications';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState, ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { NoticeList } from '../components/NoticeList';
import '../progress.css';

/** 消息通知: every step of an application, waitlist news; a tap opens it and marks it read. */
export default function MessagesPage() {
  const { state, reload } = useQuery('notifications', () => notificationsApi.list());
  const [read, setRead] = useState<Set<string>>(new Set());
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current) reload();
    seen.current = true;
  });

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      </PageShell>
    );
  }
  const items: Notification[] = state.data.items.map((n) =>
    read.has(n.id) && !n.readAt ? { ...n, readAt: new Date().toISOString() } : n,
  );
  const unread = items.filter((n) => n.readAt === null);
  const readAll = () => {
    setRead(new Set(items.map((n) => n.id)));
    notificationsApi.markRead(unread.map((n) => n.id)).catch(() => undefined);
  };
  return (
    <PageShell meta={state.meta} className="pg-page">
      {items.length === 0 && <EmptyState title="还没有消息" hint="办件每走一步、预约候补约上时，都会在这里通知您" />}
      {unread.length > 0 && (
        <View className="pg-more">
          <View className="btn e2e-messages-read-all" ariaRole="button" onClick={readAll}>
            全部标为已读（{unread.length}）
          </View>
        </View>
      )}
      <View className="e2e-messages">
        <NoticeList items={items} onOpened={(n) => setRead((s) => new Set(s).add(n.id))} />
      </View>
    </PageShell>
  );
}

import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Notification } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { notificationsApi } from '@/api/notifications';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { currentActing } from '@/stores/acting';
import { go } from '@/navigate';
import { BookingCard } from '../components/BookingCard';
import { Refusal } from '../components/Refusal';
import { WaitlistRow } from '../components/WaitlistRow';
import { splitBookings } from '../lib/bookingText';
import '../bookings.css';

// The waitlist and the notices add to the page; when one of them fails the bookings still show.
async function loadMine() {
  const [bookings, waitlist, notices] = await Promise.all([
    bookingsApi.list(),
    // The waitlist and the messages are the signed-in resident's own: not shown while acting for someone else.
    currentActing() ? null : bookingsApi.waitlist().catch(() => null),
    currentActing() ? null : notificationsApi.list().catch(() => null),
  ]);
  return {
    data: {
      bookings: bookings.data.items,
      waiting: (waitlist?.data.items ?? []).filter((w) => w.status === 'waiting'),
      notices: (notices?.data.items ?? [])
        .filter((n) => n.kind !== 'application-status' && n.readAt === null)
        .slice(0, 3),
    },
    meta: bookings.meta,
  };
}

const bookingIdOf = (n: Notification) => /^\/bookings\/([^/?#]+)$/.exec(n.target ?? '')?.[1] ?? null;

/** 我的预约: upcoming first, the waitlist, then what is over; news from the waitlist on top. */
export default function BookingsPage() {
  const { state, reload } = useQuery('bookings', loadMine);
  // Back from a booking that was cancelled or moved: show the list as it is now.
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current) reload();
    seen.current = true;
  });

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {state.status === 'loading' && <Skeleton rows={3} />}
        {state.status === 'error' && <Refusal error={state.error} handlers={{ retry: reload }} />}
      </PageShell>
    );
  }

  const now = Date.now();
  const { bookings, waiting, notices } = state.data;
  const { upcoming, past } = splitBookings(bookings, now);
  const findCenters = () => go('centers', {});

  if (bookings.length === 0 && waiting.length === 0) {
    return (
      <PageShell meta={state.meta}>
        <EmptyState title="还没有预约" hint="在办事指南里点“预约办理”，或者找附近的办事点预约，到了不用排长队">
          <View className="btn btn--primary state__btn e2e-bookings-find" ariaRole="button" onClick={findCenters}>
            找附近办事点
          </View>
        </EmptyState>
      </PageShell>
    );
  }

  return (
    <PageShell meta={state.meta} className="bk-page">
      {notices.map((n) => {
        const id = bookingIdOf(n);
        return (
          <View
            key={n.id}
            className="bk-notice e2e-notification"
            ariaRole={id ? 'link' : undefined}
            onClick={() => id && go('booking', { id })}
          >
            <Text className="bk-notice__title">{n.title}</Text>
            <Text className="bk-notice__body">{n.body}</Text>
          </View>
        );
      })}

      <View className="e2e-bookings-upcoming">
        <View className="bk-group">
          <Text className="section__title">待办理（{upcoming.length}）</Text>
          {upcoming.length === 0 && <Text className="muted">没有待办理的预约</Text>}
        </View>
        {upcoming.map((b) => (
          <BookingCard key={b.id} booking={b} nowMs={now} />
        ))}
      </View>

      {waiting.length > 0 && (
        <View className="e2e-waitlist">
          <View className="bk-group">
            <Text className="section__title">候补中（{waiting.length}）</Text>
            <Text className="muted">有人取消时，按排队顺序自动为您约上</Text>
          </View>
          {waiting.map((w) => (
            <WaitlistRow key={w.id} entry={w} onLeft={reload} />
          ))}
        </View>
      )}

      {past.length > 0 && (
        <View className="e2e-bookings-past">
          <View className="bk-group">
            <Text className="section__title">已结束（{past.length}）</Text>
          </View>
          {past.map((b) => (
            <BookingCard key={b.id} booking={b} nowMs={now} />
          ))}
        </View>
      )}

      <View className="bk-more">
        <View className="btn e2e-bookings-find" ariaRole="button" onClick={findCenters}>
          预约别的事
        </View>
      </View>
    </PageShell>
  );
}

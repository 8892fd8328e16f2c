import { useEffect, useRef, useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Slot, SlotDay } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import { formatDate } from '@/lib/when';
import { DayPicker } from '../components/DayPicker';
import { Refusal } from '../components/Refusal';
import { DayEnded } from '../components/DayEnded';
import { SlotGrid } from '../components/SlotGrid';
import { loadContext } from '../context';
import { nextOpenDay } from '../lib/slotChoice';
import { useJoinWaitlist } from '../hooks/useJoinWaitlist';
import '../bookings.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/** Choose a day of the horizon, then a slot: free ones go to the confirm page, full ones offer 候补. */
export default function SlotPage() {
  const { centerId = '', matterCode = '', bookingId } = useRouteParams('bookSlot');
  const valid = centerId !== '' && matterCode !== '';

  const ctx = useQuery(valid ? `${centerId}|${matterCode}` : null, () => loadContext(centerId, matterCode));
  const [date, setDate] = useState<string | null>(null);
  const slots = useQuery(valid ? `${centerId}|${matterCode}|${date ?? ''}` : null, () =>
    bookingsApi.slots(centerId, matterCode, date ?? undefined),
  );
  // The days stay on screen while another day's slots load.
  const days = useRef<SlotDay[]>([]);
  if (slots.state.status === 'ok') days.current = slots.state.data.days;
  const shownDate = slots.state.status === 'ok' ? slots.state.data.date : date;

  const toCenters = () => go('centers', { matterCode, matterName: ctx.state.data?.matterName });
  const waitlist = useJoinWaitlist({ centers: toCenters });

  useEffect(() => {
    if (bookingId) void Taro.setNavigationBarTitle({ title: '选择新的时间' }).catch(() => undefined);
  }, [bookingId]);

  // Back from the confirm page (someone may have taken the slot meanwhile): show the places as they are now.
  const seen = useRef(false);
  useDidShow(() => {
    if (seen.current) slots.reload();
    seen.current = true;
  });

  const book = (slot: Slot) => go('bookConfirm', { centerId, matterCode, start: slot.start, bookingId });
  const wait = (slot: Slot) => void waitlist.join({ centerId, matterCode, start: slot.start });

  if (!valid) {
    return (
      <PageShell>
        <EmptyState title="没有选好办事点和事项" hint="请从办事指南的“预约办理”或附近办事点重新开始">
          <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => go('centers', {})}>
            看附近办事点
          </View>
        </EmptyState>
      </PageShell>
    );
  }

  const day = days.current.find((d) => d.date === shownDate);
  return (
    <PageShell meta={ctx.state.meta} className="bk-page">
      <View className="section bk-intro">
        <Text className="section__title">{bookingId ? '改到哪一天' : '选择预约时间'}</Text>
        {ctx.state.status === 'ok' && (
          <>
            <Text className="bk-intro__line e2e-slot-matter">办理事项：{ctx.state.data.matterName}</Text>
            <Text className="bk-intro__line e2e-slot-center">办事点：{ctx.state.data.center.name}</Text>
          </>
        )}
        {bookingId && <Text className="bk-intro__note">选好新的时间并确认后，原来的时段会让给其他群众</Text>}
      </View>

      {ctx.state.status === 'error' && (
        <Refusal error={ctx.state.error} handlers={{ retry: ctx.reload, centers: toCenters }} />
      )}

      {days.current.length > 0 && (
        <View className="section">
          <Text className="bk-step">1. 选日期</Text>
          <DayPicker days={days.current} selected={shownDate} onSelect={setDate} />
        </View>
      )}

      {slots.state.status === 'loading' && <Skeleton rows={3} />}
      {slots.state.status === 'error' && (
        <Refusal error={slots.state.error} handlers={{ retry: slots.reload, centers: toCenters }} />
      )}
      {slots.state.status === 'ok' && (
        <View className="section">
          <Text className="bk-step">2. 选时段{shownDate ? `（${formatDate(shownDate)}）` : ''}</Text>
          {day?.state === 'full' && (
            <Text className="bk-banner bk-banner--warn">这天已经约满了：可以在想要的时段登记候补，或者换一天</Text>
          )}
          {day?.state === 'ended' && <DayEnded day={day} next={nextOpenDay(days.current, day.date)} onPick={setDate} />}
          {slots.state.data.slots.length === 0 ? (
            <Text className="bk-banner">这天没有可以预约的时段，请换一天</Text>
          ) : (
            <SlotGrid slots={slots.state.data.slots} busy={waitlist.busy} onBook={book} onWait={wait} />
          )}
        </View>
      )}
    </PageShell>
  );
}

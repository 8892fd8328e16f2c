import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { SlotOffer } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { asApiError, type ApiError } from '@/api/errors';
import { PageShell } from '@/components/PageShell';
import { Skeleton } from '@/components/Skeleton';
import { EmptyState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import { backTo, go, replace } from '@/navigate';
import { formatSlotStart, formatSlotTime, localDateOf } from '@/lib/when';
import { BookingFacts } from '../components/BookingFacts';
import { OfferList } from '../components/OfferList';
import { Refusal } from '../components/Refusal';
import { ResidentNote } from '../components/ResidentNote';
import { loadContext } from '../context';
import { useJoinWaitlist } from '../hooks/useJoinWaitlist';
import { attemptId, newIdempotencyKey } from '../lib/idempotencyKey';
import { bringHint } from '../lib/materials';
import { slotView } from '../lib/slotChoice';
import '../bookings.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/** 确认预约 (or 确认改期): what, when, where, what to bring, whose; then one tap books. */
export default function ConfirmPage() {
  const { centerId = '', matterCode = '', start = '', bookingId } = useRouteParams('bookConfirm');
  const attempt = attemptId({ centerId, matterCode, start, bookingId });

  const ctx = useQuery(centerId && matterCode ? `${centerId}|${matterCode}` : null, () =>
    loadContext(centerId, matterCode),
  );
  const day = useQuery(start ? `${attempt}` : null, () => bookingsApi.slots(centerId, matterCode, localDateOf(start)));
  const [submitting, setSubmitting] = useState(false);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [offers, setOffers] = useState<SlotOffer[]>([]);
  // One key per attempt, kept across retries of it: a timeout may hide a booking that was made.
  const key = useRef<{ attempt: string; value: string } | null>(null);

  const toSlots = () => {
    backTo('bookSlot', { centerId, matterCode, bookingId });
  };
  const toCenters = () => go('centers', { matterCode, matterName: ctx.state.data?.matterName });
  const waitlist = useJoinWaitlist({ centers: toCenters, slots: toSlots });

  useEffect(() => {
    if (bookingId) void Taro.setNavigationBarTitle({ title: '确认改期' }).catch(() => undefined);
  }, [bookingId]);

  const submit = async () => {
    if (submitting) return;
    if (key.current?.attempt !== attempt) key.current = { attempt, value: newIdempotencyKey() };
    setSubmitting(true);
    setRefusal(null);
    setOffers([]);
    try {
      const booked = bookingId
        ? await bookingsApi.reschedule(bookingId, { start, centerId })
        : await bookingsApi.book({ centerId, matterCode, start }, key.current.value);
      replace('booking', { id: booked.data.id, done: bookingId ? 'moved' : 'new' });
    } catch (err) {
      const e = asApiError(err);
      // The server answered "no": a new try is a new attempt. Without an answer the outcome is unknown: keep it.
      if (e.status !== null && e.status < 500) key.current = null;
      setRefusal(e);
      setOffers(e.code === 'BOOKING_SLOT_FULL' ? e.offers : []);
    } finally {
      setSubmitting(false);
    }
  };

  const pickOffer = (o: SlotOffer) =>
    replace('bookConfirm', { centerId: o.centerId, matterCode, start: o.start, bookingId });

  if (!centerId || !matterCode || !start) {
    return (
      <PageShell>
        <EmptyState title="没有选好预约的时段" hint="请从办事指南的“预约办理”或附近办事点重新开始">
          <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => go('centers', {})}>
            看附近办事点
          </View>
        </EmptyState>
      </PageShell>
    );
  }

  if (ctx.state.status !== 'ok') {
    return (
      <PageShell>
        {ctx.state.status === 'loading' && <Skeleton rows={4} />}
        {ctx.state.status === 'error' && (
          <Refusal error={ctx.state.error} handlers={{ retry: ctx.reload, centers: toCenters }} />
        )}
      </PageShell>
    );
  }

  const { center, matterName, materials } = ctx.state.data;
  const slot = day.state.data?.slots.find((s) => Date.parse(s.start) === Date.parse(start));
  const now = Date.now();
  const when = slot ? formatSlotTime(slot.start, slot.end, now) : formatSlotStart(start, now);
  const bring = bringHint(materials);
  const full = slot !== undefined && slotView(slot) !== 'open';

  return (
    <PageShell meta={ctx.state.meta} className="bk-page">
      <View className="section bk-intro">
        <Text className="section__title">{bookingId ? '请确认新的时间' : '请确认预约信息'}</Text>
      </View>
      <BookingFacts matterName={matterName} centerName={center.name} centerAddress={center.address} when={when}>
        {slot && (
          <View className="bk-fact">
            <Text className="bk-fact__label">剩余名额</Text>
            <Text className={`bk-fact__value ${full ? 'bk-fact__value--warn' : ''}`}>
              {full ? '刚刚约满了，可以试试提交，或登记候补' : `还剩 ${slot.left} 个`}
            </Text>
          </View>
        )}
      </BookingFacts>

      <View className="section e2e-booking-bring">
        <Text className="bk-note__title">请带上</Text>
        {bring.items.map((m) => (
          <Text key={m} className="bk-bring__item">
            · {m}
          </Text>
        ))}
        {bring.more > 0 && <Text className="muted">还有 {bring.more} 项材料，详见办事指南</Text>}
      </View>

      <ResidentNote />

      {refusal && (
        <Refusal
          error={refusal}
          handlers={{
            slots: toSlots,
            centers: toCenters,
            retry: () => void submit(),
            waitlist: () => void waitlist.join({ centerId, matterCode, start }),
          }}
        />
      )}
      <OfferList offers={offers} centerId={centerId} onPick={pickOffer} />

      <View className="bk-actions">
        <View
          className={`btn btn--primary bk-actions__main e2e-book-confirm ${submitting ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void submit()}
        >
          {submitting ? '正在提交…' : bookingId ? '确认改期' : '确认预约'}
        </View>
        <Text className="bk-actions__hint">预约以后，在“我的预约”里可以取消或改期</Text>
      </View>
    </PageShell>
  );
}

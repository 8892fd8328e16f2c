import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { Booking } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { FeedbackLink } from '@/components/FeedbackLink';
import { PageShell } from '@/components/PageShell';
import { ReviewEntryCard } from '@/components/ReviewEntryCard';
import { Skeleton } from '@/components/Skeleton';
import { useQuery } from '@/hooks/useQuery';
import { go } from '@/navigate';
import { openMap } from '@/lib/location';
import { BookingActions } from '../components/BookingActions';
import { BookingFacts } from '../components/BookingFacts';
import { CheckInQr } from '../components/CheckInQr';
import { Refusal } from '../components/Refusal';
import { formatSlotStart } from '@/lib/when';
import { noteText, statusOf, whenText } from '../lib/bookingText';
import '../bookings.css';
import { toast } from '@/lib/feedback';
import { useRouteParams } from '@/hooks/useRouteParams';

const DONE_TITLE: Record<string, string> = { new: '预约成功', moved: '改期成功' };

/** One booking: its check-in QR while confirmed, the facts, call and navigate, 改期 and 取消. Also the success page. */
export default function BookingPage() {
  const params = useRouteParams('booking');
  const id = params.id ?? '';
  const done = DONE_TITLE[params.done ?? ''] ?? null;
  const { state, reload } = useQuery(id || null, () => bookingsApi.detail(id));
  const [changed, setChanged] = useState<Booking | null>(null);

  if (state.status !== 'ok') {
    return (
      <PageShell>
        {id !== '' && state.status === 'loading' && <Skeleton rows={4} />}
        {state.status === 'error' && <Refusal error={state.error} handlers={{ retry: reload }} />}
        {(id === '' || state.status === 'error') && (
          <View className="bk-actions">
            <View className="btn btn--primary" ariaRole="button" onClick={() => go('bookings')}>
              查看我的预约
            </View>
          </View>
        )}
      </PageShell>
    );
  }

  const b = changed ?? state.data;
  const now = Date.now();
  const status = statusOf(b, now);
  const showQr = b.status === 'confirmed' && b.checkInCode !== null && status.tone === 'ok';
  const copy = () =>
    void Taro.setClipboardData({ data: noteText(b) })
      .then(() => toast('已复制，可以粘贴到备忘录'))
      .catch(() => undefined);

  return (
    <PageShell meta={state.meta} className="bk-page">
      {done && b.status === 'confirmed' && (
        <View className="bk-done e2e-booking-success" ariaRole="alert">
          <Text className="bk-done__title">✓ {done}</Text>
          <Text className="bk-done__text">
            请在{formatSlotStart(b.start, now)}以前到{b.centerName}，把下面的签到码给窗口工作人员扫一下
          </Text>
        </View>
      )}

      {b.notice && (
        <View className="bk-center-notice e2e-booking-notice" ariaRole="alert">
          <Text className="bk-center-notice__title">中心通知</Text>
          <Text className="bk-center-notice__text">{b.notice}</Text>
        </View>
      )}

      <View className="section bk-ticket">
        <View className="bk-ticket__head">
          <Text className="section__title">{showQr ? '签到码' : '预约'}</Text>
          <Text className={`bk-status bk-status--${status.tone} e2e-booking-status`}>{status.text}</Text>
        </View>
        {showQr && b.checkInCode && <CheckInQr code={b.checkInCode} />}
        {b.fromWaitlist && <Text className="bk-ticket__note">这个名额是候补约上的</Text>}
        {b.status === 'cancelled' && <Text className="bk-ticket__note">这个预约已经取消，签到码不能再用</Text>}
      </View>

      <BookingFacts
        matterName={b.matterName}
        centerName={b.centerName}
        centerAddress={b.centerAddress}
        when={whenText(b, now)}
      />

      <ReviewEntryCard thing={b.status === 'checked-in' ? { kind: 'visit', id: b.id } : null} />

      <View className="section bk-links">
        <View
          className="bk-link e2e-booking-navigate"
          ariaRole="button"
          onClick={() =>
            void openMap({ ...b.gcj02, name: b.centerName, address: b.centerAddress }).catch(() => undefined)
          }
        >
          <Text className="bk-link__title">导航到办事点</Text>
          <Text className="bk-link__go">›</Text>
        </View>
        {b.centerPhone && (
          <View
            className="bk-link"
            ariaRole="button"
            onClick={() => void Taro.makePhoneCall({ phoneNumber: b.centerPhone ?? '' }).catch(() => undefined)}
          >
            <Text className="bk-link__title">打电话：{b.centerPhone}</Text>
            <Text className="bk-link__go">拨打</Text>
          </View>
        )}
        {b.status === 'confirmed' && (
          <View className="bk-link e2e-booking-copy" ariaRole="button" onClick={copy}>
            <View className="bk-link__label">
              <Text className="bk-link__title">复制预约信息</Text>
              <Text className="muted">时间、地点和要带的证件，粘贴到备忘录或发给家人</Text>
            </View>
            <Text className="bk-link__go">复制</Text>
          </View>
        )}
      </View>

      <BookingActions
        booking={b}
        onChanged={setChanged}
        onStale={() => {
          setChanged(null);
          reload();
        }}
      />

      <FeedbackLink params={{ bookingId: b.id }} hook="e2e-booking-feedback" />

      {done && (
        <View className="bk-actions">
          <View className="btn e2e-booking-mine" ariaRole="button" onClick={() => go('bookings')}>
            查看我的预约
          </View>
        </View>
      )}
    </PageShell>
  );
}

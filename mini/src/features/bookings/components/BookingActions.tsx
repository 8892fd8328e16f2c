import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { Booking } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { asApiError } from '@/api/errors';
import { go } from '@/navigate';
import { formatSlotStart } from '@/lib/when';
import { canChange, isUpcoming, whenText } from '../lib/bookingText';
import { showRefusal } from '../steps';
import { confirm, toast } from '@/lib/feedback';

interface Props {
  booking: Booking;
  onChanged: (booking: Booking) => void;
  onStale: () => void;
}

/** 改期 and 取消预约 while the booking can still change; afterwards, why not and whom to call. */
export function BookingActions({ booking: b, onChanged, onStale }: Props) {
  const [cancelling, setCancelling] = useState(false);
  const now = Date.now();
  if (!isUpcoming(b, now)) return null;

  if (!canChange(b, now)) {
    return (
      <View className="bk-actions">
        <Text className="bk-banner bk-banner--warn">
          在手机上取消或改期要在 {formatSlotStart(b.changeableUntil, now)} 以前。来不了或要晚到，请打电话告诉办事点
          {b.centerPhone ? `：${b.centerPhone}` : ''}
        </Text>
      </View>
    );
  }

  const cancel = async () => {
    const confirmed = await confirm({
      title: '取消预约',
      content: `取消后，${whenText(b, now)}的名额会让给其他群众。确定取消吗？`,
      confirmText: '取消预约',
      cancelText: '不取消',
    });
    if (!confirmed) return;
    setCancelling(true);
    try {
      onChanged((await bookingsApi.cancel(b.id)).data);
      toast('已取消预约', 'success');
    } catch (err) {
      const e = asApiError(err);
      // Already cancelled, checked in or too late: what the page shows is out of date.
      if (e.code === 'BOOKING_NOT_ACTIVE' || e.code === 'BOOKING_CHANGE_TOO_LATE') onStale();
      await showRefusal('没能取消', e);
    } finally {
      setCancelling(false);
    }
  };

  return (
    <View className="bk-actions bk-actions--row">
      <View
        className="btn bk-actions__half e2e-booking-reschedule"
        ariaRole="button"
        onClick={() => go('bookSlot', { centerId: b.centerId, matterCode: b.matterCode, bookingId: b.id })}
      >
        改期
      </View>
      <View
        className={`btn bk-actions__half bk-actions__cancel e2e-booking-cancel ${cancelling ? 'btn--disabled' : ''}`}
        ariaRole="button"
        onClick={() => !cancelling && void cancel()}
      >
        {cancelling ? '正在取消…' : '取消预约'}
      </View>
    </View>
  );
}

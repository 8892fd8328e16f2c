import { Text, View } from '@tarojs/components';
import type { Booking } from '@zsb/contracts';
import { go } from '@/navigate';
import { statusOf, whenText } from '../lib/bookingText';

/** One booking in 我的预约: status, matter, when and where; opens the booking with its check-in QR. */
export function BookingCard({ booking: b, nowMs }: { booking: Booking; nowMs: number }) {
  const status = statusOf(b, nowMs);
  return (
    <View className="bk-card e2e-booking-item" ariaRole="link" onClick={() => go('booking', { id: b.id })}>
      <View className="bk-card__top">
        <Text className="bk-card__matter">{b.matterName}</Text>
        <Text className={`bk-status bk-status--${status.tone} e2e-booking-item-status`}>{status.text}</Text>
      </View>
      <Text className="bk-card__when">{whenText(b, nowMs)}</Text>
      <Text className="bk-card__where">{b.centerName}</Text>
    </View>
  );
}

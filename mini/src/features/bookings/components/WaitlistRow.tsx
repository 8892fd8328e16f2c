import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { WaitlistEntry } from '@zsb/contracts';
import { bookingsApi } from '@/api/bookings';
import { asApiError } from '@/api/errors';
import { formatSlotStart } from '@/lib/when';
import { showRefusal } from '../steps';
import { confirm, toast } from '@/lib/feedback';

/** A place in line for a full slot, and the way out of the line. */
export function WaitlistRow({ entry: w, onLeft }: { entry: WaitlistEntry; onLeft: () => void }) {
  const [leaving, setLeaving] = useState(false);
  const when = formatSlotStart(w.start, Date.now());

  const leave = async () => {
    const confirmed = await confirm({
      title: '退出候补',
      content: `退出后，${when}有人取消时不会再为您预约。确定退出吗？`,
      confirmText: '退出',
      cancelText: '不退出',
    });
    if (!confirmed) return;
    setLeaving(true);
    try {
      await bookingsApi.leaveWaitlist(w.id);
      toast('已退出候补', 'success');
      onLeft();
    } catch (err) {
      const e = asApiError(err);
      if (e.code === 'WAITLIST_NOT_FOUND') onLeft();
      await showRefusal('没能退出', e);
    } finally {
      setLeaving(false);
    }
  };

  return (
    <View className="bk-card bk-card--wait e2e-waitlist-item">
      <View className="bk-card__top">
        <Text className="bk-card__matter">{w.matterName}</Text>
        <Text className="bk-status bk-status--wait">排第 {w.position} 位</Text>
      </View>
      <Text className="bk-card__when">{when}</Text>
      <Text className="bk-card__where">{w.centerName}</Text>
      <View
        className={`btn bk-card__leave e2e-waitlist-leave ${leaving ? 'btn--disabled' : ''}`}
        ariaRole="button"
        onClick={() => !leaving && void leave()}
      >
        {leaving ? '正在退出…' : '退出候补'}
      </View>
    </View>
  );
}

import { View } from '@tarojs/components';
import { EmptyState } from '@/components/StateView';
import { go } from '@/navigate';

/** Shown instead of a staff page to a resident who serves at no center: who it is for, and where they may want to go. */
export function NotStaff({ hook, hint }: { hook: string; hint: string }) {
  return (
    <View className={hook}>
      <EmptyState title="只有中心工作人员可以使用" hint={hint}>
        <View className="btn btn--primary state__btn" ariaRole="button" onClick={() => go('bookings')}>
          查看我的预约
        </View>
        <View className="btn state__btn" ariaRole="button" onClick={() => go('mine')}>
          回到“我的”
        </View>
      </EmptyState>
    </View>
  );
}

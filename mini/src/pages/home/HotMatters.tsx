import { Text, View } from '@tarojs/components';
import type { MatterSummary } from '@zsb/contracts';
import { MatterItem } from '@/components/MatterItem';
import { openSearch } from '@/navigate';

export function HotMatters({ items }: { items: MatterSummary[] }) {
  if (items.length === 0) return null;
  return (
    <View className="section e2e-hot">
      <View className="section__head">
        <Text className="section__title">大家都在办</Text>
        <View className="section__more" ariaRole="button" onClick={() => openSearch({ focus: false })}>
          全部事项 ›
        </View>
      </View>
      {items.map((m) => (
        <MatterItem key={m.code} matter={m} showDomain={false} />
      ))}
    </View>
  );
}

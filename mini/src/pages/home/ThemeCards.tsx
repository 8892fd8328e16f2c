import { Text, View } from '@tarojs/components';
import type { ThemeSummary } from '@zsb/contracts';
import { go } from '@/navigate';

export function ThemeCards({ items }: { items: ThemeSummary[] }) {
  if (items.length === 0) return null;
  return (
    <View className="section e2e-themes">
      <View className="section__head">
        <Text className="section__title">一件事一次办</Text>
      </View>
      <Text className="muted">几件相关的事合在一起，材料只交一次</Text>
      {items.map((t) => (
        <View
          key={t.id}
          className="theme-card e2e-theme-item"
          ariaRole="link"
          onClick={() => go('theme', { id: t.id })}
        >
          <Text className="theme-card__name">{t.name}</Text>
          <Text className="theme-card__desc">{t.description}</Text>
          <Text className="theme-card__count">含 {t.matterCount} 个事项 ›</Text>
        </View>
      ))}
    </View>
  );
}

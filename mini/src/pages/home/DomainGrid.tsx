import { Text, View } from '@tarojs/components';
import type { DomainSummary } from '@zsb/contracts';
import { go } from '@/navigate';

export function DomainGrid({ items }: { items: DomainSummary[] }) {
  if (items.length === 0) return null;
  return (
    <View className="section e2e-domains">
      <View className="section__head">
        <Text className="section__title">按类别找</Text>
      </View>
      <View className="domain-grid">
        {items.map((d) => (
          <View
            key={d.code}
            className="domain-grid__cell e2e-domain-item"
            ariaRole="link"
            ariaLabel={`${d.name}，共 ${d.matterCount} 项`}
            onClick={() => go('domain', { code: d.code, name: d.name })}
          >
            <Text className="domain-grid__name">{d.name}</Text>
            <Text className="domain-grid__count">{d.matterCount} 项</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

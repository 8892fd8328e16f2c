import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface Props {
  title: string;
  /** The source did not publish this field; it holds sample data. */
  sample?: boolean;
  className?: string;
  children: ReactNode;
}

export function GuideSection({ title, sample, className, children }: Props) {
  return (
    <View className={`section ${className ?? ''}`}>
      <View className="section__head">
        <Text className="section__title">{title}</Text>
        {sample && <Text className="badge badge--warn e2e-sample">示例</Text>}
      </View>
      {children}
    </View>
  );
}

/** A plain bulleted list; an empty list says so instead of leaving a bare heading. */
export function TextList({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <Text className="muted">{empty}</Text>;
  return (
    <View className="text-list">
      {items.map((text, i) => (
        <View key={i} className="text-list__item">
          <Text className="text-list__dot">{items.length > 1 ? `${i + 1}.` : '•'}</Text>
          <Text className="text-list__text">{text}</Text>
        </View>
      ))}
    </View>
  );
}

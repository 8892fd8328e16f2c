import { Text, View } from '@tarojs/components';
import type { LinkedThing } from '../lib/loadFeedback';

/** What the report is about (an application, a booking, a matter, a center), when it was opened from one. */
export function LinkedCard({ things }: { things: LinkedThing[] }) {
  if (things.length === 0) return null;
  return (
    <View className="section e2e-feedback-linked">
      <Text className="fb-q">反映的是</Text>
      {things.map((t) => (
        <View key={`${t.word}-${t.name}`} className="fact">
          <Text className="fact__label">{t.word}</Text>
          <Text className="fact__value e2e-feedback-linked-name">{t.name}</Text>
          {t.line ? <Text className="fb-fact__line">{t.line}</Text> : null}
        </View>
      ))}
    </View>
  );
}

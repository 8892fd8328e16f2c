import { Text, View } from '@tarojs/components';
import type { MatterRef } from '../lib/applicationForm';
import { go } from '../navigate';
import './AtWindowMatters.css';

interface Props {
  matters: MatterRef[];
  /** Lead line; by default “这些事项需要到窗口办理：…”. */
  intro?: string;
}

/**
 * The matters of a 一件事 that cannot be done on the phone, each with 预约 into the booking flow (the centers that
 * handle it, then a slot), so what is left is never a dead end.
 */
export function AtWindowMatters({ matters, intro }: Props) {
  if (matters.length === 0) return null;
  return (
    <View className="section at-window e2e-theme-at-window">
      <View className="section__head">
        <Text className="section__title">需要到窗口办理</Text>
      </View>
      <Text className="at-window__intro">
        {intro ?? `这些事项需要到窗口办理：${matters.map((m) => m.name).join('、')}`}
      </Text>
      {matters.map((m) => (
        <View key={m.code} className="at-window__row">
          <Text className="at-window__name">{m.name}</Text>
          <View
            className="btn at-window__book e2e-theme-book"
            ariaRole="button"
            ariaLabel={`预约办理${m.name}`}
            onClick={() => go('centers', { matterCode: m.code, matterName: m.name })}
          >
            预约
          </View>
        </View>
      ))}
      <Text className="at-window__hint">预约一个附近办事点的时间，带上材料按时到窗口办理</Text>
    </View>
  );
}

import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface Props {
  matterName: string;
  centerName: string;
  centerAddress: string;
  when: string;
  /** Extra rows after the usual ones (left places, status …). */
  children?: ReactNode;
}

/** 事项 · 时间 · 地点, the same rows on the confirm page and the booking's page. */
export function BookingFacts({ matterName, centerName, centerAddress, when, children }: Props) {
  return (
    <View className="section bk-facts">
      <View className="bk-fact">
        <Text className="bk-fact__label">办理事项</Text>
        <Text className="bk-fact__value e2e-booking-matter">{matterName}</Text>
      </View>
      <View className="bk-fact">
        <Text className="bk-fact__label">预约时间</Text>
        <Text className="bk-fact__value bk-fact__value--strong e2e-booking-when">{when}</Text>
      </View>
      <View className="bk-fact">
        <Text className="bk-fact__label">办事地点</Text>
        <View className="bk-fact__body">
          <Text className="bk-fact__value e2e-booking-center">{centerName}</Text>
          <Text className="muted">{centerAddress}</Text>
        </View>
      </View>
      {children}
    </View>
  );
}

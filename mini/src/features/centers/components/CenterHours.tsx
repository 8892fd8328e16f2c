import { Text, View } from '@tarojs/components';
import type { CenterDetail } from '@zsb/contracts';
import { hoursLines } from '../lib/centerText';
import { formatDate } from '@/lib/when';

/** 办公时间 with the lunch break, and the holidays in the booking horizon when the center is closed. */
export function CenterHours({ center }: { center: CenterDetail }) {
  const lines = hoursLines(center.hours);
  return (
    <View className="section e2e-center-hours">
      <View className="section__head">
        <Text className="section__title">办公时间</Text>
      </View>
      {lines.length === 0 && <Text className="ctr-fact__value">暂未公布，请先打电话问一问</Text>}
      {lines.map((l, i) => (
        <View key={i} className="ctr-hours">
          <Text className="ctr-hours__days">{l.days}</Text>
          <View className="ctr-hours__body">
            <Text className="ctr-hours__ranges">{l.ranges}</Text>
            {l.lunch && <Text className="ctr-hours__lunch">午休 {l.lunch}，这段时间不办理</Text>}
          </View>
        </View>
      ))}
      {center.closedDays.length > 0 && (
        <View className="ctr-closed e2e-center-closed">
          <Text className="ctr-closed__title">近期放假不办公</Text>
          {center.closedDays.map((d) => (
            <Text key={d.date} className="ctr-closed__day">
              {formatDate(d.date)}：{d.reason}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { CheckIn } from '@zsb/contracts';
import { checkInRows } from '../lib/checkInText';

/** ✓ 签到成功, big enough to read across the counter: masked name, matter, slot, time of the check-in. */
export function CheckInResult({ checkIn, nowMs }: { checkIn: CheckIn; nowMs: number }) {
  return (
    <View className="st-result e2e-checkin-result" ariaRole="alert">
      <Text className="st-result__verdict">✓ 签到成功</Text>
      {checkInRows(checkIn, nowMs).map((r) => (
        <View key={r.label} className="st-row">
          <Text className="st-row__label">{r.label}</Text>
          <Text className={`st-row__value ${r.hook}`}>{r.value}</Text>
        </View>
      ))}
      <Text className="st-result__hint">请核对群众的居民身份证，姓名一致后开始办理</Text>
    </View>
  );
}

import { Text, View } from '@tarojs/components';

/** Label/value rows of masked identity data (姓名 张*, 身份证号 4105**********0036 …). */
export function MaskedRows({ rows }: { rows: { label: string; value?: string; hook?: string }[] }) {
  return (
    <>
      {rows.map((r) => (
        <View className="id-locked__row" key={r.label}>
          <Text className="id-locked__label">{r.label}</Text>
          <Text className={`id-locked__value ${r.hook ?? ''}`}>{r.value ?? '—'}</Text>
        </View>
      ))}
    </>
  );
}

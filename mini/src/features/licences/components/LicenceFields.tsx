import { Text, View } from '@tarojs/components';
import type { LicenceField } from '@zsb/contracts';

/** The fields printed on the licence, with a note on each value that is partly hidden. */
export function LicenceFields({ fields }: { fields: LicenceField[] }) {
  if (fields.length === 0) return null;
  return (
    <View className="section e2e-licence-fields">
      <View className="section__head">
        <Text className="section__title">证面信息</Text>
      </View>
      {fields.map((f) => (
        <View key={f.label} className={`lic-fact e2e-licence-field ${f.masked ? 'lic-fact--masked' : ''}`}>
          <Text className="lic-fact__label">{f.label}</Text>
          <View className="lic-fact__body">
            <Text className="lic-fact__value">{f.value}</Text>
            {f.masked && <Text className="lic-fact__masked">部分隐藏</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './CopyRow.css';
import { toast } from '@/lib/feedback';

interface Props {
  label: string;
  value: string;
  /** Test hook of the value; the button gets `<hook>-copy`. */
  hook: string;
}

/** A number to keep (办件编号, 查询码) with a 复制 button: copied, not retyped, so it cannot be miswritten. */
export function CopyRow({ label, value, hook }: Props) {
  const copy = () =>
    void Taro.setClipboardData({ data: value })
      .then(() => toast(`${label}已复制`))
      .catch(() => undefined);
  return (
    <View className="copy-row">
      <View className="copy-row__body">
        <Text className="copy-row__label">{label}</Text>
        <Text className={`copy-row__value ${hook}`} userSelect>
          {value}
        </Text>
      </View>
      <View className={`btn copy-row__btn ${hook}-copy`} ariaRole="button" ariaLabel={`复制${label}`} onClick={copy}>
        复制
      </View>
    </View>
  );
}

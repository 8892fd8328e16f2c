import { Text, View } from '@tarojs/components';
import { placeText, type Place } from '../lib/place';

interface Props {
  place: Place | null;
  /** True while the phone is still asked for its position. */
  locating: boolean;
  onChange: () => void;
}

/** Where the list is measured from, and the way to change it; without a position it says so, not "正在获取". */
export function PlaceBar({ place, locating, onChange }: Props) {
  const text = place
    ? `位置：${placeText(place)}`
    : locating
      ? '正在获取您的位置…'
      : '没有获取到位置，请在下面选择地区';
  return (
    <View className="ctr-place">
      <Text className="ctr-place__text e2e-place">{text}</Text>
      {place && (
        <View className="section__more ctr-place__change e2e-place-change" ariaRole="button" onClick={onChange}>
          <Text>切换地点</Text>
        </View>
      )}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { placeText, type Place } from '../lib/place';

/** Where the list is measured from, and the way to change it. */
export function PlaceBar({ place, onChange }: { place: Place | null; onChange: () => void }) {
  return (
    <View className="ctr-place">
      <Text className="ctr-place__text e2e-place">{place ? `位置：${placeText(place)}` : '正在获取您的位置…'}</Text>
      {place && (
        <View className="section__more ctr-place__change e2e-place-change" ariaRole="button" onClick={onChange}>
          <Text>切换地点</Text>
        </View>
      )}
    </View>
  );
}

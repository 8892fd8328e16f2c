import { Text, View } from '@tarojs/components';
import { go } from '@/navigate';

/** WeChat and Alipay have a map page to go to. */
export function MapLink() {
  return (
    <View className="section__more e2e-centers-map" ariaRole="link" onClick={() => go('centerMap')}>
      <Text>在地图上看 ›</Text>
    </View>
  );
}

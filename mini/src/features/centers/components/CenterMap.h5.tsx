import { Text, View } from '@tarojs/components';
import { NearbyCenters } from './NearbyCenters';

/** H5 has no platform map component: the same places as a list, nearest first, with their distances. */
export function CenterMap() {
  return (
    <>
      <View className="ctr-locating">
        <Text>网页版不显示地图，按离您由近到远列出办事点</Text>
      </View>
      <NearbyCenters matter={null} />
    </>
  );
}

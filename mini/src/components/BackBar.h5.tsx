import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { back } from '../navigate';
import { isTabPath } from '../routes';
import './BackBar.css';

/**
 * 返回 at the top of every H5 page but the tab pages: a browser page has no navigation bar, and residents who do
 * not know the browser's own back were stranded on sub-pages. Goes back in the app (or home when opened directly).
 */
export function BackBar() {
  const { path } = useRouter();
  if (isTabPath(path)) return null;
  return (
    <View className="back-bar">
      <View className="back-bar__btn e2e-back" ariaRole="button" ariaLabel="返回上一页" onClick={back}>
        <Text className="back-bar__arrow">‹</Text>
        <Text>返回</Text>
      </View>
    </View>
  );
}

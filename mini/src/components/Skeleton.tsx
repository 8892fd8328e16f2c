import { View } from '@tarojs/components';
import './Skeleton.css';

/** Grey placeholder rows in the shape of a list, so a slow network never shows a blank page. */
export function Skeleton({ rows = 4 }: { rows?: number }) {
  return (
    <View className="skeleton e2e-loading" ariaLabel="正在加载" ariaRole="progressbar">
      {Array.from({ length: rows }, (_, i) => (
        <View key={i} className="skeleton__item">
          <View className="skeleton__line skeleton__line--title" />
          <View className="skeleton__line" />
        </View>
      ))}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { MatterGuide } from '@zsb/contracts';
import { formatSyncTime } from '@/lib/format';
import { go } from '@/navigate';

/** When the guide last changed, and where to read about the data (sources, what 示例 means) for every guide at once. */
export function SourceNote({ guide }: { guide: MatterGuide }) {
  return (
    <View className="source e2e-source">
      {guide.updatedAt && (
        <Text className="source__line">更新时间：{formatSyncTime(guide.updatedAt) ?? guide.updatedAt}</Text>
      )}
      {guide.sampleFields.length > 0 && (
        <Text className="source__line e2e-sample-note">标“示例”的内容来源未公布，办理前请以窗口告知为准。</Text>
      )}
      <View className="source__link e2e-about-data-link" ariaRole="link" onClick={() => go('aboutData')}>
        <Text>关于数据 ›</Text>
      </View>
    </View>
  );
}

import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MatterGuide } from '@zsb/contracts';
import { formatSyncTime, guideFieldLabel } from '@/lib/format';

/** Where the guide comes from and which parts are sample data, so nobody mistakes them for published facts. */
export function SourceNote({ guide }: { guide: MatterGuide }) {
  const url = guide.source.url;
  return (
    <View className="source e2e-source">
      <Text className="source__line">信息来源：{guide.source.name}</Text>
      {guide.updatedAt && (
        <Text className="source__line">更新时间：{formatSyncTime(guide.updatedAt) ?? guide.updatedAt}</Text>
      )}
      {url && (
        <View
          className="source__link"
          ariaRole="button"
          onClick={() => void Taro.setClipboardData({ data: url }).catch(() => undefined)}
        >
          <Text>复制原文链接</Text>
        </View>
      )}
      {guide.sampleFields.length > 0 && (
        <Text className="source__sample e2e-sample-note">
          示例数据：{guide.sampleFields.map(guideFieldLabel).join('、')}
          等内容来源未公布，这里显示的是示例，办理前请以窗口告知为准。
        </Text>
      )}
    </View>
  );
}

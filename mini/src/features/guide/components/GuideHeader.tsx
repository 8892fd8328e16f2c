import { Text, View } from '@tarojs/components';
import type { GuideField, MatterGuide } from '@zsb/contracts';
import { explainOnlineDepth, formatLevels } from '@/lib/format';

/** Name, 掌上办 badge and what the online depth means for the resident. */
export function GuideHeader({ guide, sample }: { guide: MatterGuide; sample: (field: GuideField) => boolean }) {
  const depth = explainOnlineDepth(guide.onlineDepth);
  return (
    <View className="guide-head">
      <Text className="guide-head__name e2e-guide-name">{guide.name}</Text>
      <View className="guide-head__badges">
        {guide.mobileReady ? <Text className="badge badge--ok">掌上办</Text> : <Text className="badge">需到窗口</Text>}
        <Text className="badge">{guide.promiseType === 'immediate' ? '即办件' : '承诺件'}</Text>
        <Text className="badge">
          {guide.kind}
          {sample('kind') ? '（示例）' : ''}
        </Text>
      </View>
      <View className={`guide-depth ${guide.mobileReady ? 'guide-depth--ok' : ''}`}>
        <Text className="guide-depth__title">
          {guide.mobileReady ? '可以在手机上办：' : '手机上能做到哪一步：'}
          {depth.title}
        </Text>
        <Text className="guide-depth__detail">{depth.detail}</Text>
      </View>
      <Text className="guide-head__meta">
        {guide.department}
        {sample('department') && <Text className="sample-mark e2e-sample">示例</Text>} · {guide.domainName} · 在
        {formatLevels(guide.levels)}办理
        {sample('levels') && <Text className="sample-mark e2e-sample">示例</Text>}
      </Text>
      <Text className="guide-head__meta">事项编码 {guide.code}</Text>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import { go } from '@/navigate';

/** 用证记录 and 授权管理: who saw or used the resident's licences, and what they allowed. */
export function LicenceLinks() {
  return (
    <View className="section lic-links">
      <View className="lic-row e2e-licence-uses-link" ariaRole="link" onClick={() => go('licenceUses')}>
        <View className="lic-row__label">
          <Text className="lic-row__title">用证记录</Text>
          <Text className="muted">谁在什么时候查看、核验、使用了您的证照</Text>
        </View>
        <Text className="lic-row__go">›</Text>
      </View>
      <View className="lic-row e2e-licence-consents-link" ariaRole="link" onClick={() => go('licenceConsents')}>
        <View className="lic-row__label">
          <Text className="lic-row__title">授权管理</Text>
          <Text className="muted">办事时允许调取哪些证照，可随时撤回</Text>
        </View>
        <Text className="lic-row__go">›</Text>
      </View>
    </View>
  );
}

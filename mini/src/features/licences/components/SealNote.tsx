import { Text, View } from '@tarojs/components';
import type { LicenceDetail } from '@zsb/contracts';
import { formatBeijingTime } from '../lib/licenceUseLog';

/**
 * 已验证 only when the issuer's seal checked out; anything else is a plain warning, never a neutral grey, because
 * a licence that fails the check may have been altered.
 */
export function SealNote({ licence }: { licence: Pick<LicenceDetail, 'verified' | 'seal'> }) {
  if (!licence.verified) {
    return (
      <View className="lic-seal lic-seal--bad e2e-licence-unverified" ariaRole="alert">
        <Text className="lic-seal__title">⚠ 未通过验证，请勿使用，可联系发证机关</Text>
        <Text className="lic-seal__detail">这个证照的电子签章没有通过校验，可能已被改动或发证机关正在更新。</Text>
      </View>
    );
  }
  return (
    <View className="lic-seal lic-seal--ok e2e-licence-verified">
      <Text className="lic-seal__title">✓ 已验证</Text>
      {licence.seal && (
        <Text className="lic-seal__detail">
          {licence.seal.issuer} 电子签章，签发于 {formatBeijingTime(licence.seal.signedAt, Date.now())}
        </Text>
      )}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { LicenceSummary } from '@zsb/contracts';
import { go } from '@/navigate';
import { formatLocalDate, formatValidity, licenceKind } from '../lib/licenceText';
import { StatusChip } from './StatusChip';

/** One licence in the wallet: a band in the colour of its kind, the masked number, issuer and validity. */
export function LicenceCard({ licence }: { licence: LicenceSummary }) {
  return (
    <View
      className={`lic-card lic-kind--${licenceKind(licence.typeName)} e2e-licence-card`}
      ariaRole="link"
      ariaLabel={`${licence.typeName}，${licence.status === 'valid' ? '有效' : '不可用'}，点击查看`}
      onClick={() => go('licence', { id: licence.id })}
    >
      <View className="lic-card__band">
        <Text className="lic-card__type">{licence.typeName}</Text>
        <Text className="lic-card__open">查看 ›</Text>
      </View>
      <View className="lic-card__body">
        <View className="lic-card__row">
          <Text className="lic-card__number">{licence.numberMasked}</Text>
          <StatusChip status={licence.status} />
        </View>
        <Text className="lic-card__meta">{licence.issuer}</Text>
        <Text className="lic-card__meta">
          {formatLocalDate(licence.issuedOn)} 发证 · {formatValidity(licence.validUntil)}
        </Text>
      </View>
    </View>
  );
}

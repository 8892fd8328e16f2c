import { Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { MANDATE_GRANTED_VIA_LABELS, MANDATE_LEVEL_LABELS } from '@zsb/domain';
import { formatMoment } from '@/lib/when';
import { kindLine, stateText, stateTone, untilText } from '../lib/mandateText';

function Fact({ label, value, hook }: { label: string; value: string; hook?: string }) {
  return (
    <View className="fact">
      <Text className="fact__label">{label}</Text>
      <Text className={`fact__value ${hook ?? ''}`}>{value}</Text>
    </View>
  );
}

/** Who for whom, as what, which matters, what they may do, how it was agreed, and until when. */
export function MandateFacts({ m, nowMs }: { m: Mandate; nowMs: number }) {
  return (
    <View className="section e2e-mandate-facts">
      <View className="md-card__top">
        <Text className="md-title">
          {m.role === 'principal' ? `${m.helperName} 替您办事` : `您替 ${m.principalName} 办事`}
        </Text>
        <Text className={`tag tag--${stateTone(m.state)} e2e-mandate-state`}>{stateText(m.state)}</Text>
      </View>
      <Fact label="委托人" value={m.principalName} hook="e2e-mandate-principal" />
      <Fact label="代办人" value={`${m.helperName}（${kindLine(m)}）`} hook="e2e-mandate-helper" />
      <View className="fact">
        <Text className="fact__label">委托的事</Text>
        {m.matters.map((x) => (
          <Text key={x.code} className="fact__value md-matter e2e-mandate-matter-name">
            {x.name}
          </Text>
        ))}
      </View>
      <Fact label="能做什么" value={MANDATE_LEVEL_LABELS[m.level]} hook="e2e-mandate-level" />
      {m.licenceTypes.length > 0 && (
        <Fact label="可以使用的电子证照" value={m.licenceTypes.map((t) => t.name).join('、')} />
      )}
      <Fact label="怎么委托的" value={MANDATE_GRANTED_VIA_LABELS[m.grantedVia]} hook="e2e-mandate-via" />
      <Fact label="委托时间" value={formatMoment(m.grantedAt, nowMs)} />
      {m.revokedAt ? (
        <Fact label="撤销时间" value={formatMoment(m.revokedAt, nowMs)} hook="e2e-mandate-revoked-at" />
      ) : (
        <Fact
          label="有效期"
          value={`${untilText(m.expiresAt)}${m.state === 'expired' ? '（已到期）' : ''}`}
          hook="e2e-mandate-until"
        />
      )}
    </View>
  );
}

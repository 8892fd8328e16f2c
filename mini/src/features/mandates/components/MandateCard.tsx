import { Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { go } from '@/navigate';
import { kindLine, LEVEL_SHORT, mattersText, otherName, stateText, stateTone, untilText } from '../lib/mandateText';

/** One 委托 in a list: the other side (masked), as what, what they may do, which matters, until when, its state. */
export function MandateCard({ m }: { m: Mandate }) {
  return (
    <View className="md-card e2e-mandate-card" ariaRole="link" onClick={() => go('mandate', { id: m.id })}>
      <View className="md-card__top">
        <Text className="md-card__name e2e-mandate-card-name">{otherName(m)}</Text>
        <Text className={`tag tag--${stateTone(m.state)} e2e-mandate-card-state`}>{stateText(m.state)}</Text>
      </View>
      <Text className="md-card__line e2e-mandate-card-kind">
        {kindLine(m)} · {LEVEL_SHORT[m.level]}
      </Text>
      <Text className="md-card__line md-card__matters e2e-mandate-card-matters">{mattersText(m)}</Text>
      <Text className="md-card__line muted e2e-mandate-card-until">
        {m.state === 'revoked' ? '已撤销' : untilText(m.expiresAt)}
      </Text>
    </View>
  );
}

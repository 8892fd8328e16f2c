import { Text, View } from '@tarojs/components';
import type { MatterSummary } from '@zsb/contracts';
import { formatPromiseShort, formatVisits } from '../lib/format';
import { go } from '../navigate';
import { Highlighted } from './Highlighted';
import './MatterItem.css';

interface Props {
  matter: MatterSummary;
  /** Shown before the name in ordered lists (theme steps). */
  index?: number;
  showDomain?: boolean;
  /** Colour the characters that matched a search; only search results carry meaningful ranges. */
  highlight?: boolean;
}

/** One matter in a list: name (with search highlights), 掌上办 badge, time limit and visits. Opens its guide. */
export function MatterItem({ matter, index, showDomain = true, highlight = false }: Props) {
  return (
    <View className="matter-item e2e-result-item" ariaRole="link" onClick={() => go('guide', { code: matter.code })}>
      <View className="matter-item__name">
        {index !== undefined && <Text className="matter-item__index">{index}.</Text>}
        <Highlighted text={matter.name} ranges={highlight ? matter.highlights : undefined} />
      </View>
      <View className="matter-item__meta">
        {matter.mobileReady && <Text className="badge badge--ok">掌上办</Text>}
        <Text className="matter-item__fact">{formatPromiseShort(matter.promiseType, matter.promisedDays)}</Text>
        <Text className="matter-item__fact">{formatVisits(matter.maxVisits)}</Text>
      </View>
      {showDomain && (
        <Text className="matter-item__dept">
          {matter.domainName} · {matter.department}
        </Text>
      )}
    </View>
  );
}

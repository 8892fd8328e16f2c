import { Text, View } from '@tarojs/components';
import type { SlotOffer } from '@zsb/contracts';
import { formatDistance } from '@/lib/distance';
import { formatSlotTime } from '@/lib/when';

/** The free slots the BFF offered instead of a full one, here or at a nearby center: one tap books there. */
interface Props {
  offers: SlotOffer[];
  /** The center asked for: its own offers say so instead of a distance of a few metres. */
  centerId: string;
  onPick: (offer: SlotOffer) => void;
}

export function OfferList({ offers, centerId, onPick }: Props) {
  if (offers.length === 0) return null;
  const now = Date.now();
  return (
    <View className="section e2e-offers">
      <View className="section__head">
        <Text className="section__title">这些时段还有空位</Text>
      </View>
      {offers.map((o) => {
        const here = o.centerId === centerId;
        const distance = here ? null : formatDistance(o.distanceMeters);
        return (
          <View
            key={`${o.centerId}|${o.start}`}
            className="bk-offer e2e-offer"
            ariaRole="button"
            ariaLabel={`改约 ${o.centerName} ${formatSlotTime(o.start, o.end, now)}`}
            onClick={() => onPick(o)}
          >
            <View className="bk-offer__body">
              <Text className="bk-offer__time">{formatSlotTime(o.start, o.end, now)}</Text>
              <Text className="bk-offer__where">
                {here ? '还是这个办事点' : `${o.centerName}${distance ? ` · 离这里 ${distance}` : ''}`}
              </Text>
              <Text className="bk-offer__left">还剩 {o.left} 个名额</Text>
            </View>
            <Text className="bk-offer__go">约这个 ›</Text>
          </View>
        );
      })}
    </View>
  );
}

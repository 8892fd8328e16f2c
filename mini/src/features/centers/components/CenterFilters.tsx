import { View } from '@tarojs/components';
import type { CenterKind } from '@zsb/contracts';
import { KIND_CHIPS } from '../lib/centerText';

interface Props {
  kind: CenterKind | null;
  openNow: boolean;
  /** Kiosks have nothing to book: left out of the booking flow's chips. */
  bookingOnly: boolean;
  /** 长辈模式 keeps fewer choices: each card says whether it is open anyway. */
  showOpenNow: boolean;
  onKind: (kind: CenterKind | null) => void;
  onOpenNow: (on: boolean) => void;
}

export function CenterFilters({ kind, openNow, bookingOnly, showOpenNow, onKind, onOpenNow }: Props) {
  const chips = bookingOnly ? KIND_CHIPS.filter((c) => c.kind !== 'kiosk') : KIND_CHIPS;
  return (
    <View className="ctr-filters ctr-chips">
      <View
        className={`chip e2e-kind-chip ${kind === null ? 'chip--on' : ''}`}
        ariaRole="radio"
        aria-checked={kind === null ? 'true' : 'false'}
        onClick={() => onKind(null)}
      >
        全部
      </View>
      {chips.map((c) => (
        <View
          key={c.kind}
          className={`chip e2e-kind-chip ${kind === c.kind ? 'chip--on' : ''}`}
          ariaRole="radio"
          aria-checked={kind === c.kind ? 'true' : 'false'}
          onClick={() => onKind(c.kind)}
        >
          {c.label}
        </View>
      ))}
      {showOpenNow && (
        <View
          className={`chip e2e-open-now ${openNow ? 'chip--on' : ''}`}
          ariaRole="checkbox"
          aria-checked={openNow ? 'true' : 'false'}
          onClick={() => onOpenNow(!openNow)}
        >
          只看正在办公
        </View>
      )}
    </View>
  );
}

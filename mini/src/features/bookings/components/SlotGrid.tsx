import { Text, View } from '@tarojs/components';
import type { Slot } from '@zsb/contracts';
import { clockOf } from '@/lib/when';
import { slotView } from '../lib/slotChoice';

interface Props {
  slots: Slot[];
  /** The start of a slot being worked on (joining its waitlist): its button shows that. */
  busy: string | null;
  onBook: (slot: Slot) => void;
  onWait: (slot: Slot) => void;
}

const PART = (start: string) => {
  const t = clockOf(start);
  return t < '12:00' ? '上午' : t < '18:00' ? '下午' : '晚上';
};

/** The slots of one day by 上午/下午: free ones book, full ones offer 候补, past ones are only shown. */
export function SlotGrid({ slots, busy, onBook, onWait }: Props) {
  return (
    <View className="bk-slots e2e-slots">
      {slots.map((s, i) => {
        const view = slotView(s);
        const part = PART(s.start);
        const head = i === 0 || PART(slots[i - 1].start) !== part;
        const time = `${clockOf(s.start)}-${clockOf(s.end)}`;
        return (
          <View key={s.start}>
            {head && <Text className="bk-slots__part">{part}</Text>}
            <View
              className={`bk-slot bk-slot--${view} e2e-slot e2e-slot-${view}`}
              ariaRole={view === 'open' ? 'button' : undefined}
              ariaLabel={view === 'open' ? `预约 ${time}，还剩 ${s.left} 个名额` : undefined}
              onClick={() => view === 'open' && onBook(s)}
            >
              <Text className="bk-slot__time">{time}</Text>
              {view === 'open' && <Text className="bk-slot__left">余 {s.left} 个</Text>}
              {view === 'open' && <Text className="bk-slot__go">预约 ›</Text>}
              {view === 'past' && <Text className="bk-slot__left">已过</Text>}
              {view === 'full' && <Text className="bk-slot__left">已约满</Text>}
              {view === 'full' && (
                <View
                  className={`btn bk-slot__wait e2e-slot-waitlist ${busy === s.start ? 'btn--disabled' : ''}`}
                  ariaRole="button"
                  onClick={() => busy === null && onWait(s)}
                >
                  {busy === s.start ? '正在登记…' : '登记候补'}
                </View>
              )}
            </View>
          </View>
        );
      })}
    </View>
  );
}

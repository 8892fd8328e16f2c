import { Text, View } from '@tarojs/components';
import type { TimelineStep } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';

/** Every step the application went through, the latest on top: when, which office, and its note. */
export function Timeline({ steps }: { steps: TimelineStep[] }) {
  const now = Date.now();
  const latestFirst = [...steps].reverse();
  return (
    <View className="pg-timeline e2e-timeline">
      {latestFirst.map((s, i) => (
        <View
          key={`${s.at}-${s.status}-${i}`}
          className={`pg-tl e2e-timeline-step ${i === 0 ? 'pg-tl--now' : ''} pg-tl--${s.status}`}
        >
          <View className="pg-tl__rail">
            <View className="pg-tl__dot" />
            {i < latestFirst.length - 1 && <View className="pg-tl__line" />}
          </View>
          <View className="pg-tl__body">
            <View className="pg-tl__head">
              <Text className="pg-tl__label e2e-timeline-label">{s.label}</Text>
              <Text className="pg-tl__time e2e-timeline-time">{formatMoment(s.at, now)}</Text>
            </View>
            {s.office ? <Text className="pg-tl__office e2e-timeline-office">{s.office}</Text> : null}
            {s.note ? <Text className="pg-tl__note e2e-timeline-note">{s.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

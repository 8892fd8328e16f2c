import { Text, View } from '@tarojs/components';
import type { ReviewCaseStep } from '@zsb/contracts';
import { formatMoment } from '@/lib/when';

/** Every step of a 差评 case, the latest on top: what happened, when, which office, and its note. */
export function CaseTimeline({ steps, nowMs }: { steps: ReviewCaseStep[]; nowMs: number }) {
  const latestFirst = [...steps].reverse();
  return (
    <View className="e2e-case-timeline">
      {latestFirst.map((s, i) => (
        <View key={`${s.at}-${s.kind}-${i}`} className={`rv-tl e2e-case-step ${i === 0 ? 'rv-tl--now' : ''}`}>
          <View className="rv-tl__rail">
            <View className="rv-tl__dot" />
            {i < latestFirst.length - 1 && <View className="rv-tl__line" />}
          </View>
          <View className="rv-tl__body">
            <View className="rv-tl__head">
              <Text className="rv-tl__label">{s.label}</Text>
              <Text className="rv-tl__time">{formatMoment(s.at, nowMs)}</Text>
            </View>
            {s.by ? <Text className="rv-tl__by">{s.by}</Text> : null}
            {s.note ? <Text className="rv-tl__note">{s.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

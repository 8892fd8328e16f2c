import { Text, View } from '@tarojs/components';
import { formatMoment } from '@/lib/when';
import './StepTimeline.css';

/** One step of a tracked case (差评整改, 办不成事, 咨询): what happened, when, which office, and its note. */
export interface TimelineStep {
  label: string;
  at: string;
  by: string | null;
  note: string;
}

interface Props {
  steps: TimelineStep[];
  nowMs: number;
  /** e2e hooks: `<hook>-timeline` on the list, `<hook>-step` on each step. */
  hook: string;
}

/** Every step of a case, the latest on top and in colour. */
export function StepTimeline({ steps, nowMs, hook }: Props) {
  const latestFirst = [...steps].reverse();
  return (
    <View className={`${hook}-timeline`}>
      {latestFirst.map((s, i) => (
        <View key={`${s.at}-${s.label}-${i}`} className={`tl ${hook}-step ${i === 0 ? 'tl--now' : ''}`}>
          <View className="tl__rail">
            <View className="tl__dot" />
            {i < latestFirst.length - 1 && <View className="tl__line" />}
          </View>
          <View className="tl__body">
            <View className="tl__head">
              <Text className="tl__label">{s.label}</Text>
              <Text className="tl__time">{formatMoment(s.at, nowMs)}</Text>
            </View>
            {s.by ? <Text className="tl__by">{s.by}</Text> : null}
            {s.note ? <Text className="tl__note">{s.note}</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}

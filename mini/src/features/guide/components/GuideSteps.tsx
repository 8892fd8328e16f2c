import { Text, View } from '@tarojs/components';
import type { GuideStep } from '@zsb/contracts';
import { GuideSection } from './GuideSection';

export function GuideSteps({ steps, sample }: { steps: GuideStep[]; sample?: boolean }) {
  return (
    <GuideSection title="办理流程" sample={sample} className="e2e-steps">
      {steps.length === 0 && <Text className="muted">暂未公布办理流程，请咨询办理窗口</Text>}
      {steps.map((s, i) => (
        <View key={`${s.name}-${i}`} className="step">
          <Text className="step__no">{i + 1}</Text>
          <View className="step__body">
            <Text className="step__name">{s.name}</Text>
            {s.description ? <Text className="step__desc">{s.description}</Text> : null}
          </View>
        </View>
      ))}
    </GuideSection>
  );
}

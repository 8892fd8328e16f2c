import { Text, View } from '@tarojs/components';
import { STEP_TITLE, STEPS, type ApplyStep } from '@/lib/applicationForm';

/** 填写信息 · 提交材料 · 领取方式 · 核对提交: where the resident is, and a tap goes to any step. */
export function StepBar({ step, onGo }: { step: ApplyStep; onGo: (step: ApplyStep) => void }) {
  const at = STEPS.indexOf(step);
  return (
    <View className="ap-steps" ariaRole="tablist">
      {STEPS.map((s, i) => (
        <View
          key={s}
          className={`ap-step e2e-step e2e-step-${s} ${i === at ? 'ap-step--on' : ''} ${i < at ? 'ap-step--done' : ''}`}
          ariaRole="tab"
          aria-selected={i === at ? 'true' : 'false'}
          onClick={() => i !== at && onGo(s)}
        >
          <Text className="ap-step__no">{i < at ? '✓' : i + 1}</Text>
          <Text className="ap-step__title">{STEP_TITLE[s]}</Text>
        </View>
      ))}
    </View>
  );
}

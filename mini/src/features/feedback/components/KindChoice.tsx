import { Text, View } from '@tarojs/components';
import type { FeedbackCaseKind } from '@zsb/contracts';
import { FEEDBACK_CASE_KINDS } from '@zsb/domain';

/** The six kinds of 办不成事, each with what it means; nothing is chosen for the resident. */
export function KindChoice({
  value,
  onChange,
}: {
  value: FeedbackCaseKind | null;
  onChange: (k: FeedbackCaseKind) => void;
}) {
  return (
    <View className="section e2e-feedback-kinds">
      <Text className="fb-q">遇到了什么问题？</Text>
      <View className="choices" ariaRole="radiogroup" ariaLabel="遇到了什么问题">
        {FEEDBACK_CASE_KINDS.map((k) => {
          const on = value === k.code;
          return (
            <View
              key={k.code}
              className={`choice e2e-feedback-kind e2e-feedback-kind-${k.code} ${on ? 'choice--on' : ''}`}
              ariaRole="radio"
              aria-checked={on ? 'true' : 'false'}
              onClick={() => onChange(k.code)}
            >
              <Text className="choice__mark">{on ? '✓' : ''}</Text>
              <View className="choice__body">
                <Text className="choice__label">{k.label}</Text>
                <Text className="choice__hint">{k.hint}</Text>
              </View>
            </View>
          );
        })}
      </View>
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { MandateKind, MandateList } from '@zsb/contracts';

interface Props {
  kind: MandateKind | null;
  centerId: string | null;
  centers: MandateList['agentCenters'];
  onChange: (kind: MandateKind, centerId: string | null) => void;
  problem?: string;
}

/** 以亲友身份 / 以帮办代办员身份 (only for agents, naming their center). */
export function KindChoice({ kind, centerId, centers, onChange, problem }: Props) {
  const options: { kind: MandateKind; centerId: string | null; label: string; hint: string }[] = [
    { kind: 'family', centerId: null, label: '以亲友身份', hint: '替家里人、亲戚朋友办' },
    ...centers.map((c) => ({
      kind: 'agent' as const,
      centerId: c.id,
      label: '以帮办代办员身份',
      hint: c.name,
    })),
  ];
  return (
    <View className="section md-part e2e-mandate-kinds">
      <Text className="md-q">您以什么身份代办</Text>
      <View className="choices" ariaRole="radiogroup">
        {options.map((o) => {
          const on = kind === o.kind && (o.kind === 'family' || centerId === o.centerId);
          return (
            <View
              key={`${o.kind}-${o.centerId ?? ''}`}
              className={`choice e2e-mandate-kind e2e-mandate-kind-${o.kind} ${on ? 'choice--on' : ''}`}
              ariaRole="radio"
              aria-checked={on ? 'true' : 'false'}
              onClick={() => onChange(o.kind, o.centerId)}
            >
              <Text className="choice__mark">{on ? '●' : '○'}</Text>
              <View className="choice__body">
                <Text className="choice__label">{o.label}</Text>
                <Text className="choice__hint">{o.hint}</Text>
              </View>
            </View>
          );
        })}
      </View>
      {problem ? (
        <View className="field__problem" ariaRole="alert">
          {problem}
        </View>
      ) : null}
    </View>
  );
}

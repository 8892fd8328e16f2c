import { Text, View } from '@tarojs/components';
import type { MandateLevel } from '@zsb/contracts';
import { MANDATE_LEVEL_LABELS } from '@zsb/domain';
import { DAY_CHOICES, type ScopeProblems } from '../lib/mandateForm';

interface Props {
  level: MandateLevel | null;
  days: number | null;
  onLevel: (level: MandateLevel) => void;
  onDays: (days: number) => void;
  problems: ScopeProblems;
}

const LEVELS: MandateLevel[] = ['query', 'handle'];

/** 能做什么 (只查询 / 可以办理) and 多长时间 (7 / 30 / 90 天): nothing is chosen until the resident chooses. */
export function ScopeChoice({ level, days, onLevel, onDays, problems }: Props) {
  return (
    <View className="section md-part">
      <Text className="md-q">对方能做什么</Text>
      <View className="choices" ariaRole="radiogroup">
        {LEVELS.map((l) => (
          <View
            key={l}
            className={`choice e2e-mandate-level e2e-mandate-level-${l} ${level === l ? 'choice--on' : ''}`}
            ariaRole="radio"
            aria-checked={level === l ? 'true' : 'false'}
            onClick={() => onLevel(l)}
          >
            <Text className="choice__mark">{level === l ? '●' : '○'}</Text>
            <Text className="choice__label">{MANDATE_LEVEL_LABELS[l]}</Text>
          </View>
        ))}
      </View>
      {problems.level ? (
        <View className="field__problem" ariaRole="alert">
          {problems.level}
        </View>
      ) : null}
      <Text className="md-q md-q--next">委托多长时间</Text>
      <Text className="md-q__hint">到期自动失效，也可以随时撤销</Text>
      <View className="md-days" ariaRole="radiogroup">
        {DAY_CHOICES.map((d) => (
          <View
            key={d}
            className={`chip md-day e2e-mandate-days e2e-mandate-days-${d} ${days === d ? 'chip--on' : ''}`}
            ariaRole="radio"
            aria-checked={days === d ? 'true' : 'false'}
            onClick={() => onDays(d)}
          >
            {d} 天
          </View>
        ))}
      </View>
      {problems.days ? (
        <View className="field__problem" ariaRole="alert">
          {problems.days}
        </View>
      ) : null}
    </View>
  );
}

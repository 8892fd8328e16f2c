import { Text, View } from '@tarojs/components';
import type { ReviewLevel } from '@zsb/contracts';
import { isBadLevel, REVIEW_LEVELS } from '@zsb/domain';

interface Props {
  /** What is being rated, said to screen readers. */
  label: string;
  value: ReviewLevel | null | undefined;
  onChange: (level: ReviewLevel) => void;
  /** Big rows for the overall rating; wrapping chips for each indicator. */
  variant: 'rows' | 'chips';
  hook: string;
}

/** The five levels, 非常满意 first, none chosen until the resident taps one. */
export function LevelChoice({ label, value, onChange, variant, hook }: Props) {
  return (
    <View className={variant === 'rows' ? 'rv-levels' : 'rv-chips'} ariaRole="radiogroup" ariaLabel={label}>
      {REVIEW_LEVELS.map(({ level, label: text }) => {
        const on = value === level;
        const cls =
          variant === 'rows'
            ? `rv-level ${on ? 'rv-level--on' : ''} ${isBadLevel(level) ? 'rv-level--bad' : ''}`
            : `chip ${on ? 'chip--on' : ''}`;
        return (
          <View
            key={level}
            className={`${cls} ${hook} e2e-level-${level}`}
            ariaRole="radio"
            aria-checked={on ? 'true' : 'false'}
            onClick={() => onChange(level)}
          >
            {variant === 'rows' ? <Text className="rv-level__mark">{on ? '✓' : ''}</Text> : on ? '✓ ' : ''}
            {text}
          </View>
        );
      })}
    </View>
  );
}

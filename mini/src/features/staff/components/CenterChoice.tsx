import { Text, View } from '@tarojs/components';
import type { StaffScopes } from '@zsb/contracts';

interface Props {
  centers: StaffScopes['centers'];
  value: string;
  problem?: string;
  onChange: (centerId: string) => void;
}

/** Where this check happens (recorded with it): the one center, or a choice among the clerk's centers. */
export function CenterChoice({ centers, value, problem, onChange }: Props) {
  if (centers.length === 1) return <Text className="st-head__center e2e-idcheck-centers">{centers[0].name}</Text>;
  return (
    <View className="e2e-idcheck-centers">
      <Text className="st-manual__label">您今天在哪个中心？</Text>
      <View className="st-chips" ariaRole="radiogroup" ariaLabel="所在中心">
        {centers.map((c) => (
          <View
            key={c.id}
            className={`chip st-chip e2e-idcheck-center ${value === c.id ? 'chip--on' : ''}`}
            ariaRole="radio"
            aria-checked={value === c.id ? 'true' : 'false'}
            onClick={() => onChange(c.id)}
          >
            {value === c.id ? '✓ ' : ''}
            {c.name}
          </View>
        ))}
      </View>
      {problem ? <Text className="st-field-problem">{problem}</Text> : null}
    </View>
  );
}

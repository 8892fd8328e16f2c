import { Text, View } from '@tarojs/components';
import type { BadReason } from '@zsb/contracts';
import { BAD_REASONS } from '@zsb/domain';

/** 不满意的原因: several may apply; at least one is needed, said right here while none is chosen. */
export function ReasonChips({ value, onToggle }: { value: BadReason[]; onToggle: (r: BadReason) => void }) {
  return (
    <View className="section e2e-rate-reasons">
      <Text className="rv-q">哪里不满意？</Text>
      <Text className="rv-q__hint">可以选多项</Text>
      <View className="rv-chips" ariaRole="group" ariaLabel="不满意的原因">
        {BAD_REASONS.map((r) => {
          const on = value.includes(r.code);
          return (
            <View
              key={r.code}
              className={`chip e2e-rate-reason ${on ? 'chip--on' : ''}`}
              ariaRole="checkbox"
              aria-checked={on ? 'true' : 'false'}
              onClick={() => onToggle(r.code)}
            >
              {on ? '✓ ' : ''}
              {r.label}
            </View>
          );
        })}
      </View>
      {value.length === 0 && <Text className="rv-problem e2e-rate-reason-problem">请至少选一个不满意的原因</Text>}
    </View>
  );
}

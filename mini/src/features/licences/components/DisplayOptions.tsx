import { Text, View } from '@tarojs/components';
import { toggleField, TTL_CHOICES } from '../lib/displayFields';

interface FieldPickerProps {
  labels: string[];
  selected: string[];
  problem: string | null;
  onChange: (next: string[]) => void;
}

/** One large row per field of the licence; the whole row toggles it. */
export function FieldPicker({ labels, selected, problem, onChange }: FieldPickerProps) {
  return (
    <View className="section">
      <View className="section__head">
        <Text className="section__title">出示哪些信息</Text>
      </View>
      <Text className="muted">默认只出示姓名，需要时再多勾选。</Text>
      {labels.map((label) => {
        const on = selected.includes(label);
        return (
          <View
            key={label}
            className={`lic-option e2e-display-field ${on ? 'lic-option--on' : ''}`}
            ariaRole="checkbox"
            ariaLabel={`${label}，${on ? '已勾选' : '未勾选'}`}
            aria-checked={on ? 'true' : 'false'}
            onClick={() => onChange(toggleField(selected, label, labels))}
          >
            <View className="lic-option__box">{on ? '✓' : ''}</View>
            <Text className="lic-option__label">{label}</Text>
          </View>
        );
      })}
      {problem && (
        <View className="lic-problem e2e-display-problem" ariaRole="alert">
          {problem}
        </View>
      )}
    </View>
  );
}

/** 1, 2 or 5 minutes. */
export function TtlPicker({ value, onChange }: { value: number; onChange: (sec: number) => void }) {
  return (
    <View className="section">
      <View className="section__head">
        <Text className="section__title">亮证码有效时间</Text>
      </View>
      <View className="lic-ttl">
        {TTL_CHOICES.map((c) => (
          <View
            key={c.sec}
            className={`chip lic-ttl__chip e2e-display-ttl ${value === c.sec ? 'chip--on' : ''}`}
            ariaRole="radio"
            aria-checked={value === c.sec ? 'true' : 'false'}
            onClick={() => onChange(c.sec)}
          >
            {value === c.sec ? '✓ ' : ''}
            {c.label}
          </View>
        ))}
      </View>
    </View>
  );
}

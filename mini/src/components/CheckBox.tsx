import { Text, View } from '@tarojs/components';
import './Field.css';

interface Props {
  checked: boolean;
  label: string;
  onChange: (checked: boolean) => void;
  className?: string;
}

/** A tick box with its words; a separate, explicit act (it starts unticked wherever it asks for agreement). */
export function CheckBox({ checked, label, onChange, className }: Props) {
  return (
    <View
      className={`check ${className ?? ''}`}
      ariaRole="checkbox"
      aria-checked={checked ? 'true' : 'false'}
      onClick={() => onChange(!checked)}
    >
      <View className={`check__box ${checked ? 'check__box--on' : ''}`}>{checked ? '✓' : ''}</View>
      <Text className="check__text">{label}</Text>
    </View>
  );
}

import { View } from '@tarojs/components';
import './Toggle.css';

interface Props {
  on: boolean;
  label: string;
  onChange: (on: boolean) => void;
  className?: string;
}

/** A switch that reads out its state; the whole row-sized target toggles it. */
export function Toggle({ on, label, onChange, className }: Props) {
  return (
    <View
      className={`toggle ${on ? 'toggle--on' : ''} ${className ?? ''}`}
      ariaRole="switch"
      ariaLabel={`${label}，${on ? '已开启' : '已关闭'}`}
      aria-checked={on ? 'true' : 'false'}
      onClick={() => onChange(!on)}
    >
      <View className="toggle__track">
        <View className="toggle__thumb" />
      </View>
      <View className="toggle__text">{on ? '已开启' : '已关闭'}</View>
    </View>
  );
}

import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './Field.css';

interface Props {
  label: string;
  /** What is wrong with the value, in red under it. */
  problem?: string;
  /** A line under the label saying what to type. */
  hint?: string;
  className?: string;
  children: ReactNode;
}

/** One labelled box of a short form (实名认证, 窗口核验身份); the box itself is `.field__input`. */
export function Field({ label, problem, hint, className, children }: Props) {
  return (
    <View className={`field ${problem ? 'field--bad' : ''} ${className ?? ''}`}>
      <Text className="field__label">{label}</Text>
      {hint ? <Text className="field__hint">{hint}</Text> : null}
      {children}
      {problem ? (
        <View className="field__problem" ariaRole="alert">
          {problem}
        </View>
      ) : null}
    </View>
  );
}

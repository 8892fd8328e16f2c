import { Input, Picker, Text, Textarea, View } from '@tarojs/components';
import type { FormField } from '@zsb/contracts';
import { LockIcon } from '../LockIcon';
import './form.css';

interface Props {
  field: FormField;
  value: string;
  error?: string;
  onChange: (value: string) => void;
}

const INPUT_TYPE: Partial<Record<FormField['type'], 'text' | 'number' | 'idcard' | 'digit'>> = {
  phone: 'number',
  number: 'number',
  'id-number': 'idcard',
};

/**
 * One field of an application form. A locked field shows the masked value from 实名认证 and cannot be changed; an
 * open one is typed with its rules (checked on the phone and again by the server) and shows its problem under it.
 */
export function FieldInput({ field: f, value, error, onChange }: Props) {
  const hook = `e2e-field e2e-field-${f.key}`;
  if (f.locked) {
    return (
      <View className={`fm-field fm-field--locked ${hook} e2e-field-locked`}>
        <Text className="fm-field__label">{f.label}</Text>
        <View className="fm-field__locked">
          <Text className="fm-field__locked-value">{f.prefill ?? '—'}</Text>
          <View className="fm-field__lock-note">
            <LockIcon />
            <Text>来自实名认证，不能修改</Text>
          </View>
        </View>
      </View>
    );
  }

  const length = [...value].length;
  return (
    <View className={`fm-field ${error ? 'fm-field--error' : ''} ${hook}`}>
      <View className="fm-field__head">
        <Text className="fm-field__label">{f.label}</Text>
        {f.required ? (
          <Text className="fm-field__required">必填</Text>
        ) : (
          <Text className="fm-field__optional">选填</Text>
        )}
      </View>
      {f.hint ? <Text className="fm-field__hint fm-field__hint--top">{f.hint}</Text> : null}
      {f.type === 'textarea' && (
        <Textarea
          className="fm-field__textarea"
          value={value}
          maxlength={f.maxLength ?? 500}
          placeholder={`请填写${f.label}`}
          autoHeight
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {f.type === 'choice' && (
        <View className="fm-field__choices" ariaRole="radiogroup" ariaLabel={f.label}>
          {(f.choices ?? []).map((c) => (
            <View
              key={c}
              className={`chip fm-field__choice e2e-field-choice ${value === c ? 'chip--on' : ''}`}
              ariaRole="radio"
              aria-checked={value === c ? 'true' : 'false'}
              onClick={() => onChange(c)}
            >
              {value === c ? '✓ ' : ''}
              {c}
            </View>
          ))}
        </View>
      )}
      {f.type === 'date' && (
        <Picker mode="date" value={value} onChange={(e) => onChange(String(e.detail.value))}>
          <View className="fm-field__input fm-field__picker">{value || '请选择日期'}</View>
        </Picker>
      )}
      {f.type !== 'textarea' && f.type !== 'choice' && f.type !== 'date' && (
        <Input
          className="fm-field__input"
          type={INPUT_TYPE[f.type] ?? 'text'}
          value={value}
          maxlength={f.maxLength ?? 100}
          placeholder={`请填写${f.label}`}
          onInput={(e) => onChange(e.detail.value)}
        />
      )}
      {f.type === 'textarea' && f.maxLength ? (
        <Text className="fm-field__count">
          {length}/{f.maxLength}
        </Text>
      ) : null}
      {f.prefill && !value ? (
        <View
          className="chip fm-field__suggest e2e-field-suggest"
          ariaRole="button"
          onClick={() => onChange(f.prefill ?? '')}
        >
          填入：{f.prefill}
        </View>
      ) : null}
      {error ? (
        <View className="fm-field__error e2e-field-error" ariaRole="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}

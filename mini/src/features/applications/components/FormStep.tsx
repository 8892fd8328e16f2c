import { Text, View } from '@tarojs/components';
import { useActing } from '@/components/ActingBanner';
import { FieldInput } from '@/components/form/FieldInput';
import type { FormShape } from '@/lib/applicationForm';

interface Props {
  form: Pick<FormShape, 'fields'>;
  values: Record<string, string>;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
}

/** The applicant from 实名认证 (locked), then the form's own questions (a theme asks each of them once). */
export function FormStep({ form, values, errors, onChange }: Props) {
  const locked = form.fields.filter((f) => f.locked);
  const open = form.fields.filter((f) => !f.locked);
  const acting = useActing();
  return (
    <>
      {locked.length > 0 && (
        <View className="section e2e-applicant">
          <View className="section__head">
            <Text className="section__title">申请人</Text>
          </View>
          <Text className="muted">
            {acting
              ? `用委托人 ${acting.principalName} 实名认证的信息申请，不用再填`
              : '用您实名认证的信息申请，不用再填'}
          </Text>
          {locked.map((f) => (
            <FieldInput key={f.key} field={f} value="" onChange={() => undefined} />
          ))}
        </View>
      )}
      <View className="section e2e-open-fields">
        <View className="section__head">
          <Text className="section__title">申请信息</Text>
        </View>
        {open.map((f) => (
          <FieldInput
            key={f.key}
            field={f}
            value={values[f.key] ?? ''}
            error={errors[`values.${f.key}`]}
            onChange={(v) => onChange(f.key, v)}
          />
        ))}
      </View>
    </>
  );
}

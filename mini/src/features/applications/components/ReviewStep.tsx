import { Text, View } from '@tarojs/components';
import type { LicenceSummary } from '@zsb/contracts';
import { UploadThumb } from '@/components/form/UploadThumbs';
import type { ApplyStep, FormShape } from '@/lib/applicationForm';
import type { FlowDraft } from '@/stores/applyDrafts';

interface Props {
  form: FormShape;
  draft: Pick<FlowDraft, 'values' | 'materials' | 'delivery' | 'uploads'>;
  /** The promise in words, when the form's own would not fit (a theme's matters run side by side). */
  promise?: string;
  licences: Record<string, LicenceSummary>;
  errors: Record<string, string>;
  onEdit: (step: ApplyStep) => void;
}

function Head({ title, step, onEdit }: { title: string; step: ApplyStep; onEdit: (s: ApplyStep) => void }) {
  return (
    <View className="section__head">
      <Text className="section__title">{title}</Text>
      <View className={`section__more e2e-review-edit-${step}`} ariaRole="link" onClick={() => onEdit(step)}>
        <Text>修改 ›</Text>
      </View>
    </View>
  );
}

/** Everything on one page before submitting, each part with 修改 back to its step. */
export function ReviewStep({ form, draft, promise, licences, errors, onEdit }: Props) {
  const d = draft.delivery;
  return (
    <>
      <View className="section e2e-review-form">
        <Head title="申请信息" step="form" onEdit={onEdit} />
        {form.fields.map((f) => {
          const value = f.locked ? f.prefill : draft.values[f.key]?.trim();
          if (!value && !f.required) return null;
          return (
            <View key={f.key} className="ap-fact e2e-review-field">
              <Text className="ap-fact__label">{f.label}</Text>
              <Text className={`ap-fact__value ${value ? '' : 'ap-fact__value--missing'}`}>{value || '未填写'}</Text>
              {errors[`values.${f.key}`] ? (
                <View className="fm-field__error e2e-field-error">{errors[`values.${f.key}`]}</View>
              ) : null}
            </View>
          );
        })}
      </View>

      <View className="section e2e-review-materials">
        <Head title="申请材料" step="materials" onEdit={onEdit} />
        {form.materials.map((m) => {
          const a = draft.materials[m.key];
          const licence = m.licenceType ? licences[m.licenceType.code] : undefined;
          return (
            <View key={m.key} className="ap-fact e2e-review-material">
              <Text className="ap-fact__label">{m.name}</Text>
              {a?.kind === 'licence' && (
                <Text className="ap-fact__value ap-fact__value--ok">
                  ✓ 电子证照：{m.licenceType?.name}
                  {licence ? ` ${licence.numberMasked}` : ''}
                </Text>
              )}
              {a?.kind === 'upload' && (
                <>
                  <Text className="ap-fact__value">已上传 {a.uploadIds.length} 个文件</Text>
                  <View className="thumbs">
                    {a.uploadIds.map((id) => (
                      <UploadThumb key={id} id={id} meta={draft.uploads[id]} />
                    ))}
                  </View>
                </>
              )}
              {!a && (
                <Text className={`ap-fact__value ${m.required ? 'ap-fact__value--missing' : ''}`}>
                  {m.required ? '还没有提供' : '不提供'}
                </Text>
              )}
              {errors[`materials.${m.key}`] ? (
                <View className="fm-field__error e2e-field-error">{errors[`materials.${m.key}`]}</View>
              ) : null}
            </View>
          );
        })}
      </View>

      <View className="section e2e-review-delivery">
        <Head title="领取方式" step="delivery" onEdit={onEdit} />
        <View className="ap-fact">
          {!d && <Text className="ap-fact__value ap-fact__value--missing">还没有选择</Text>}
          {d?.method === 'window' && (
            <>
              <Text className="ap-fact__value">窗口领取</Text>
              <Text className="muted">{form.delivery.windowAddress ?? '办事指南所列的办理地点'}</Text>
            </>
          )}
          {d?.method === 'mail' && d.address && (
            <>
              <Text className="ap-fact__value">
                邮寄：{d.address.recipient} {d.address.phone}
              </Text>
              <Text className="muted">
                {d.address.region}
                {d.address.detail}
              </Text>
            </>
          )}
        </View>
      </View>

      <View className="section ap-promise">
        <Text className="ap-promise__text">
          {promise ??
            (form.promisedDays > 0
              ? `承诺 ${form.promisedDays} 个工作日内办结（从受理那天算，不含周末和节假日）`
              : '即办件：受理后当场办结')}
        </Text>
        <Text className="muted">提交后可以在“我的 › 我的办件”看每一步进度；需要补正时会提醒您。</Text>
      </View>
    </>
  );
}

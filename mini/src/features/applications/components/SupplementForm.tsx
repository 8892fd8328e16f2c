import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { FieldError, MaterialAnswer } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import { asApiError, type ApiError, gotNoAnswer } from '@/api/errors';
import { FieldInput } from '@/components/form/FieldInput';
import { MaterialInput } from '@/components/form/MaterialInput';
import { byField, checkValues } from '@/lib/applicationForm';
import { adviceFor } from '@/lib/errorAdvice';
import { useSupplementAnswers } from '../hooks/useSupplementAnswers';
import type { SupplementContext } from '../lib/loadSupplement';
import { toast } from '@/lib/feedback';
import { replace } from '@/navigate';

/** Exactly the items the hall asked for, each with its reason; sent together as one 补正. */
export function SupplementForm({
  ctx,
}: {
  ctx: SupplementContext & { request: NonNullable<SupplementContext['request']> };
}) {
  const { application: app, request } = ctx;
  const { answers, change, forget } = useSupplementAnswers(request.id);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState<ApiError | null>(null);
  const [consented, setConsented] = useState(ctx.consented);

  const check = (): FieldError[] => {
    const problems = checkValues({ fields: ctx.fields.map((f) => f.field) }, answers.values, { partial: false });
    for (const { material } of ctx.materials) {
      if (!answers.materials[material.key])
        problems.push({ field: `materials.${material.key}`, message: `请提供${material.name}` });
    }
    return problems;
  };

  const done = () => {
    forget();
    toast('补正已提交', 'success');
    replace('application', { id: app.id });
  };

  const send = async () => {
    if (sending) return;
    const problems = check();
    if (problems.length) {
      setErrors(byField(problems));
      toast(problems[0].message);
      return;
    }
    setSending(true);
    setFailed(null);
    const values = Object.fromEntries(
      ctx.fields.map(({ field }) => [field.key, (answers.values[field.key] ?? '').trim()]),
    );
    const materials: Record<string, MaterialAnswer> = Object.fromEntries(
      ctx.materials.map(({ material }) => [material.key, answers.materials[material.key]]),
    );
    try {
      await applicationsApi.supplement(app.id, {
        ...(ctx.fields.length ? { values } : {}),
        ...(ctx.materials.length ? { materials } : {}),
      });
      done();
    } catch (err) {
      const e = asApiError(err);
      // A retry after an answer that never arrived: the first try may have gone through.
      if (e.code === 'SUPPLEMENT_NOT_REQUESTED') {
        const now = await applicationsApi.detail(app.id).catch(() => null);
        if (now?.data.supplement?.id === request.id && now.data.supplement.answeredAt) {
          done();
          return;
        }
      }
      if (e.code === 'VALIDATION_FAILED' && e.details.length) setErrors(byField(e.details));
      setFailed(e);
      setSending(false);
    }
  };

  const again = failed !== null && gotNoAnswer(failed);
  return (
    <>
      <View className="section pg-head">
        <View className="section__head">
          <Text className="section__title">{app.matterName}</Text>
        </View>
        <Text className="muted">办理部门请您补充或改正下面 {request.items.length} 项内容，其他内容不用动。</Text>
      </View>

      <View className="section e2e-supplement-items">
        {ctx.fields.map(({ item, field }) => (
          <View key={item.key} className="pg-ask e2e-supplement-item">
            <Text className="pg-ask__reason e2e-supplement-reason">要求：{item.reason}</Text>
            <FieldInput
              field={field}
              value={answers.values[field.key] ?? ''}
              error={errors[`values.${field.key}`]}
              onChange={(v) => {
                setErrors((e) => ({ ...e, [`values.${field.key}`]: '' }));
                change((a) => ({ ...a, values: { ...a.values, [field.key]: v } }));
              }}
            />
          </View>
        ))}
        {ctx.materials.map(({ item, material }) => {
          const licence = material.licenceType ? (ctx.licences[material.licenceType.code] ?? null) : null;
          return (
            <View key={item.key} className="pg-ask e2e-supplement-item">
              <Text className="pg-ask__reason e2e-supplement-reason">要求：{item.reason}</Text>
              <MaterialInput
                material={material}
                answer={answers.materials[material.key]}
                error={errors[`materials.${material.key}`]}
                licence={licence}
                consented={licence !== null && consented.includes(licence.typeCode) ? [app.matterCode] : []}
                matters={[{ code: app.matterCode, name: app.matterName }]}
                uploads={answers.uploads}
                onAnswer={(update) => {
                  setErrors((e) => ({ ...e, [`materials.${material.key}`]: '' }));
                  change((a) => {
                    const next = update(a.materials[material.key]);
                    const materials = { ...a.materials };
                    if (next) materials[material.key] = next;
                    else delete materials[material.key];
                    return { ...a, materials };
                  });
                }}
                onUploaded={(u) =>
                  change((a) => ({
                    ...a,
                    uploads: { ...a.uploads, [u.id]: { name: u.name, kind: u.kind, size: u.size } },
                  }))
                }
                onConsented={() => licence && setConsented((c) => [...c, licence.typeCode])}
              />
            </View>
          );
        })}
      </View>

      {failed && (
        <View className="pg-action pg-action--bad e2e-supplement-failed" ariaRole="alert">
          <Text className="pg-action__title">{again ? '补正还没有提交成功' : failed.message}</Text>
          <Text className="pg-action__text">
            {again ? `${failed.message}。填写的内容都还在，请点“重新提交”。` : adviceFor(failed.code).hint}
          </Text>
        </View>
      )}

      <View className="pg-bar">
        <View
          className={`btn btn--primary pg-bar__btn e2e-supplement-submit ${again ? 'e2e-supplement-retry' : ''} ${sending ? 'btn--disabled' : ''}`}
          ariaRole="button"
          onClick={() => void send()}
        >
          {sending ? '正在提交…' : again ? '重新提交' : '提交补正'}
        </View>
      </View>
    </>
  );
}

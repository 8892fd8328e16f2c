import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MaterialAnswer, Upload } from '@zsb/contracts';
import type { AnswerUpdate } from '../../../components/form/MaterialInput';
import {
  checkDelivery,
  checkMaterials,
  checkValues,
  byField,
  isStep,
  STEPS,
  type ApplyStep,
} from '../../../lib/applicationForm';
import { useDraftSaver } from '../hooks/useDraftSaver';
import { useSubmit } from '../hooks/useSubmit';
import type { ApplyContext } from '../lib/loadApply';
import { DeliveryStep } from './DeliveryStep';
import { FormStep } from './FormStep';
import { MaterialsStep } from './MaterialsStep';
import { ReviewStep } from './ReviewStep';
import { SaveNote } from './SaveNote';
import { StepBar } from './StepBar';
import { SubmitProblem } from './SubmitProblem';

const without = (errors: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(prefix)));

/** The four steps of 在线办理 over one draft that saves itself. */
export function ApplyFlow({ ctx, firstStep }: { ctx: ApplyContext; firstStep?: string }) {
  const { form } = ctx;
  const saver = useDraftSaver(isStep(firstStep) ? { ...ctx.draft, step: firstStep as string } : ctx.draft);
  const { draft, update } = saver;
  const step: ApplyStep = isStep(draft.step) ? draft.step : 'form';
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [consented, setConsented] = useState(ctx.consented);

  const goTo = (next: ApplyStep) => {
    update((d) => ({ ...d, step: next }), { now: true });
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined);
  };
  const {
    submit,
    submitting,
    error: submitError,
    clearError,
  } = useSubmit({
    form,
    draft,
    keep: saver.keep,
    pauseSaving: saver.pause,
    resumeSaving: saver.resume,
    goTo,
    showErrors: setErrors,
  });

  // A refused or failed submission is explained at the top of the page: bring it into view.
  useEffect(() => {
    if (submitError) void Taro.pageScrollTo({ scrollTop: 0, duration: 200 }).catch(() => undefined);
  }, [submitError]);

  useEffect(() => {
    if (ctx.resumedFrom) void Taro.showToast({ title: '已恢复上次填写的内容', icon: 'none' });
  }, [ctx.resumedFrom]);

  const setValue = (key: string, value: string) => {
    setErrors((e) => without(e, `values.${key}`));
    update((d) => ({ ...d, values: { ...d.values, [key]: value } }));
  };
  const setMaterial = (key: string, change: AnswerUpdate) => {
    setErrors((e) => without(e, `materials.${key}`));
    update((d) => {
      const next = change(d.materials[key]);
      const materials: Record<string, MaterialAnswer> = { ...d.materials };
      if (next) materials[key] = next;
      else delete materials[key];
      return { ...d, materials };
    });
  };
  const addUpload = (u: Upload) =>
    update((d) => ({ ...d, uploads: { ...d.uploads, [u.id]: { name: u.name, kind: u.kind, size: u.size } } }));

  /** 下一步: the current step must be complete; its problems show at their fields. */
  const next = () => {
    const input = { values: draft.values, materials: draft.materials, delivery: draft.delivery };
    const problems =
      step === 'form'
        ? checkValues(form, input.values, { partial: false })
        : step === 'materials'
          ? checkMaterials(form, input.materials, { partial: false })
          : checkDelivery(form, input.delivery, { partial: false });
    if (problems.length) {
      setErrors((e) => ({ ...e, ...byField(problems) }));
      void Taro.showToast({ title: problems[0].message, icon: 'none' });
      return;
    }
    goTo(STEPS[STEPS.indexOf(step) + 1]);
  };

  return (
    <View className='ap-flow'>
      <View className='ap-head'>
        <Text className='ap-head__matter e2e-apply-matter'>{form.matterName}</Text>
        <StepBar step={step} onGo={goTo} />
      </View>
      {ctx.offline && (
        <View className='ap-banner ap-banner--warn e2e-apply-offline'>
          <Text className='ap-banner__text'>
            现在连不上网络，用的是手机上保存的表格；可以接着填，联网后会自动保存。
          </Text>
        </View>
      )}
      {submitError && (
        <SubmitProblem
          error={submitError}
          onRetry={() => {
            clearError();
            submit();
          }}
        />
      )}

      {step === 'form' && <FormStep form={form} values={draft.values} errors={errors} onChange={setValue} />}
      {step === 'materials' && (
        <MaterialsStep
          form={form}
          ctx={ctx}
          consented={consented}
          materials={draft.materials}
          uploads={draft.uploads}
          errors={errors}
          onAnswer={setMaterial}
          onUploaded={addUpload}
          onConsented={(code) => setConsented((c) => [...c, code])}
        />
      )}
      {step === 'delivery' && (
        <DeliveryStep
          form={form}
          delivery={draft.delivery}
          suggestion={ctx.lastAddress}
          errors={errors}
          onChange={(delivery) => {
            setErrors((e) => without(e, 'delivery'));
            update((d) => ({ ...d, delivery }));
          }}
        />
      )}
      {step === 'review' && (
        <ReviewStep form={form} draft={draft} licences={ctx.licences} errors={errors} onEdit={goTo} />
      )}

      <View className='ap-bar'>
        <SaveNote save={saver.save} onRetry={() => void saver.flush()} />
        <View className='ap-bar__row'>
          {step !== 'form' && (
            <View
              className='btn ap-bar__btn e2e-apply-prev'
              ariaRole='button'
              onClick={() => goTo(STEPS[STEPS.indexOf(step) - 1])}
            >
              上一步
            </View>
          )}
          {step !== 'review' ? (
            <View className='btn btn--primary ap-bar__btn ap-bar__main e2e-apply-next' ariaRole='button' onClick={next}>
              下一步
            </View>
          ) : (
            <View
              className={`btn btn--primary ap-bar__btn ap-bar__main e2e-apply-submit ${submitting ? 'btn--disabled' : ''}`}
              ariaRole='button'
              aria-disabled={submitting ? 'true' : 'false'}
              onClick={submit}
            >
              {submitting ? '正在提交…' : '提交申请'}
            </View>
          )}
        </View>
      </View>
    </View>
  );
}

import { useState } from 'react';
import type { Delivery, MaterialAnswer, Upload } from '@zsb/contracts';
import type { AnswerUpdate } from '@/components/form/MaterialInput';
import {
  byField,
  checkDelivery,
  checkMaterials,
  checkValues,
  isStep,
  STEPS,
  type ApplyStep,
  type FormShape,
} from '@/lib/applicationForm';
import type { FlowDraft } from '@/stores/applyDrafts';
import { toast } from '@/lib/feedback';

export type DraftUpdate<D> = (change: (d: D) => D, options?: { now?: boolean }) => void;

const without = (errors: Record<string, string>, prefix: string) =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith(prefix)));

/**
 * The edits of the four steps over a draft, whoever keeps it (a matter's saver, a theme's phone copy): a change
 * clears the problem shown at its field, and 下一步 checks the current step before moving on.
 */
export function useFlowEditing<D extends FlowDraft>({
  form,
  draft,
  update,
  goTo,
}: {
  form: FormShape;
  draft: D;
  update: DraftUpdate<D>;
  goTo: (step: ApplyStep) => void;
}) {
  const step: ApplyStep = isStep(draft.step) ? draft.step : 'form';
  const [errors, setErrors] = useState<Record<string, string>>({});

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
  const setDelivery = (delivery: Delivery) => {
    setErrors((e) => without(e, 'delivery'));
    update((d) => ({ ...d, delivery }));
  };

  /** 下一步: the current step must be complete; its problems show at their fields. */
  const next = () => {
    const problems =
      step === 'form'
        ? checkValues(form, draft.values, { partial: false })
        : step === 'materials'
          ? checkMaterials(form, draft.materials, { partial: false })
          : checkDelivery(form, draft.delivery, { partial: false });
    if (problems.length) {
      setErrors((e) => ({ ...e, ...byField(problems) }));
      toast(problems[0].message);
      return;
    }
    goTo(STEPS[STEPS.indexOf(step) + 1]);
  };
  const prev = () => goTo(STEPS[STEPS.indexOf(step) - 1]);

  return { step, errors, setErrors, setValue, setMaterial, addUpload, setDelivery, next, prev };
}

export type FlowEditing = ReturnType<typeof useFlowEditing>;

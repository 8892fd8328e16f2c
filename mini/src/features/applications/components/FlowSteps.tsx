import type { FormMaterial, LicenceSummary, MailAddress } from '@zsb/contracts';
import type { ApplyStep, FormShape, MatterRef } from '@/lib/applicationForm';
import type { FlowDraft } from '@/stores/applyDrafts';
import type { FlowEditing } from '../hooks/useFlowEditing';
import { DeliveryStep } from './DeliveryStep';
import { FormStep } from './FormStep';
import { MaterialsStep } from './MaterialsStep';
import { ReviewStep } from './ReviewStep';

interface Props {
  form: FormShape;
  draft: FlowDraft;
  editing: FlowEditing;
  /** Valid licences by type code, and the consents in force (consentKey). */
  licences: Record<string, LicenceSummary>;
  consents: string[];
  onConsented: (typeCode: string, matterCode: string) => void;
  mattersOf: (material: FormMaterial) => MatterRef[];
  /** 一件事一次办: say which matters use each material, and speak of 这几件事. */
  theme?: boolean;
  lastAddress: MailAddress | null;
  promise?: string;
  goTo: (step: ApplyStep) => void;
}

/** The current step of 在线办理 — the same four for one matter and for a theme's combined form. */
export function FlowSteps({
  form,
  draft,
  editing,
  licences,
  consents,
  onConsented,
  mattersOf,
  theme = false,
  lastAddress,
  promise,
  goTo,
}: Props) {
  const { step, errors } = editing;
  if (step === 'form')
    return <FormStep form={form} values={draft.values} errors={errors} onChange={editing.setValue} />;
  if (step === 'materials')
    return (
      <MaterialsStep
        form={form}
        mattersOf={mattersOf}
        showMatters={theme}
        licences={licences}
        consents={consents}
        materials={draft.materials}
        uploads={draft.uploads}
        errors={errors}
        onAnswer={editing.setMaterial}
        onUploaded={editing.addUpload}
        onConsented={onConsented}
      />
    );
  if (step === 'delivery')
    return (
      <DeliveryStep
        form={form}
        subject={theme ? '这几件事' : '这个事项'}
        delivery={draft.delivery}
        suggestion={lastAddress}
        errors={errors}
        onChange={editing.setDelivery}
      />
    );
  return <ReviewStep form={form} draft={draft} promise={promise} licences={licences} errors={errors} onEdit={goTo} />;
}

import { Text, View } from '@tarojs/components';
import type { FormMaterial, LicenceSummary, MaterialAnswer, Upload } from '@zsb/contracts';
import { MaterialInput, type AnswerUpdate } from '@/components/form/MaterialInput';
import { consentedMatters, type FormShape, type MatterRef } from '@/lib/applicationForm';
import type { UploadMeta } from '@/stores/applyDrafts';

interface Props {
  form: Pick<FormShape, 'materials'>;
  /** The matters a material is for: the matter itself, or those of a theme that share it. */
  mattersOf: (material: FormMaterial) => MatterRef[];
  /** Say under each material which matters use it (一件事一次办). */
  showMatters?: boolean;
  /** Valid licences by type code. */
  licences: Record<string, LicenceSummary>;
  /** Consents in force, as consentKey(typeCode, matterCode). */
  consents: string[];
  materials: Record<string, MaterialAnswer>;
  uploads: Record<string, UploadMeta>;
  errors: Record<string, string>;
  onAnswer: (key: string, update: AnswerUpdate) => void;
  onUploaded: (upload: Upload) => void;
  onConsented: (typeCode: string, matterCode: string) => void;
}

/** 申请材料: each by e-licence (with consent for every matter that uses it) or by photo/PDF. */
export function MaterialsStep({
  form,
  mattersOf,
  showMatters = false,
  licences,
  consents,
  materials,
  uploads,
  errors,
  onAnswer,
  onUploaded,
  onConsented,
}: Props) {
  const licensable = form.materials.filter((m) => m.licenceType && licences[m.licenceType.code]).length;
  return (
    <View className="section e2e-materials-step">
      <View className="section__head">
        <Text className="section__title">申请材料</Text>
      </View>
      {licensable > 0 ? (
        <Text className="muted ap-lead">其中 {licensable} 项可以直接用您的电子证照，不用拍照</Text>
      ) : (
        <Text className="muted ap-lead">请拍清楚、拍完整，文字能看清</Text>
      )}
      {showMatters && form.materials.length > 1 && (
        <Text className="muted ap-lead">几件事都要的材料只交一次，每项下面写了它用在哪几件事</Text>
      )}
      {form.materials.length === 0 && <Text className="muted">不需要提交材料</Text>}
      {form.materials.map((m) => {
        const licence = m.licenceType ? (licences[m.licenceType.code] ?? null) : null;
        const matters = mattersOf(m);
        return (
          <MaterialInput
            key={m.key}
            material={m}
            answer={materials[m.key]}
            error={errors[`materials.${m.key}`]}
            licence={licence}
            matters={matters}
            consented={licence ? consentedMatters(licence.typeCode, matters, consents) : []}
            showMatters={showMatters}
            uploads={uploads}
            onAnswer={(u) => onAnswer(m.key, u)}
            onUploaded={onUploaded}
            onConsented={(matterCode) => licence && onConsented(licence.typeCode, matterCode)}
          />
        );
      })}
    </View>
  );
}

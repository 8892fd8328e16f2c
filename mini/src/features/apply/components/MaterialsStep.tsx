import { Text, View } from '@tarojs/components';
import type { ApplicationForm, MaterialAnswer, Upload } from '@zsb/contracts';
import { MaterialInput, type AnswerUpdate } from '../../../components/form/MaterialInput';
import type { ApplyContext } from '../lib/loadApply';
import type { UploadMeta } from '../../../stores/applyDrafts';

interface Props {
  form: ApplicationForm;
  ctx: Pick<ApplyContext, 'licences'>;
  consented: string[];
  materials: Record<string, MaterialAnswer>;
  uploads: Record<string, UploadMeta>;
  errors: Record<string, string>;
  onAnswer: (key: string, update: AnswerUpdate) => void;
  onUploaded: (upload: Upload) => void;
  onConsented: (typeCode: string) => void;
}

/** 申请材料: each by e-licence (with consent) or by photo/PDF. */
export function MaterialsStep({
  form,
  ctx,
  consented,
  materials,
  uploads,
  errors,
  onAnswer,
  onUploaded,
  onConsented,
}: Props) {
  const licensable = form.materials.filter((m) => m.licenceType && ctx.licences[m.licenceType.code]).length;
  return (
    <View className='section e2e-materials-step'>
      <View className='section__head'>
        <Text className='section__title'>申请材料</Text>
      </View>
      {licensable > 0 ? (
        <Text className='muted'>其中 {licensable} 项可以直接用您的电子证照，不用拍照</Text>
      ) : (
        <Text className='muted'>请拍清楚、拍完整，文字能看清</Text>
      )}
      {form.materials.length === 0 && <Text className='muted'>这个事项不需要提交材料</Text>}
      {form.materials.map((m) => {
        const licence = m.licenceType ? (ctx.licences[m.licenceType.code] ?? null) : null;
        return (
          <MaterialInput
            key={m.key}
            material={m}
            answer={materials[m.key]}
            error={errors[`materials.${m.key}`]}
            licence={licence}
            consented={licence !== null && consented.includes(licence.typeCode)}
            matter={{ code: form.matterCode, name: form.matterName }}
            uploads={uploads}
            onAnswer={(u) => onAnswer(m.key, u)}
            onUploaded={onUploaded}
            onConsented={() => licence && onConsented(licence.typeCode)}
          />
        );
      })}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { FormMaterial, LicenceSummary, MaterialAnswer, Upload } from '@zsb/contracts';
import { uploadsApi } from '@/api/uploads';
import { useMaterialUploads } from '@/hooks/useMaterialUploads';
import type { MatterRef } from '@/lib/applicationForm';
import type { UploadMeta } from '@/stores/applyDrafts';
import { LicenceOffer } from './LicenceOffer';
import { PendingThumb, UploadThumb } from './UploadThumbs';
import './form.css';

export type AnswerUpdate = (prev: MaterialAnswer | undefined) => MaterialAnswer | undefined;

interface Props {
  material: FormMaterial;
  answer: MaterialAnswer | undefined;
  error?: string;
  /** A valid licence of the material's type that the resident holds, if any. */
  licence: LicenceSummary | null;
  /** The matters this material is for: one, or several in 一件事一次办 (a licence needs consent for each). */
  matters: MatterRef[];
  /** Codes of those matters already allowed to use the licence's type. */
  consented: string[];
  /** Say under the name which matters use it (一件事一次办: one material serves several matters). */
  showMatters?: boolean;
  uploads: Record<string, UploadMeta>;
  onAnswer: (update: AnswerUpdate) => void;
  onUploaded: (upload: Upload) => void;
  onConsented: (matterCode: string) => void;
}

/**
 * One material: 使用电子证照 where the resident holds that licence (with the one-time consent), otherwise — or
 * instead — photos or PDFs with progress, thumbnails and 删除.
 */
export function MaterialInput({
  material: m,
  answer,
  error,
  licence,
  consented,
  matters,
  showMatters = false,
  uploads,
  onAnswer,
  onUploaded,
  onConsented,
}: Props) {
  const uploaded = answer?.kind === 'upload' ? answer.uploadIds : [];
  const { pending, pick, retry, dismiss } = useMaterialUploads({
    accept: m.accept,
    onUploaded: (upload) => {
      onUploaded(upload);
      onAnswer((prev) => ({
        kind: 'upload',
        uploadIds: [...(prev?.kind === 'upload' ? prev.uploadIds : []), upload.id].slice(0, m.maxFiles),
      }));
    },
  });
  const busy = pending.filter((p) => p.status === 'uploading').length;
  const room = m.maxFiles - uploaded.length - busy;

  const remove = (id: string) => {
    onAnswer((prev) => {
      const left = prev?.kind === 'upload' ? prev.uploadIds.filter((x) => x !== id) : [];
      return left.length ? { kind: 'upload', uploadIds: left } : undefined;
    });
    // Best effort: an upload nobody uses is swept by the server after 30 days anyway.
    uploadsApi.remove(id).catch(() => undefined);
  };

  return (
    <View className={`material-input e2e-material-input e2e-material-${m.key} ${error ? 'fm-field--error' : ''}`}>
      <View className="fm-field__head">
        <Text className="material-input__name">{m.name}</Text>
        {m.required ? (
          <Text className="fm-field__required">必交</Text>
        ) : (
          <Text className="fm-field__optional">选交</Text>
        )}
      </View>
      {showMatters && matters.length > 0 ? (
        <Text className="mi-uses e2e-material-used-by">
          {matters.length > 1 ? `${matters.length} 件事共用：` : '用于：'}
          {matters.map((x) => x.name).join('、')}
        </Text>
      ) : null}
      {m.note ? <Text className="fm-field__hint">{m.note}</Text> : null}

      {answer?.kind === 'licence' ? (
        <View className="mi-licence mi-licence--on e2e-material-licence-used">
          <Text className="mi-licence__title">
            ✓ 已使用电子证照：{m.licenceType?.name ?? licence?.typeName ?? '电子证照'}
          </Text>
          {licence && (
            <Text className="mi-licence__meta">
              {licence.numberMasked} · {licence.issuer}
            </Text>
          )}
          <Text className="mi-licence__meta">提交时从电子证照库调取，记入“用证记录”</Text>
          <View className="mi-link e2e-material-unuse" ariaRole="button" onClick={() => onAnswer(() => undefined)}>
            改为上传照片
          </View>
        </View>
      ) : (
        <>
          {licence && (
            <LicenceOffer
              licence={licence}
              matters={matters}
              consented={consented}
              onConsented={onConsented}
              onUse={() => onAnswer(() => ({ kind: 'licence', licenceId: licence.id }))}
            />
          )}
          {!licence && m.licenceType && (
            <Text className="fm-field__hint">没有查到您有效的{m.licenceType.name}电子证照，请上传照片或文件</Text>
          )}
          <View className="thumbs">
            {uploaded.map((id) => (
              <UploadThumb key={id} id={id} meta={uploads[id]} onRemove={() => remove(id)} />
            ))}
            {pending.map((p) => (
              <PendingThumb
                key={p.localId}
                item={p}
                onRetry={() => retry(p.localId)}
                onDismiss={() => dismiss(p.localId)}
              />
            ))}
          </View>
          {room > 0 && (
            <View className="btn mi-upload e2e-material-upload" ariaRole="button" onClick={() => pick(room)}>
              {licence ? '或者拍照、选择文件' : '拍照或选择文件'}
            </View>
          )}
          <Text className="fm-field__hint">
            {m.accept.includes('pdf') ? '照片或 PDF' : '照片'}，最多 {m.maxFiles} 个；照片会去掉拍摄地点等信息
          </Text>
        </>
      )}
      {error ? (
        <View className="fm-field__error e2e-field-error" ariaRole="alert">
          {error}
        </View>
      ) : null}
    </View>
  );
}

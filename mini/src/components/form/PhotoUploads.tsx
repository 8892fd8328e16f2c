import { useEffect } from 'react';
import { View } from '@tarojs/components';
import type { Upload, UploadKind } from '@zsb/contracts';
import { uploadsApi } from '@/api/uploads';
import { useMaterialUploads } from '@/hooks/useMaterialUploads';
import type { UploadMeta } from '@/stores/applyDrafts';
import { PendingThumb, UploadThumb } from './UploadThumbs';
import './form.css';

const PHOTOS_ONLY: readonly UploadKind[] = ['image'];

interface Props {
  photos: string[];
  uploads: Record<string, UploadMeta>;
  max: number;
  /** e2e hook of the add button. */
  hook: string;
  onUploaded: (upload: Upload) => void;
  onRemove: (id: string) => void;
  onBusy: (busy: boolean) => void;
}

/** Up to `max` photos, uploaded the way an application's materials are (progress, 重试, 删除). */
export function PhotoUploads({ photos, uploads, max, hook, onUploaded, onRemove, onBusy }: Props) {
  const { pending, pick, retry, dismiss } = useMaterialUploads({ accept: PHOTOS_ONLY, onUploaded });
  const busy = pending.filter((p) => p.status === 'uploading').length;
  const room = max - photos.length - busy;
  useEffect(() => onBusy(busy > 0), [busy, onBusy]);

  const remove = (id: string) => {
    onRemove(id);
    // Best effort: an upload nobody uses is swept by the server anyway.
    uploadsApi.remove(id).catch(() => undefined);
  };

  return (
    <>
      <View className="thumbs">
        {photos.map((id) => (
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
        <View className={`btn mi-upload ${hook}`} ariaRole="button" onClick={() => pick(room)}>
          拍照或选择照片
        </View>
      )}
    </>
  );
}

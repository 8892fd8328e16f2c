import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import type { Upload, UploadKind } from '@zsb/contracts';
import { uploadsApi } from '@/api/uploads';
import { PendingThumb, UploadThumb } from '@/components/form/UploadThumbs';
import { useMaterialUploads } from '@/hooks/useMaterialUploads';
import type { UploadMeta } from '@/stores/applyDrafts';
import { MAX_PHOTOS } from '../lib/reviewForm';
import '@/components/form/form.css';

const PHOTOS_ONLY: readonly UploadKind[] = ['image'];

interface Props {
  photos: string[];
  uploads: Record<string, UploadMeta>;
  /** Photos of the review being changed, which a change does not keep. */
  earlier: number;
  onUploaded: (upload: Upload) => void;
  onRemove: (id: string) => void;
  onBusy: (busy: boolean) => void;
}

/** Up to 3 photos, uploaded the way an application's materials are (progress, 重试, 删除). */
export function ReviewPhotos({ photos, uploads, earlier, onUploaded, onRemove, onBusy }: Props) {
  const { pending, pick, retry, dismiss } = useMaterialUploads({ accept: PHOTOS_ONLY, onUploaded });
  const busy = pending.filter((p) => p.status === 'uploading').length;
  const room = MAX_PHOTOS - photos.length - busy;
  useEffect(() => onBusy(busy > 0), [busy, onBusy]);

  const remove = (id: string) => {
    onRemove(id);
    // Best effort: an upload nobody uses is swept by the server anyway.
    uploadsApi.remove(id).catch(() => undefined);
  };

  return (
    <View className="section e2e-rate-photos">
      <Text className="rv-q">照片（选填）</Text>
      <Text className="rv-q__hint">最多 {MAX_PHOTOS} 张；照片会去掉拍摄地点等信息</Text>
      {earlier > 0 && <Text className="rv-q__hint">原来的 {earlier} 张照片修改后不再保留，需要的话请重新添加</Text>}
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
        <View className="btn mi-upload e2e-rate-photo-add" ariaRole="button" onClick={() => pick(room)}>
          拍照或选择照片
        </View>
      )}
    </View>
  );
}

import { Text, View } from '@tarojs/components';
import type { Upload } from '@zsb/contracts';
import { PhotoUploads } from '@/components/form/PhotoUploads';
import type { UploadMeta } from '@/stores/applyDrafts';
import { MAX_PHOTOS } from '../lib/reviewForm';

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
export function ReviewPhotos({ earlier, ...photos }: Props) {
  return (
    <View className="section e2e-rate-photos">
      <Text className="rv-q">照片（选填）</Text>
      <Text className="rv-q__hint">最多 {MAX_PHOTOS} 张；照片会去掉拍摄地点等信息</Text>
      {earlier > 0 && <Text className="rv-q__hint">原来的 {earlier} 张照片修改后不再保留，需要的话请重新添加</Text>}
      <PhotoUploads {...photos} max={MAX_PHOTOS} hook="e2e-rate-photo-add" />
    </View>
  );
}

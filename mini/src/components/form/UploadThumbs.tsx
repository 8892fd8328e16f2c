import { Image, Text, View } from '@tarojs/components';
import type { PendingUpload } from '@/hooks/useMaterialUploads';
import { useUploadPreview } from '@/hooks/useUploadPreview';
import type { UploadMeta } from '@/stores/applyDrafts';

/** A file that is on the server: its picture (or a PDF mark) and 删除. */
export function UploadThumb({
  id,
  meta,
  onRemove,
}: {
  id: string;
  meta: UploadMeta | undefined;
  onRemove?: () => void;
}) {
  const { preview, failed } = useUploadPreview(id);
  const kind = meta?.kind ?? preview?.kind ?? 'image';
  return (
    <View className="thumb e2e-upload-thumb">
      <View className="thumb__box">
        {kind === 'pdf' || failed || !preview ? (
          <Text className="thumb__mark">{kind === 'pdf' ? 'PDF' : failed ? '已上传' : '…'}</Text>
        ) : (
          <Image className="thumb__img" src={preview.path} mode="aspectFill" ariaLabel={meta?.name ?? '已上传的照片'} />
        )}
      </View>
      <Text className="thumb__name">{meta?.name ?? '已上传'}</Text>
      {onRemove && (
        <View
          className="thumb__remove e2e-upload-remove"
          ariaRole="button"
          ariaLabel={`删除 ${meta?.name ?? '这个文件'}`}
          onClick={onRemove}
        >
          删除
        </View>
      )}
    </View>
  );
}

/** A file on its way up (with its progress), or one that failed (with why, 重试 and 移除). */
export function PendingThumb({
  item,
  onRetry,
  onDismiss,
}: {
  item: PendingUpload;
  onRetry: () => void;
  onDismiss: () => void;
}) {
  const failed = item.status === 'failed';
  return (
    <View className={`thumb thumb--pending e2e-upload-pending ${failed ? 'thumb--failed e2e-upload-failed' : ''}`}>
      <View className="thumb__box">
        {item.file.kind === 'pdf' ? (
          <Text className="thumb__mark">PDF</Text>
        ) : (
          <Image className="thumb__img thumb__img--dim" src={item.file.preview} mode="aspectFill" />
        )}
        {!failed && (
          <View className="thumb__bar">
            <View className="thumb__bar-fill" style={{ width: `${item.percent}%` }} />
          </View>
        )}
      </View>
      {failed ? (
        <>
          <View className="thumb__problem" ariaRole="alert">
            {item.problem ?? '上传没有完成'}
          </View>
          {item.retryable && (
            <View className="thumb__retry e2e-upload-retry" ariaRole="button" onClick={onRetry}>
              重试
            </View>
          )}
          <View className="thumb__remove" ariaRole="button" onClick={onDismiss}>
            移除
          </View>
        </>
      ) : (
        <View className="thumb__name e2e-upload-progress" ariaRole="progressbar" aria-valuenow={item.percent}>
          正在上传 {item.percent}%
        </View>
      )}
    </View>
  );
}

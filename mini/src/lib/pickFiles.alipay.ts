import Taro from '@tarojs/taro';
import type { PickedFile } from './pickedFile';
import { baseName, isCancel, type PickOptions } from './pickFiles.types';

export type { PickOptions } from './pickFiles.types';

// Alipay: photos from the camera or the album (my.chooseImage; Taro maps apFilePaths to tempFilePaths). Alipay has
// no way to pick a PDF from a chat, so only photos are offered here.
export async function pickFiles(options: PickOptions): Promise<PickedFile[]> {
  try {
    const res = await Taro.chooseImage({
      count: options.count,
      sourceType: ['camera', 'album'],
      sizeType: ['compressed'],
    });
    const sizes = res.tempFiles ?? [];
    return res.tempFilePaths.map((path, i) => ({
      name: baseName(path),
      size: sizes[i]?.size ?? 0,
      kind: 'image',
      preview: path,
      path,
    }));
  } catch (err) {
    if (isCancel(err)) return [];
    throw err;
  }
}

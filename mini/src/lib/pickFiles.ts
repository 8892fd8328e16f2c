import Taro from '@tarojs/taro';
import { kindOf, type PickedFile } from './pickedFile';
import { baseName, isCancel, type PickOptions } from './pickFiles.types';

export type { PickOptions } from './pickFiles.types';

// WeChat: photos from the camera or the album (compressed: a phone photo is several MB, a scan needs less); a
// PDF can only come from a chat (chooseMessageFile), so when PDFs are accepted the resident chooses the source.
export async function pickFiles(options: PickOptions): Promise<PickedFile[]> {
  try {
    let source = 0;
    if (options.accept.includes('pdf')) {
      source = (await Taro.showActionSheet({ itemList: ['拍照或从相册选照片', '从微信聊天里选 PDF 文件'] })).tapIndex;
    }
    if (source === 1) {
      const { tempFiles } = await Taro.chooseMessageFile({ count: options.count, type: 'file', extension: ['pdf'] });
      return tempFiles.map((f) => ({
        name: f.name,
        size: f.size,
        kind: kindOf(f.name),
        preview: f.path,
        path: f.path,
      }));
    }
    const { tempFiles } = await Taro.chooseMedia({
      count: options.count,
      mediaType: ['image'],
      sourceType: ['camera', 'album'],
      sizeType: ['compressed'],
    });
    return tempFiles.map((f) => ({
      name: baseName(f.tempFilePath),
      size: f.size,
      kind: 'image',
      preview: f.tempFilePath,
      path: f.tempFilePath,
    }));
  } catch (err) {
    if (isCancel(err)) return [];
    throw err;
  }
}

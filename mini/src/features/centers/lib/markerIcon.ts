import Taro from '@tarojs/taro';
import pin from '../assets/pin.png';

let written: Promise<string> | null = null;

/**
 * The map pin as a file path. The build inlines small images as data URLs, but a map marker's iconPath must be a
 * file in the package or a temporary file, so the pin is written once into the app's user-data folder. '' when
 * that fails: WeChat then draws its default marker.
 */
export function markerIconPath(): Promise<string> {
  written ??= new Promise((resolve) => {
    const src = String(pin);
    const base64 = /^data:image\/png;base64,(.+)$/.exec(src)?.[1];
    if (!base64) {
      resolve(src);
      return;
    }
    const filePath = `${Taro.env.USER_DATA_PATH}/center-pin.png`;
    Taro.getFileSystemManager().writeFile({
      filePath,
      data: base64,
      encoding: 'base64',
      success: () => resolve(filePath),
      fail: () => resolve(''),
    });
  });
  return written;
}

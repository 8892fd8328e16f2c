import Taro from '@tarojs/taro';

/** WeChat and Alipay scan with the camera (lib/qrScan.h5.ts: a browser cannot). */
export const canScanQr = true;

/** The text of a QR code the camera read, or null when the scan was cancelled. */
export async function scanQr(): Promise<string | null> {
  try {
    return (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result;
  } catch {
    return null;
  }
}

import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CodeEntryProps } from './CodeEntry.types';

/** WeChat and Alipay: the camera reads the resident's booking QR. */
export function CodeEntry({ busy, onCode }: CodeEntryProps) {
  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await onCode(result);
    } catch {
      // the scan was cancelled: nothing to say
    }
  };
  return (
    <View
      className={`btn btn--primary st-scan e2e-checkin-scan ${busy ? 'btn--disabled' : ''}`}
      ariaRole='button'
      aria-disabled={busy ? 'true' : 'false'}
      onClick={() => !busy && void scan()}
    >
      {busy ? '正在签到…' : '扫码签到'}
    </View>
  );
}

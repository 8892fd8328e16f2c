import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { CodeEntryProps } from './CodeEntry.types';
import { ManualCodeEntry } from './ManualCodeEntry';

/** WeChat and Alipay: the camera reads the resident's QR; a short code can be typed as well. */
export function CodeEntry(props: CodeEntryProps) {
  const { busy, onCode, hook, words, typeable } = props;
  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await onCode(result);
    } catch {
      // the scan was cancelled: nothing to say
    }
  };
  return (
    <>
      <View
        className={`btn btn--primary st-scan e2e-${hook}-scan ${busy ? 'btn--disabled' : ''}`}
        ariaRole="button"
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => !busy && void scan()}
      >
        {busy ? words.busy : words.scan}
      </View>
      {typeable && <ManualCodeEntry {...props} />}
    </>
  );
}

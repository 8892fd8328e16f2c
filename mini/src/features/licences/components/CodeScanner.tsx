import { View } from '@tarojs/components';
import { scanQr } from '@/lib/qrScan';
import type { CodeScannerProps } from './CodeScanner.types';

/** WeChat and Alipay: the platform's own scanner (CodeScanner.h5.tsx: the browser's camera). */
export function CodeScanner({ busy, onCode }: CodeScannerProps) {
  const scan = async () => {
    const text = await scanQr();
    // null: the scan was cancelled, nothing to say
    if (text !== null) await onCode(text);
  };
  return (
    <View
      className={`btn btn--primary verify__scan e2e-verify-scan ${busy ? 'btn--disabled' : ''}`}
      ariaRole="button"
      onClick={() => !busy && void scan()}
    >
      {busy ? '正在核验…' : '扫一扫'}
    </View>
  );
}

import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { qrCells } from '../../licences/lib/qrCells';

/**
 * The check-in code as a QR for the window clerk's scanner, drawn as boxes like the 亮证码 (no canvas, no image:
 * the same on WeChat, Alipay and H5). The code itself is a long random token, not something to read out or type.
 */
export function CheckInQr({ code }: { code: string }) {
  const { cells } = useMemo(() => qrCells(code), [code]);
  return (
    <View className='bk-qr'>
      <View className='bk-qr__square e2e-booking-qr' ariaRole='img' ariaLabel='签到码二维码，到窗口请工作人员扫码'>
        {cells.map((c, i) => (
          <View key={i} className='bk-qr__cell' style={c} />
        ))}
      </View>
      <Text className='bk-qr__hint'>到了窗口，请工作人员扫这个码签到</Text>
    </View>
  );
}

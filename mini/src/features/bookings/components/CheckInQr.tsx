import { Text, View } from '@tarojs/components';
import { QrCode } from '@/components/QrCode';

/**
 * The check-in code as a QR for the window clerk's scanner, drawn as boxes like the 亮证码 (no canvas, no image:
 * the same on WeChat, Alipay and H5). The code itself is a long random token, not something to read out or type.
 */
export function CheckInQr({ code }: { code: string }) {
  return (
    <View className="bk-qr">
      <QrCode text={code} className="bk-qr__square e2e-booking-qr" label="签到码二维码，到窗口请工作人员扫码" />
      <Text className="bk-qr__hint">到了窗口，请工作人员扫这个码签到</Text>
    </View>
  );
}

import { useMemo } from 'react';
import { Text, View } from '@tarojs/components';
import { qrCells } from '../lib/qrCells';

interface Props {
  text: string;
  /** The code has run out: covered, so nobody scans a dead code. */
  expired: boolean;
}

/**
 * The QR drawn as boxes, one per run of dark modules: no canvas and no image, so it renders the same on WeChat,
 * Alipay and H5 and stays sharp at any size. Black on white whatever the theme, with the quiet zone around it.
 */
export function QrCode({ text, expired }: Props) {
  const { cells } = useMemo(() => qrCells(text), [text]);
  return (
    <View
      className={`qr e2e-display-qr ${expired ? 'qr--expired' : ''}`}
      ariaRole='img'
      ariaLabel={expired ? '亮证码已过期' : '亮证码二维码，请对方扫码核验'}
    >
      <View className='qr__square'>
        {cells.map((c, i) => (
          <View key={i} className='qr__cell' style={c} />
        ))}
        {expired && (
          <View className='qr__cover'>
            <Text className='qr__cover-text'>已过期</Text>
            <Text className='qr__cover-hint'>请点下方“刷新”</Text>
          </View>
        )}
      </View>
    </View>
  );
}

import { useMemo, type ReactNode } from 'react';
import { View } from '@tarojs/components';
import { qrCells } from '../lib/qrCells';
import './QrCode.css';

interface Props {
  text: string;
  /** Read out instead of the picture. */
  label: string;
  /** Sizes the square (and carries test hooks); the QR scales with it. */
  className?: string;
  /** Drawn over the code, e.g. a cover once it has expired. */
  children?: ReactNode;
}

/**
 * A QR drawn as boxes, one per run of dark modules: no canvas and no image, so it renders the same on WeChat,
 * Alipay and H5 and stays sharp at any size. Black on white whatever the theme, with the quiet zone around it.
 */
export function QrCode({ text, label, className, children }: Props) {
  const { cells } = useMemo(() => qrCells(text), [text]);
  return (
    <View className={`qr ${className ?? ''}`} ariaRole="img" ariaLabel={label}>
      {cells.map((c, i) => (
        <View key={i} className="qr__cell" style={c} />
      ))}
      {children}
    </View>
  );
}

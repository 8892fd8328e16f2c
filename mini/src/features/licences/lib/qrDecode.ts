// The QR reader of the H5 camera (components/CodeScanner.h5.tsx): ZXing's QR decoder alone, imported file by file
// so the bundle carries no other barcode format (~100 KB minified, 26 KB gzipped, against ~470 KB for the whole
// library). Pure: it takes a frame's RGBA pixels (a canvas's ImageData) and answers the text, or null.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';

const reader = new QRCodeReader();

/** Grey levels of RGBA pixels, weighted as the eye sees them (ZXing's own integer weights). */
export function luminances(rgba: Uint8ClampedArray, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  for (let i = 0, p = 0; i < out.length; i++, p += 4) {
    out[i] = (rgba[p] * 306 + rgba[p + 1] * 601 + rgba[p + 2] * 117 + 512) >> 10;
  }
  return out;
}

/** The text of a QR code in the frame, or null when none is found (most frames of a moving camera). */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  try {
    const source = new RGBLuminanceSource(luminances(rgba, width, height), width, height);
    return reader.decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
  } catch {
    // NotFound, Checksum, Format: this frame has no readable code
    return null;
  } finally {
    reader.reset();
  }
}

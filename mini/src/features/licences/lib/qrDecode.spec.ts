import { describe, expect, it } from '@jest/globals';
import { encodeQr, QUIET_ZONE } from '@/lib/qrCells';
import { decodeQr } from './qrDecode';

interface Frame {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * A camera frame of a phone showing `text` as the 亮证 page draws it: `scale` pixels a module, at (left, top) on a
 * grey background, dark modules not quite black, light ones not quite white, with a little sensor noise.
 */
function frameOf(text: string, { scale = 4, left = 40, top = 30, width = 320, height = 240, noise = 24 } = {}): Frame {
  const matrix = encodeQr(text);
  const rgba = new Uint8ClampedArray(width * height * 4);
  const side = (matrix.length + 2 * QUIET_ZONE) * scale;
  let seed = 7;
  const jitter = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % noise) - noise / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const mx = Math.floor((x - left) / scale) - QUIET_ZONE;
      const my = Math.floor((y - top) / scale) - QUIET_ZONE;
      const inside = x >= left && y >= top && x < left + side && y < top + side;
      const dark = inside && my >= 0 && mx >= 0 && my < matrix.length && mx < matrix.length && matrix[my][mx];
      const level = (inside ? (dark ? 40 : 225) : 140) + jitter();
      rgba.set([level, level + 4, level - 4, 255], (y * width + x) * 4);
    }
  }
  return { rgba, width, height };
}

describe('the H5 camera’s QR reader', () => {
  const longCode = `${'Zx8kq2Lm4Np6Rs0Tv3Wy5A'}.${'h2Ck9_Qm-4Rt7Vw1Xy3Za5'}`;

  it('reads a 亮证码 off a camera frame', () => {
    const { rgba, width, height } = frameOf(longCode);
    expect(decodeQr(rgba, width, height)).toBe(longCode);
  });

  it('reads it small and off-centre, as from a phone held at arm’s length', () => {
    const { rgba, width, height } = frameOf(longCode, { scale: 3, left: 150, top: 90 });
    expect(decodeQr(rgba, width, height)).toBe(longCode);
  });

  it('answers null for a frame without a code, and goes on reading after it', () => {
    const blank = frameOf('', { left: 10_000 });
    expect(decodeQr(blank.rgba, blank.width, blank.height)).toBeNull();
    const { rgba, width, height } = frameOf('K7QM3XP2');
    expect(decodeQr(rgba, width, height)).toBe('K7QM3XP2');
  });
});

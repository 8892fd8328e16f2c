import sharp from 'sharp';
import { AppError } from '../../common/errors';
import type { ImageFormat } from './sniff';

// libvips' own cache holds decoded images between calls: nothing here is decoded twice.
sharp.cache(false);

// 120 MP lets a 108 MP phone photo through; a decompression bomb (a small PNG of 40 000 × 40 000) stops at the header.
const MAX_INPUT_PIXELS = 120_000_000;
// Decoding a large photo takes a few hundred MB for a moment; this many at once per instance, the rest wait.
const PARALLEL = 2;

export interface ProcessedImage {
  bytes: Buffer;
  contentType: 'image/jpeg' | 'image/png';
  width: number;
  height: number;
}

export const HEIC_MESSAGE = '暂不支持苹果手机的 HEIC 格式照片，请在相机设置里选“兼容性最佳”后重拍，或截图后上传';

/**
 * Decodes and re-encodes a photo: turned upright by its EXIF orientation, scaled down to `maxSide`, and written
 * anew as JPEG (PNG when it has transparency) with no metadata at all — no EXIF (GPS, phone model, time), no
 * XMP, no ICC profile, no comments — and nothing that followed the image data in the file (a script or PDF
 * appended after a JPEG's end marker is simply not part of the decoded pixels).
 */
export async function reencodeImage(bytes: Buffer, format: ImageFormat, maxSide: number): Promise<ProcessedImage> {
  // The prebuilt libvips decodes HEIF only with AV1 inside (AVIF); iPhone photos carry HEVC, patent-encumbered
  // and not built in. Say what to do instead of "damaged".
  if (format === 'heic') throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', HEIC_MESSAGE);
  return gate.run(async () => {
    try {
      const input = sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS, autoOrient: true, pages: 1 });
      const meta = await input.metadata();
      if (format === 'heif' && meta.compression === 'hevc') throw new AppError('UPLOAD_TYPE_NOT_ALLOWED', HEIC_MESSAGE);
      const resized = input
        .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
        .timeout({ seconds: 30 });
      const keepAlpha = meta.hasAlpha === true;
      const { data, info } = await (
        keepAlpha
          ? resized.png({ compressionLevel: 8 })
          : resized.flatten({ background: '#ffffff' }).jpeg({ quality: 85, mozjpeg: true })
      ).toBuffer({
        resolveWithObject: true,
      });
      return {
        bytes: data,
        contentType: keepAlpha ? 'image/png' : 'image/jpeg',
        width: info.width,
        height: info.height,
      };
    } catch (e) {
      if (e instanceof AppError) throw e;
      // libvips' message names the decoder's complaint; the resident only needs to know the file is damaged.
      const error = new AppError('UPLOAD_MALFORMED', '图片已损坏或无法识别，请重新拍照或换一张图片');
      error.internalDetail = `image decode failed: ${(e as Error).message.split('\n')[0]}`;
      throw error;
    }
  });
}

/** A small counting semaphore: at most `size` tasks run, the others queue in order. */
class Gate {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.running < this.size) this.running++;
    // A finishing task hands its place straight to the first in line.
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
  }
}

const gate = new Gate(PARALLEL);

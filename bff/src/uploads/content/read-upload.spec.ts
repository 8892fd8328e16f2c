import sharp from 'sharp';
import { type IncomingFile, readUpload } from './read-upload';

const limits = { maxImageBytes: 100_000, maxPdfBytes: 300_000 };

/** A file arriving in 10 KB chunks; `read` counts how many bytes the reader pulled. */
function arriving(
  bytes: Buffer,
  options: { truncated?: boolean; failAfter?: number } = {},
): IncomingFile & { read: number } {
  const file = {
    name: 'x',
    read: 0,
    truncated: () => options.truncated === true,
    chunks: (async function* () {
      for (let at = 0; at < bytes.length; at += 10_000) {
        if (options.failAfter !== undefined && at >= options.failAfter) throw new Error('Part terminated early');
        const chunk = bytes.subarray(at, at + 10_000);
        file.read += chunk.length;
        yield chunk;
      }
    })(),
  };
  return file;
}

const jpegHead = () =>
  sharp({ create: { width: 64, height: 64, channels: 3, background: '#123456' } })
    .jpeg()
    .toBuffer();
const padded = (head: Buffer, size: number) => Buffer.concat([head, Buffer.alloc(size - head.length)]);

describe('reading an upload as it arrives', () => {
  it('answers the bytes and what they are', async () => {
    const bytes = await jpegHead();
    expect(await readUpload(arriving(bytes), limits)).toEqual({ bytes, sniffed: { kind: 'image', format: 'jpeg' } });
  });

  it('applies the limit of the kind it finds, and stops reading once past it', async () => {
    const image = arriving(padded(await jpegHead(), 1_000_000));
    await expect(readUpload(image, limits)).rejects.toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
      message: expect.stringContaining('图片'),
    });
    expect(image.read).toBeLessThanOrEqual(110_000);
    const pdf = padded(Buffer.from('%PDF-1.7\n'), 200_000);
    expect((await readUpload(arriving(pdf), limits)).sniffed).toEqual({ kind: 'pdf' });
    await expect(readUpload(arriving(padded(Buffer.from('%PDF-1.7\n'), 300_001)), limits)).rejects.toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
    });
  });

  it('refuses what it does not take after the first chunk, without reading on', async () => {
    const exe = arriving(padded(Buffer.from('MZ'), 1_000_000));
    await expect(readUpload(exe, limits)).rejects.toMatchObject({ code: 'UPLOAD_TYPE_NOT_ALLOWED' });
    expect(exe.read).toBe(10_000);
  });

  it('refuses an empty file, one the parser cut off and one that stopped arriving', async () => {
    await expect(readUpload(arriving(Buffer.alloc(0)), limits)).rejects.toMatchObject({
      code: 'UPLOAD_MALFORMED',
      message: '文件是空的，请重新选择文件',
    });
    await expect(readUpload(arriving(await jpegHead(), { truncated: true }), limits)).rejects.toMatchObject({
      code: 'UPLOAD_TOO_LARGE',
    });
    await expect(
      readUpload(arriving(padded(await jpegHead(), 50_000), { failAfter: 20_000 }), limits),
    ).rejects.toMatchObject({ code: 'UPLOAD_MALFORMED' });
  });
});

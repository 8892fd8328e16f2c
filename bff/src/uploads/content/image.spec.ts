import sharp from 'sharp';
import { HEIC_MESSAGE, reencodeImage } from './image';

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'UnitPhone', ImageDescription: '张建国 13800000001' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 5/1 30/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();

describe('re-encoding a photo', () => {
  it('turns it upright and drops every piece of metadata', async () => {
    const out = await reencodeImage(await photo(300, 200), 'jpeg', 4096);
    expect(out).toMatchObject({ contentType: 'image/jpeg', width: 200, height: 300 });
    const meta = await sharp(out.bytes).metadata();
    expect([meta.exif, meta.xmp, meta.icc, meta.iptc, meta.orientation]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(out.bytes.includes('UnitPhone')).toBe(false);
  });

  it('scales the longer side down to the cap and never up', async () => {
    expect(await reencodeImage(await photo(6000, 3000), 'jpeg', 1000)).toMatchObject({ width: 500, height: 1000 });
    expect(await reencodeImage(await photo(40, 30), 'jpeg', 1000)).toMatchObject({ width: 30, height: 40 });
  });

  it('keeps transparency as PNG and writes everything else as JPEG', async () => {
    const rgba = await sharp({
      create: { width: 10, height: 10, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .webp()
      .toBuffer();
    expect((await reencodeImage(rgba, 'webp', 4096)).contentType).toBe('image/png');
    const rgb = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    expect((await reencodeImage(rgb, 'png', 4096)).contentType).toBe('image/jpeg');
  });

  it('refuses a damaged file as UPLOAD_MALFORMED and HEIC with a way out', async () => {
    const good = await photo(300, 200);
    await expect(reencodeImage(good.subarray(0, good.length / 2), 'jpeg', 4096)).rejects.toMatchObject({
      code: 'UPLOAD_MALFORMED',
    });
    await expect(reencodeImage(Buffer.from('\x89PNG\r\n\x1a\n garbage', 'latin1'), 'png', 4096)).rejects.toMatchObject({
      code: 'UPLOAD_MALFORMED',
    });
    await expect(reencodeImage(good, 'heic', 4096)).rejects.toMatchObject({
      code: 'UPLOAD_TYPE_NOT_ALLOWED',
      message: HEIC_MESSAGE,
    });
  });

  it('refuses a decompression bomb by its header', async () => {
    // A 12 000 × 12 000 PNG of one colour is a few hundred KB on disk and 144 MP decoded.
    const bomb = await sharp({ create: { width: 12_000, height: 12_000, channels: 3, background: '#000' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    await expect(reencodeImage(bomb, 'png', 4096)).rejects.toMatchObject({ code: 'UPLOAD_MALFORMED' });
  });
});

import sharp from 'sharp';
import { sniff } from './sniff';

const solid = () => sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } });

describe('what a file is, by its first bytes', () => {
  it('takes JPEG, PNG, WebP and PDF', async () => {
    expect(await sniff(await solid().jpeg().toBuffer())).toEqual({ kind: 'image', format: 'jpeg' });
    expect(await sniff(await solid().png().toBuffer())).toEqual({ kind: 'image', format: 'png' });
    expect(await sniff(await solid().webp().toBuffer())).toEqual({ kind: 'image', format: 'webp' });
    expect(await sniff(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1'))).toEqual({
      kind: 'pdf',
    });
  });

  it('recognises HEIC and HEIF containers (an iPhone photo)', async () => {
    const box = (brand: string) =>
      Buffer.concat([
        Buffer.from([0, 0, 0, 24]),
        Buffer.from(`ftyp${brand}\0\0\0\0mif1${brand}`, 'latin1'),
        Buffer.alloc(64),
      ]);
    expect(await sniff(box('heic'))).toEqual({ kind: 'image', format: 'heic' });
    expect(await sniff(box('mif1'))).toEqual({ kind: 'image', format: 'heif' });
  });

  it('refuses everything else, however it is named', async () => {
    const exe = Buffer.alloc(256);
    exe.write('MZ');
    const refused = [
      exe,
      Buffer.from('<!doctype html><script>alert(1)</script>'),
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'),
      Buffer.from('PK\x03\x04\x14\x00\x00\x00\x08\x00', 'latin1'),
      await solid().gif().toBuffer(),
      await solid().tiff().toBuffer(),
      await solid().avif().toBuffer(),
      Buffer.from('just some text'),
      Buffer.from(' %PDF-1.7 starts one byte late'),
    ];
    for (const bytes of refused) expect(await sniff(bytes)).toBeNull();
  });
});

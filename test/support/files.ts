import type { Session } from '@zsb/contracts';
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { bearer } from './residents';
import type { RunningSystem } from './system';

// Files for the upload tests, made on the fly (nothing binary is committed).

/** A 300×200 JPEG shot "sideways" (EXIF orientation 6) with the phone's make and a GPS position in Anyang. */
export async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 300, height: 200, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'ZsbTestPhone', Model: 'GPS-Model-X' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '36/1 5/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 21/1 0/1' },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

export async function png(options: { alpha: boolean; width?: number; height?: number }): Promise<Buffer> {
  const background = options.alpha ? { r: 200, g: 20, b: 20, alpha: 0.5 } : { r: 200, g: 20, b: 20 };
  return sharp({
    create: { width: options.width ?? 64, height: options.height ?? 48, channels: options.alpha ? 4 : 3, background },
  })
    .png()
    .toBuffer();
}

/** A one-page PDF as pdf-lib writes it (objects compressed in object streams); `script` adds an OpenAction. */
export async function pdf(options: { script?: boolean; attachment?: boolean } = {}): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]).drawText('ZSB test');
  if (options.script) {
    const action = doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') });
    doc.catalog.set(PDFName.of('OpenAction'), action as PDFDict);
  }
  if (options.attachment) await doc.attach(Buffer.from('hidden'), 'hidden.txt', { mimeType: 'text/plain' });
  return Buffer.from(await doc.save());
}

/** A Windows executable's first bytes (MZ header, PE signature) and some padding. */
export function executable(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  return bytes;
}

export interface Part {
  field?: string;
  name?: string;
  /** The client's claim, which the BFF ignores. */
  type?: string;
  bytes: Buffer;
}

/** A multipart/form-data body written byte by byte, so a file name can carry anything (NUL, \\, …). */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----zsb${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const filename = p.name === undefined ? '' : `; filename="${p.name}"`;
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.field ?? 'file'}"${filename}\r\nContent-Type: ${p.type ?? 'application/octet-stream'}\r\n\r\n`,
        'utf8',
      ),
    );
    chunks.push(p.bytes, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function uploadFile<T>(
  sys: RunningSystem,
  session: Session,
  ...parts: Part[]
): Promise<{ status: number; headers: Headers; body: T }> {
  const { body, contentType } = multipart(parts);
  const res = await fetch(`${sys.url}/api/v1/uploads`, {
    method: 'POST',
    headers: { ...bearer(session), 'content-type': contentType },
    body,
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

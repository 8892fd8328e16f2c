import { fileTypeFromBuffer } from 'file-type';

export type ImageFormat = 'jpeg' | 'png' | 'webp' | 'heic' | 'heif';
export type Sniffed = { kind: 'image'; format: ImageFormat } | { kind: 'pdf' };

/** file-type looks at most this far into a file for the formats we take. */
export const SNIFF_BYTES = 4100;

const ACCEPTED: Record<string, Sniffed> = {
  'image/jpeg': { kind: 'image', format: 'jpeg' },
  'image/png': { kind: 'image', format: 'png' },
  // An animated PNG is a PNG whose first frame any decoder shows; only that frame is kept.
  'image/apng': { kind: 'image', format: 'png' },
  'image/webp': { kind: 'image', format: 'webp' },
  'image/heic': { kind: 'image', format: 'heic' },
  'image/heic-sequence': { kind: 'image', format: 'heic' },
  'image/heif': { kind: 'image', format: 'heif' },
  'image/heif-sequence': { kind: 'image', format: 'heif' },
  'application/pdf': { kind: 'pdf' },
};

/**
 * What a file is by its first bytes (magic numbers), whatever its name or the client's Content-Type say; null
 * for anything we do not take (executables, HTML, archives, Office files, GIF, TIFF, AVIF …).
 */
export async function sniff(head: Uint8Array): Promise<Sniffed | null> {
  const type = await fileTypeFromBuffer(head);
  return (type && ACCEPTED[type.mime]) ?? null;
}

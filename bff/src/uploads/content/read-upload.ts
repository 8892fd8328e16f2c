import { AppError } from '../../common/errors';
import { SNIFF_BYTES, sniff, type Sniffed } from './sniff';

/** One file of a request as it arrives; nothing about it is trusted. */
export interface IncomingFile {
  /** The name the client gave (may hold anything: paths, control characters, personal data). */
  name: string | undefined;
  chunks: AsyncIterable<Buffer>;
  /** The multipart parser stopped the file at its own (largest) limit. */
  truncated(): boolean;
}

export interface UploadLimits {
  maxImageBytes: number;
  maxPdfBytes: number;
}

export const EMPTY_MESSAGE = '文件是空的，请重新选择文件';

export const tooLarge = (limits: UploadLimits, kind?: Sniffed['kind']): AppError =>
  new AppError(
    'UPLOAD_TOO_LARGE',
    kind === 'pdf'
      ? `PDF 不能超过 ${mb(limits.maxPdfBytes)} MB，请压缩或分开上传`
      : kind === 'image'
        ? `图片不能超过 ${mb(limits.maxImageBytes)} MB，请直接拍照上传或压缩后再试`
        : undefined,
  );

const mb = (bytes: number): number => Math.round(bytes / 1_048_576);

/**
 * Reads a file into memory while it arrives: its first bytes decide what it is (refused at once if it is nothing
 * we take), what it is decides its size limit, and reading stops as soon as the limit is passed, so an oversized
 * or disguised file is never held whole.
 */
export async function readUpload(
  file: IncomingFile,
  limits: UploadLimits,
): Promise<{ bytes: Buffer; sniffed: Sniffed }> {
  const chunks: Buffer[] = [];
  let size = 0;
  let sniffed: Sniffed | undefined;
  let limit = Math.max(limits.maxImageBytes, limits.maxPdfBytes);
  try {
    for await (const chunk of file.chunks) {
      chunks.push(chunk);
      size += chunk.length;
      if (!sniffed && size >= SNIFF_BYTES) {
        sniffed = await identify(Buffer.concat(chunks));
        limit = sniffed.kind === 'pdf' ? limits.maxPdfBytes : limits.maxImageBytes;
      }
      if (size > limit) throw tooLarge(limits, sniffed?.kind);
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    const error = new AppError('UPLOAD_MALFORMED', '文件没有传完整，请重新上传');
    error.internalDetail = `upload stream failed: ${(e as Error).message}`;
    throw error;
  }
  if (file.truncated()) throw tooLarge(limits, sniffed?.kind);
  if (size === 0) throw new AppError('UPLOAD_MALFORMED', EMPTY_MESSAGE);
  const bytes = Buffer.concat(chunks, size);
  return { bytes, sniffed: sniffed ?? (await identify(bytes)) };
}

async function identify(head: Buffer): Promise<Sniffed> {
  const sniffed = await sniff(head);
  if (!sniffed) throw new AppError('UPLOAD_TYPE_NOT_ALLOWED');
  return sniffed;
}

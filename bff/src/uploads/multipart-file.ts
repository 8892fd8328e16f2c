import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors';
import type { IncomingFile } from './content/read-upload';

export const FILE_FIELD = 'file';

/**
 * The one file of a multipart request (field `file`), as a stream nothing has buffered yet. The multipart
 * plugin's limits (app.factory.ts) cut the stream at the largest file size and refuse more than one file.
 */
export async function multipartFile(request: FastifyRequest): Promise<IncomingFile> {
  if (!request.isMultipart())
    throw new AppError('UPLOAD_MALFORMED', `请用 multipart/form-data 上传，文件放在 ${FILE_FIELD} 字段`);
  let part: MultipartFile | undefined;
  try {
    part = await request.file();
  } catch (e) {
    const error = new AppError('UPLOAD_MALFORMED', '上传的内容格式不正确，请重新选择文件上传');
    error.internalDetail = `multipart: ${(e as Error).message}`;
    throw error;
  }
  if (!part) throw new AppError('UPLOAD_MALFORMED', '没有收到文件，请重新选择文件上传');
  if (part.fieldname !== FILE_FIELD) {
    part.file.destroy();
    throw new AppError('UPLOAD_MALFORMED', `请把文件放在 ${FILE_FIELD} 字段上传`);
  }
  const file = part.file;
  return { name: part.filename, chunks: file, truncated: () => file.truncated };
}

/** The request's declared length, to refuse a far too large upload before reading any of it. */
export function declaredLength(request: FastifyRequest): number | null {
  const value = Number(request.headers['content-length']);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** A photo or PDF the resident picked, before it is uploaded. */
export interface PickedFile {
  name: string;
  /** Bytes; 0 when the platform did not say. */
  size: number;
  kind: 'image' | 'pdf';
  /** What an <Image> can show right away: the platform's temporary path, or an object URL on H5. */
  preview: string;
  /** WeChat/Alipay: the temporary file path to upload. */
  path?: string;
  /** H5: the file itself. */
  blob?: Blob;
}

/** The limits the BFF applies (README “Uploads”), checked before sending so a resident is told at once. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/** Why a picked file cannot be sent, in the resident's words; null when it can. */
export function pickedFileProblem(
  file: Pick<PickedFile, 'kind' | 'size' | 'name'>,
  accept: readonly ('image' | 'pdf')[],
): string | null {
  if (!accept.includes(file.kind)) return accept.includes('pdf') ? '只能上传照片或 PDF 文件' : '只能上传照片';
  if (file.size > (file.kind === 'pdf' ? MAX_PDF_BYTES : MAX_IMAGE_BYTES)) {
    return file.kind === 'pdf' ? 'PDF 文件不能超过 20 MB' : '照片不能超过 10 MB，请重新拍一张';
  }
  return null;
}

/** image or pdf from a name or MIME type; anything else counts as an image and the BFF judges it by content. */
export function kindOf(nameOrType: string): 'image' | 'pdf' {
  return /pdf$/i.test(nameOrType.trim()) ? 'pdf' : 'image';
}

import { EncryptedPDFError, PDFDocument } from 'pdf-lib';
import { AppError } from '../../common/errors';
import { type ActiveKind, findActive, findActiveInText } from './pdf-active';
import { PdfStructureError, readEveryObject } from './pdf-objects';

const MESSAGES: Record<ActiveKind | 'structure' | 'empty', string> = {
  structure: '这个 PDF 已损坏或不完整，请重新导出后再上传',
  encrypted: '这个 PDF 设置了密码或加密保护，请去掉保护（或“打印为 PDF”）后再上传',
  empty: '这个 PDF 没有页面，请换一个文件',
  script: '这个 PDF 含有脚本或自动运行的程序，不能上传；请“打印为 PDF”重新生成后再上传',
  media: '这个 PDF 含有音视频、3D 等多媒体内容，不能上传；请“打印为 PDF”重新生成后再上传',
  link: '这个 PDF 含有网址链接、表单提交或打开其他文件的动作，不能上传；请用扫描件，或“打印为 PDF”重新生成后再上传',
  attachment: '这个 PDF 里夹带了其他文件，不能上传；请“打印为 PDF”重新生成后再上传',
};

// Readers look for the end marker in the last 1 KB; after it only line ends and padding may follow.
const TAIL = 1024;

/**
 * Accepts a PDF only when it is one by structure and carries nothing active: it starts with %PDF-, ends with
 * %%EOF (nothing appended after it), is not encrypted, has at least one page, and no object anywhere in it names
 * scripts, media, links out of the document or embedded files (see pdf-active.ts). "Anywhere" is every object a
 * reader could reach, found without trusting the file's own account of them (see pdf-objects.ts), and again every
 * object pdf-lib resolves. The bytes are stored unchanged: rewriting would break the digital signature of an
 * official e-document.
 */
export async function checkPdf(bytes: Buffer): Promise<{ pages: number }> {
  if (
    !bytes
      .subarray(0, 8)
      .toString('latin1')
      .match(/^%PDF-[12]\.\d/)
  )
    refuse('structure', 'no %PDF- header');
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL)).toString('latin1');
  const end = tail.lastIndexOf('%%EOF');
  if (end < 0 || !/^[\r\n\t \0]*$/.test(tail.slice(end + 5))) refuse('structure', 'no %%EOF at the end');

  // Before pdf-lib, which inflates object streams without a limit.
  let found;
  try {
    const parts = await readEveryObject(bytes);
    found = findActive(parts.objects) ?? parts.unread.map(findActiveInText).find(Boolean);
  } catch (e) {
    if (e instanceof PdfStructureError) refuse('structure', e.message);
    throw e;
  }
  if (found) refuse(found.kind, `active content /${found.name}`);

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (e) {
    if (e instanceof EncryptedPDFError) refuse('encrypted', 'encrypted');
    refuse('structure', `pdf-lib: ${(e as Error).message.split('\n')[0]}`);
  }
  found = findActive(doc.context.enumerateIndirectObjects().map(([, object]) => object));
  if (found) refuse(found.kind, `active content /${found.name}`);
  let pages = 0;
  try {
    pages = doc.getPageCount();
  } catch (e) {
    refuse('structure', `page tree: ${(e as Error).message.split('\n')[0]}`);
  }
  if (pages < 1) refuse('empty', 'no pages');
  return { pages };
}

function refuse(reason: keyof typeof MESSAGES, detail: string): never {
  const error = new AppError('UPLOAD_MALFORMED', MESSAGES[reason]);
  error.internalDetail = `pdf refused: ${detail}`;
  throw error;
}

import { EncryptedPDFError, PDFArray, PDFDict, PDFDocument, PDFName, type PDFObject, PDFStream } from 'pdf-lib';
import { AppError } from '../../common/errors';

const MESSAGES = {
  structure: '这个 PDF 已损坏或不完整，请重新导出后再上传',
  encrypted: '这个 PDF 设置了密码或加密保护，请去掉保护（或“打印为 PDF”）后再上传',
  empty: '这个 PDF 没有页面，请换一个文件',
  script: '这个 PDF 含有脚本或自动运行的程序，不能上传；请“打印为 PDF”重新生成后再上传',
  attachment: '这个 PDF 里夹带了其他文件，不能上传；请“打印为 PDF”重新生成后再上传',
};

// Names that make a PDF do something when opened or carry other files: scripts (JavaScript, XFA forms), launching
// programs, embedded media and file attachments. A resident's scan or exported document has none of them.
const ACTIVE = new Map<string, keyof typeof MESSAGES>([
  ['JS', 'script'],
  ['JavaScript', 'script'],
  ['XFA', 'script'],
  ['Launch', 'script'],
  ['RichMedia', 'script'],
  ['EmbeddedFile', 'attachment'],
  ['EmbeddedFiles', 'attachment'],
  ['FileAttachment', 'attachment'],
  ['Encrypt', 'encrypted'],
]);

// Readers look for the end marker in the last 1 KB; after it only line ends and padding may follow.
const TAIL = 1024;

/**
 * Accepts a PDF only when it is one by structure and carries nothing active: it starts with %PDF-, ends with
 * %%EOF (nothing appended after it), is not encrypted, has at least one page, and has no JavaScript, XFA,
 * launch actions, rich media or embedded files — looked for in the raw bytes (names written with #xx escapes
 * included) and in every object pdf-lib parses, which covers objects compressed inside object streams. The
 * bytes are stored unchanged: rewriting would break the digital signature of an official e-document.
 */
export async function checkPdf(bytes: Buffer): Promise<{ pages: number }> {
  if (!bytes.subarray(0, 8).toString('latin1').match(/^%PDF-[12]\.\d/)) refuse('structure', 'no %PDF- header');
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL)).toString('latin1');
  const end = tail.lastIndexOf('%%EOF');
  if (end < 0 || !/^[\r\n\t \0]*$/.test(tail.slice(end + 5))) refuse('structure', 'no %%EOF at the end');
  scanNames(bytes.toString('latin1'));

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch (e) {
    if (e instanceof EncryptedPDFError) refuse('encrypted', 'encrypted');
    refuse('structure', `pdf-lib: ${(e as Error).message.split('\n')[0]}`);
  }
  for (const [, object] of doc.context.enumerateIndirectObjects()) walk(object, 0);
  let pages = 0;
  try {
    pages = doc.getPageCount();
  } catch (e) {
    refuse('structure', `page tree: ${(e as Error).message.split('\n')[0]}`);
  }
  if (pages < 1) refuse('empty', 'no pages');
  return { pages };
}

function scanNames(text: string): void {
  // Stream data is left out: in compressed bytes "/JS " turns up by chance (about once in 250 MB), and a
  // content stream's names are resource names. Objects compressed inside streams are checked by walk().
  const outsideStreams = text.replace(/\bstream\r?\n[\s\S]*?\bendstream\b/g, ' ');
  for (const match of outsideStreams.matchAll(/\/([^\s/<>[\]()%{}\0]{2,40})/g)) flag(decodeName(match[1]));
}

function walk(object: PDFObject, depth: number): void {
  if (depth > 50) return;
  if (object instanceof PDFName) flag(decodeName(object.decodeText()));
  else if (object instanceof PDFStream) walk(object.dict, depth + 1);
  else if (object instanceof PDFDict) {
    for (const [key, value] of object.entries()) {
      flag(decodeName(key.decodeText()));
      walk(value, depth + 1);
    }
  } else if (object instanceof PDFArray) for (const item of object.asArray()) walk(item, depth + 1);
}

// pdf-lib decodes only upper-case #XX escapes; a reader takes either case, so decode the rest here.
const decodeName = (name: string): string => name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

function flag(name: string): void {
  const reason = ACTIVE.get(name);
  if (reason) refuse(reason, `active content /${name}`);
}

function refuse(reason: keyof typeof MESSAGES, detail: string): never {
  const error = new AppError('UPLOAD_MALFORMED', MESSAGES[reason]);
  error.internalDetail = `pdf refused: ${detail}`;
  throw error;
}

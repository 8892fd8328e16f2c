import { PDFArray, PDFDict, PDFName, type PDFObject, PDFStream } from 'pdf-lib';

export type ActiveKind = 'script' | 'media' | 'link' | 'attachment' | 'encrypted';

// Names that make a PDF do something a resident's scan or exported document never needs, wherever they appear
// (as a key or a value, in any object). A name a producer could give a font or image resource is not among them
// (resource names are F1, Im0, GS1, R7 …), so none of these turns up by chance in a well-formed file.
// Allowed on purpose, because they stay inside the document: GoTo (links and OpenAction to a page), Named (next
// page, print), Thread (article threads; /Thread is also the /Type of an ordinary thread), ResetForm, Hide,
// SetOCGState, Trans.
const ACTIVE = new Map<string, ActiveKind>([
  // scripts and programs
  ['JS', 'script'],
  ['JavaScript', 'script'],
  ['XFA', 'script'],
  ['Launch', 'script'],
  // media players and 3D, which carry their own scripts
  ['RichMedia', 'media'],
  ['RichMediaExecute', 'media'],
  ['Sound', 'media'],
  ['Movie', 'media'],
  ['Rendition', 'media'],
  ['3D', 'media'],
  // a way out of the document: a web address, a form sent to a server, another file, data read in
  ['URI', 'link'],
  ['SubmitForm', 'link'],
  ['ImportData', 'link'],
  ['GoToR', 'link'],
  ['GoToE', 'link'],
  // other files carried inside
  ['EmbeddedFile', 'attachment'],
  ['EmbeddedFiles', 'attachment'],
  ['EF', 'attachment'],
  ['FileAttachment', 'attachment'],
  ['Encrypt', 'encrypted'],
]);

/**
 * A name as a reader sees it: #xx escapes decoded in either case (pdf-lib decodes only upper-case ones and keeps
 * the rest, so /#4aS reaches us as "#4aS"; a reader reads JS).
 */
export const decodeName = (name: string): string =>
  name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

// asString() is pdf-lib's value with every irregular character (its own "#" included) written #XX again: decoding
// once gives pdf-lib's value back, decoding again what pdf-lib left. Names are pooled, so each is decoded once.
const decoded = new WeakMap<PDFName, string>();
export function nameOf(name: PDFName): string {
  let text = decoded.get(name);
  if (text === undefined) {
    text = name.asString().slice(1);
    if (text.includes('#')) text = decodeName(decodeName(text));
    decoded.set(name, text);
  }
  return text;
}

export interface Active {
  name: string;
  kind: ActiveKind;
}

const flagged = (name: string): Active | null => {
  const kind = ACTIVE.get(name);
  return kind ? { name, kind } : null;
};

/**
 * The first active name in these objects and everything inside them, however deep: a work list rather than
 * recursion, so a chain of any length (/Next, /Kids, name trees, /AA) is followed to its end, and a visited set so
 * nothing is read twice. Indirect references are not followed here: every object of the file is a root.
 */
export function findActive(roots: Iterable<PDFObject>): Active | null {
  const visited = new Set<PDFObject>();
  const work: PDFObject[] = [];
  for (const root of roots) work.push(root);
  for (let object = work.pop(); object !== undefined; object = work.pop()) {
    if (object instanceof PDFName) {
      const found = flagged(nameOf(object));
      if (found) return found;
      continue;
    }
    if (visited.has(object)) continue;
    visited.add(object);
    if (object instanceof PDFStream) work.push(object.dict);
    else if (object instanceof PDFDict) for (const [key, value] of object.entries()) work.push(key, value);
    else if (object instanceof PDFArray) for (const item of object.asArray()) work.push(item);
  }
  return null;
}

/** The first active name written anywhere in a stretch of PDF text no object could be read from. */
export function findActiveInText(text: string): Active | null {
  for (const match of text.matchAll(/\/([^\s/<>[\]()%{}\0]{1,127})/g)) {
    const found = flagged(decodeName(match[1]));
    if (found) return found;
  }
  return null;
}

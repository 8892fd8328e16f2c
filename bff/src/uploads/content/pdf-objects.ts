import { constants, inflateSync } from 'node:zlib';
import {
  PDFArray,
  PDFContext,
  PDFDict,
  PDFName,
  PDFNumber,
  type PDFObject,
  PDFObjectParser,
  PDFRawStream,
} from 'pdf-lib';
import { nameOf } from './pdf-active';

/** The file cannot be read the way a reader would read it; the caller refuses it as damaged. */
export class PdfStructureError extends Error {}

// "12 0 obj", also with comments between the parts, as readers accept it.
const SPACE = String.raw`(?:[\0\t\n\f\r ]|%[^\r\n]*[\r\n])+`;
const OBJECT_HEADER = new RegExp(String.raw`(?<![0-9])\d+${SPACE}\d+${SPACE}obj`, 'g');
const TRAILER = /trailer(?=[\0\t\n\f\r ]*<<)/g;

// Object and cross-reference streams of real files decompress to kilobytes, a few megabytes for a big document;
// more is a decompression bomb (a 20 MB upload of zeros inflates a thousandfold).
const STRUCTURE_BUDGET = 64 * 1_048_576;
// Objects that do not end before the next object header (text such as "1 0 obj" inside a string, an object hidden
// in another's bytes) are read again to the end of the file or object stream, each up to a second for 20 MB of
// hostile text; a real file has few, if any. Past the limit they are left to the text search.
const MAX_REREADS = 8;

interface Limits {
  inflate: number;
  rereads: number;
}

export interface PdfParts {
  /** Every object read: each "N G obj" wherever it stands, each trailer, each member of an object stream. */
  objects: PDFObject[];
  /** Every stretch of text no object was read from (between objects, or what did not parse), to search for names. */
  unread: string[];
}

/**
 * Every object of a PDF the way a reader that trusts the cross-reference could meet it, without trusting anything
 * the file says about where objects are:
 * - every "N G obj" in the bytes is parsed on its own, also one inside another stream's data (a cross-reference
 *   may point there) and each definition of a repeated number (a reader may use either);
 * - every stream with /N and /First is unpacked as an object stream, whatever its /Type says or however the name
 *   is written: readers find compressed objects through the cross-reference and never look at that /Type;
 * - every byte no object was read from, and everything from an object pdf-lib's parser gives up on, is kept as
 *   text: a more lenient reader may read an object there, so its names are searched for.
 * An object is first read up to the next header, which keeps the work linear; one that does not parse there is
 * read again to the end.
 */
export async function readEveryObject(bytes: Buffer): Promise<PdfParts> {
  const text = bytes.toString('latin1');
  const limits: Limits = { inflate: STRUCTURE_BUDGET, rereads: MAX_REREADS };
  const starts = [...text.matchAll(OBJECT_HEADER), ...text.matchAll(TRAILER)].map((m) => ({
    at: m.index,
    body: m.index + m[0].length,
  }));
  const parts = await readObjects(bytes, starts, limits);
  for (const object of [...parts.objects]) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = decodedEntries(object.dict);
    if (dict.has('N') && dict.has('First')) {
      const members = await objectStreamMembers(object, dict, limits);
      for (const member of members.objects) parts.objects.push(member);
      for (const piece of members.unread) parts.unread.push(piece);
    } else if (dict.get('Type') instanceof PDFName && nameOf(dict.get('Type') as PDFName) === 'XRef')
      inflated(object, dict, limits);
  }
  return parts;
}

/** Reads an object at each start (`at` its header, `body` where the object itself begins) and what lies between. */
async function readObjects(bytes: Buffer, starts: { at: number; body: number }[], limits: Limits): Promise<PdfParts> {
  const scratch = PDFContext.create();
  const parts: PdfParts = { objects: [], unread: [] };
  const read: { from: number; to: number }[] = [];
  const failed: { at: number; body: number }[] = [];
  starts.sort((a, b) => a.at - b.at);
  for (let i = 0; i < starts.length; i++) {
    const { at, body } = starts[i];
    const end = parseIn(bytes.subarray(body, starts[i + 1]?.at ?? bytes.length), body, scratch, parts.objects);
    if (end === null) failed.push(starts[i]);
    else read.push({ from: at, to: end });
    // A document of thousands of objects takes a second or more to read: let other requests through meanwhile.
    if (i % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
  }
  // An object that does not parse even to the end may still be read by a lenient reader, from its header to
  // wherever that reader stops: everything from the first such header on is searched as text.
  let unparsed = bytes.length;
  for (const { at, body } of failed) {
    const end = --limits.rereads >= 0 ? parseIn(bytes.subarray(body), body, scratch, parts.objects) : null;
    if (end !== null) read.push({ from: at, to: end });
    else unparsed = Math.min(unparsed, at);
  }
  if (unparsed < bytes.length) parts.unread.push(bytes.toString('latin1', unparsed));
  read.sort((a, b) => a.from - b.from);
  let from = 0;
  for (const span of read) {
    if (span.from > from) parts.unread.push(bytes.toString('latin1', from, span.from));
    from = Math.max(from, span.to);
  }
  if (from < bytes.length) parts.unread.push(bytes.toString('latin1', from));
  return parts;
}

/** Parses one object at the start of `window` (which begins at file offset `start`); its end offset in the file, or null when it does not parse. */
function parseIn(window: Uint8Array, start: number, scratch: PDFContext, into: PDFObject[]): number | null {
  try {
    const parser = PDFObjectParser.forBytes(window, scratch);
    into.push(parser.parseObject());
    // pdf-lib does not expose where the parser stopped; its protected ByteStream knows.
    return start + parser['bytes'].offset();
  } catch {
    return null;
  }
}

/** A dictionary's entries by their names as a reader decodes them; the same name twice (spelled two ways) is refused. */
function decodedEntries(dict: PDFDict): Map<string, PDFObject> {
  const out = new Map<string, PDFObject>();
  for (const [key, value] of dict.entries()) {
    const name = nameOf(key);
    if (out.has(name) && ['N', 'First', 'Filter', 'DecodeParms', 'Type'].includes(name))
      throw new PdfStructureError(`stream dictionary names /${name} twice`);
    out.set(name, value);
  }
  return out;
}

/**
 * The stream's data decoded. Only what real object and cross-reference streams use is accepted: no filter or
 * FlateDecode, no predictor. Anything else (another filter, a reference where a number belongs) is refused rather
 * than guessed at: a reader might decode it into objects this check never saw.
 */
function inflated(stream: PDFRawStream, dict: Map<string, PDFObject>, limits: Limits): Buffer {
  const filter = dict.get('Filter');
  const filters = filter === undefined ? [] : filter instanceof PDFArray ? filter.asArray() : [filter];
  const names = filters.map((f) => (f instanceof PDFName ? nameOf(f) : '?'));
  if (names.length === 0) return Buffer.from(stream.contents);
  if (names.length > 1 || (names[0] !== 'FlateDecode' && names[0] !== 'Fl'))
    throw new PdfStructureError(`object stream filtered with ${names.join(', ')}`);
  const parms = dict.get('DecodeParms');
  const parmsDict = parms instanceof PDFArray ? parms.get(0) : parms;
  if (parmsDict instanceof PDFDict && [...decodedEntries(parmsDict).keys()].includes('Predictor'))
    throw new PdfStructureError('object stream with a predictor');
  let out: Buffer;
  try {
    // Sync flush: a truncated stream yields what it holds, as readers decode it, instead of failing.
    out = inflateSync(stream.contents, {
      maxOutputLength: Math.max(1, limits.inflate),
      finishFlush: constants.Z_SYNC_FLUSH,
    });
  } catch (e) {
    throw new PdfStructureError(`object stream does not inflate: ${(e as Error).message}`);
  }
  limits.inflate -= out.length;
  if (limits.inflate <= 0) throw new PdfStructureError('object streams inflate past the limit');
  return out;
}

async function objectStreamMembers(
  stream: PDFRawStream,
  dict: Map<string, PDFObject>,
  limits: Limits,
): Promise<PdfParts> {
  const n = dict.get('N');
  const first = dict.get('First');
  if (!(n instanceof PDFNumber) || !(first instanceof PDFNumber))
    throw new PdfStructureError('object stream /N or /First is not a number');
  const data = inflated(stream, dict, limits);
  // N pairs "object-number offset", read from the start as readers do; an offset that is not a plain number
  // (a negative one would point into the header) is refused.
  const header: string[] = [];
  const tokens = /\S+/g;
  const text = data.toString('latin1');
  for (let t = tokens.exec(text); t && header.length < 2 * n.asNumber(); t = tokens.exec(text)) header.push(t[0]);
  if (header.length < 2 * n.asNumber() || !header.every((t) => /^\d{1,10}$/.test(t)))
    throw new PdfStructureError('object stream header is not N pairs of numbers');
  const starts = header
    .filter((_, i) => i % 2 === 1)
    .map((o) => ({ at: first.asNumber() + Number(o), body: first.asNumber() + Number(o) }));
  return readObjects(data, starts, limits);
}

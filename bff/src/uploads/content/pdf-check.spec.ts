import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { checkPdf } from './pdf-check';

/** A PDF written by hand (no object streams), objects numbered from 1, with a correct xref table. */
function handPdf(objects: string[], trailer = ''): Buffer {
  let text = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets = objects.map((body, i) => {
    const at = Buffer.byteLength(text, 'latin1');
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = Buffer.byteLength(text, 'latin1');
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(text, 'latin1');
}

/** The body of an object stream holding `members` (numbered from 10), deflated, its dictionary saying `dict`. */
function objectStream(members: string[], dict = '', data?: Buffer): string {
  let header = '';
  let body = '';
  members.forEach((m, i) => {
    header += `${10 + i} ${body.length} `;
    body += `${m}\n`;
  });
  const packed = deflateSync(data ?? Buffer.from(header + body, 'latin1')).toString('latin1');
  return `<< ${dict} /N ${members.length} /First ${header.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n${packed}\nendstream`;
}

/** A name written with its first letter as a lower-case #xx escape, which pdf-lib does not decode. */
const escaped = (name: string): string => `#${name.charCodeAt(0).toString(16).toLowerCase()}${name.slice(1)}`;

const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>';
const plain = (catalogExtra = '') =>
  handPdf([`<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page]);

async function refusal(bytes: Buffer): Promise<string> {
  try {
    await checkPdf(bytes);
  } catch (e) {
    expect((e as { code: string }).code).toBe('UPLOAD_MALFORMED');
    return (e as Error).message;
  }
  throw new Error('the PDF was accepted');
}

describe('a PDF upload', () => {
  it('is accepted with its page count when well formed, hand-written or with object streams', async () => {
    expect(await checkPdf(plain())).toEqual({ pages: 1 });
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    expect(await checkPdf(Buffer.from(await doc.save()))).toEqual({ pages: 2 });
  });

  it('is refused when it carries JavaScript, however the name is written', async () => {
    expect(await refusal(plain('/OpenAction << /S /JavaScript /JS (app.alert(1)) >>'))).toContain('脚本');
    expect(await refusal(plain('/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>'))).toContain('脚本');
    // lower-case hex (#4a is J), which pdf-lib itself leaves undecoded
    expect(await refusal(plain('/OpenAction << /S /#4aavaScript /#4aS (x) >>'))).toContain('脚本');
    expect(await refusal(plain('/AA << /O << /S /Launch /F (cmd.exe) >> >>'))).toContain('脚本');
  });

  it('is refused when the script hides in a compressed object stream', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(
      PDFName.of('OpenAction'),
      doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }) as PDFDict,
    );
    const bytes = Buffer.from(await doc.save({ useObjectStreams: true }));
    expect(bytes.toString('latin1')).not.toContain('/JavaScript');
    expect(await refusal(bytes)).toContain('脚本');
  });

  it('is refused when it carries other files', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    await doc.attach(Buffer.from('MZ'), 'setup.exe');
    expect(await refusal(Buffer.from(await doc.save()))).toContain('夹带');
  });

  it('is refused when encrypted', async () => {
    const encrypted = handPdf(
      [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        page,
        '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>',
      ],
      '/Encrypt 4 0 R /ID [<01> <01>] ',
    );
    expect(await refusal(encrypted)).toContain('加密');
  });

  it('is refused when truncated, padded with something after its end, empty of pages or not a PDF at all', async () => {
    const good = plain();
    expect(await refusal(good.subarray(0, good.length - 40))).toContain('损坏');
    expect(await refusal(Buffer.concat([good, Buffer.from('<html><script>alert(1)</script></html>')]))).toContain(
      '损坏',
    );
    expect(
      await refusal(handPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'])),
    ).toContain('没有页面');
    expect(await refusal(Buffer.from('%PDF-1.4\nthis is not a pdf at all\n%%EOF\n'))).toMatch(/损坏|没有页面/);
    expect(await refusal(Buffer.from('%PNG-1.4\n%%EOF\n'))).toContain('损坏');
  });

  it('does not mistake a content stream’s resource named /JS for a script', async () => {
    const content = 'q /JS Do Q';
    const withContent = handPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ]);
    expect(await checkPdf(withContent)).toEqual({ pages: 1 });
  });

  it('allows line ends after %%EOF and names that merely look like object properties', async () => {
    expect(
      await checkPdf(Buffer.concat([plain('/constructor /toString /Lang (zh-CN)'), Buffer.from('\r\n\r\n')])),
    ).toEqual({ pages: 1 });
  });

  it.each([
    ['脚本', ['JS', 'JavaScript', 'XFA', 'Launch']],
    ['多媒体', ['RichMedia', 'RichMediaExecute', 'Sound', 'Movie', 'Rendition', '3D']],
    ['网址链接', ['URI', 'SubmitForm', 'ImportData', 'GoToR', 'GoToE']],
    ['夹带', ['EmbeddedFile', 'EmbeddedFiles', 'EF', 'FileAttachment']],
  ])('is refused as %s for %j, as a key or a value, plain or escaped', async (message, names) => {
    for (const name of names) {
      for (const written of [name, escaped(name)]) {
        expect(await refusal(plain(`/OpenAction << /S /${written} >>`))).toContain(message);
        expect(await refusal(plain(`/AA << /${written} 1 >>`))).toContain(message);
      }
    }
  });

  it('finds objects in any stream with /N and /First, whatever its /Type says', async () => {
    for (const dict of ['', '/Type /#4fbjStm', '/Type /XObject', '/T#79pe /ObjStm', '/Type /ObjStm']) {
      const bytes = handPdf([
        '<< /Type /Catalog /Pages 2 0 R /OpenAction 10 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        page,
        objectStream(['<< /S /JavaScript /JS (app.alert\\(1\\)) >>'], dict),
      ]);
      expect([dict, await refusal(bytes)]).toEqual([dict, expect.stringContaining('脚本')]);
    }
  });

  it('is refused as damaged when an object stream cannot be read as a reader would read it', async () => {
    const objects = (stream: string) =>
      handPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, stream]);
    const js = ['<< /S /JavaScript >>'];
    expect(
      await refusal(objects('<< /N 1 /First 4 /Filter /ASCIIHexDecode /Length 4 >>\nstream\n3130\nendstream')),
    ).toContain('损坏');
    expect(await refusal(objects(objectStream(js, '/DecodeParms << /Predictor 12 /Columns 4 >>')))).toContain('损坏');
    expect(await refusal(objects(objectStream(js).replace('/N 1', '/N 5 0 R')))).toContain('损坏');
    expect(await refusal(objects(objectStream(js, '/#4e 1')))).toContain('损坏');
    expect(await refusal(objects(objectStream(js, '', Buffer.from('10 -3 << /S /JavaScript >>'))))).toContain('损坏');
    expect(
      await refusal(objects('<< /N 1 /First 4 /Filter /FlateDecode /Length 4 >>\nstream\nnope\nendstream')),
    ).toContain('损坏');
    // a decompression bomb: 80 MB of zeros in 80 KB
    expect(await refusal(objects(objectStream(js, '', Buffer.alloc(80 * 1_048_576))))).toContain('损坏');
  });

  it('reads an object hidden in another stream’s bytes, and every definition of a repeated number', async () => {
    // "endobj" inside a string: the object does not end there
    const hidden = '10 0 obj << /T (endobj) /S /JavaScript /JS (x) >> endobj';
    const stream = `<< /Length ${hidden.length} >>\nstream\n${hidden}\nendstream`;
    expect(
      await refusal(
        handPdf([
          '<< /Type /Catalog /Pages 2 0 R /OpenAction 10 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          page,
          stream,
        ]),
      ),
    ).toContain('脚本');
    const twice = handPdf([
      '<< /Type /Catalog /Pages 2 0 R /OpenAction 3 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      page,
    ]);
    const withEarlier = Buffer.from(
      twice.toString('latin1').replace('3 0 obj', '3 0 obj\n<< /S /Launch /F (cmd.exe) >>\nendobj\n3 0 obj'),
      'latin1',
    );
    expect(await refusal(withEarlier)).toContain('脚本');
  });

  it('follows a chain of any length, and searches the text of what it cannot read for names', async () => {
    let action = '<< /S /JavaScript /JS (x) >>';
    for (let i = 0; i < 2000; i++) action = `<< /S /GoTo /D [3 0 R /Fit] /Next ${action} >>`;
    expect(
      await refusal(
        handPdf([
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          page,
          objectStream([`<< /WP ${action} >>`]),
        ]),
      ),
    ).toContain('脚本');
    // pdf-lib stops at the stray ")", a lenient reader may read on; hidden in a stream's bytes, pdf-lib would not even see it
    const broken = '9 0 obj << /F (cmd.exe) ) /S /Launch >> endobj';
    const holder = `<< /Length ${broken.length} >>\nstream\n${broken}\nendstream`;
    expect(
      await refusal(
        handPdf([
          '<< /Type /Catalog /Pages 2 0 R /OpenAction 9 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          page,
          holder,
        ]),
      ),
    ).toContain('脚本');
    // an object that merely contains header-like text is read to its end, and what follows it read too
    const inner = '10 0 obj << /T (see 1 0 obj 5) /S /JavaScript /JS (x) >> endobj';
    expect(
      await refusal(
        handPdf([
          '<< /Type /Catalog /Pages 2 0 R >>',
          '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
          page,
          `<< /Length ${inner.length} >>\nstream\n${inner}\nendstream`,
        ]),
      ),
    ).toContain('脚本');
    const tutorial = handPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      page,
      '<< /Title (Chapter 2: 1 0 obj and endobj) >>',
    ]);
    expect(await checkPdf(tutorial)).toEqual({ pages: 1 });
  });

  it('stays quick on a file made of object headers inside one long stream', async () => {
    const timed = async (headers: number): Promise<number> => {
      const junk = '1 0 obj << /Length 99 0 R >> stream\n'.repeat(headers);
      const stream = `<< /Length ${junk.length} >>\nstream\n${junk}\nendstream`;
      const started = Date.now();
      await refusal(
        handPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, stream]),
      ).catch(() => undefined);
      return Date.now() - started;
    };
    // Ten times the headers must cost about ten times the time, not a hundred (a quadratic scan): compared with a
    // baseline measured here, so a busy machine slows both alike. An absolute floor covers a tiny baseline.
    const baseline = await timed(2_000);
    expect(await timed(20_000)).toBeLessThan(Math.max(5000, 30 * baseline));
  });

  it('accepts a scan with images and fonts, and a form', async () => {
    const doc = await PDFDocument.create();
    const p = doc.addPage([300, 300]);
    const png = await doc.embedPng(
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    p.drawImage(png, { x: 0, y: 0, width: 300, height: 300 });
    p.drawText('scan', { font: await doc.embedFont(StandardFonts.Courier) });
    doc.getForm().createTextField('name').addToPage(p, { x: 10, y: 10, width: 100, height: 20 });
    expect(await checkPdf(Buffer.from(await doc.save()))).toEqual({ pages: 1 });
  });
});

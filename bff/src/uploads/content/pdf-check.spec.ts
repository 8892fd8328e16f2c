import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
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

const page = '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>';
const plain = (catalogExtra = '') => handPdf([`<< /Type /Catalog /Pages 2 0 R ${catalogExtra}>>`, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page]);

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
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }) as PDFDict);
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
      ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', page, '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <00> /U <00> >>'],
      '/Encrypt 4 0 R /ID [<01> <01>] ',
    );
    expect(await refusal(encrypted)).toContain('加密');
  });

  it('is refused when truncated, padded with something after its end, empty of pages or not a PDF at all', async () => {
    const good = plain();
    expect(await refusal(good.subarray(0, good.length - 40))).toContain('损坏');
    expect(await refusal(Buffer.concat([good, Buffer.from('<html><script>alert(1)</script></html>')]))).toContain('损坏');
    expect(await refusal(handPdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>']))).toContain('没有页面');
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
    expect(await checkPdf(Buffer.concat([plain('/constructor /toString /Lang (zh-CN)'), Buffer.from('\r\n\r\n')]))).toEqual({ pages: 1 });
  });
});

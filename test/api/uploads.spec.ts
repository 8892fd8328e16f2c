import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ErrorBody, Session, Upload } from '@zsb/contracts';
import sharp from 'sharp';
import { Clock } from '../../bff/src/common/clock';
import { AppConfig } from '../../bff/src/config/app-config';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { UploadsRepository } from '../../bff/src/uploads/uploads.repository';
import { UploadsService } from '../../bff/src/uploads/uploads.service';
import { executable, pdf, photoWithGps, png, uploadFile, type Part } from '../support/files';
import {
  bearer,
  residentIdOf,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
let residents: SandboxResident[];
let alice: Session;
let bob: Session;

beforeAll(async () => {
  sys = await startSystem({ captureLogs: true });
  residents = await sandboxResidents(sys);
  alice = await verifiedSession(sys, residents[0]);
  bob = await verifiedSession(sys, residents[1]);
});
afterAll(() => sys.close(), 120_000);

const upload = (session: Session, ...parts: Part[]) => uploadFile<Upload & ErrorBody>(sys, session, ...parts);
const content = (session: Session, id: string) =>
  fetch(`${sys.url}/api/v1/uploads/${id}/content`, { headers: bearer(session) });
const remove = (session: Session, id: string) =>
  fetch(`${sys.url}/api/v1/uploads/${id}`, { method: 'DELETE', headers: bearer(session) });
const bytesOf = async (res: Response): Promise<Buffer> => Buffer.from(await res.arrayBuffer());

const uploadsDir = (): string => join(sys.app.get(AppConfig).dataDir, 'uploads');
function filesOnDisk(dir = uploadsDir()): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesOnDisk(join(dir, e.name)) : [relative(uploadsDir(), join(dir, e.name))],
  );
}
async function stored(): Promise<{ rows: number; files: string[] }> {
  const db = sys.app.get(DatabaseConnection).db;
  const { n } = await db
    .selectFrom('upload')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows: Number(n), files: filesOnDisk().sort() };
}

/** Sends the file, expects the refusal, and checks that no row and no file (not even a partial one) was left. */
async function expectRefused(status: number, code: string, ...parts: Part[]): Promise<ErrorBody> {
  const before = await stored();
  const res = await upload(alice, ...parts);
  expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
  expect(res.body.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(await stored()).toEqual(before);
  return res.body;
}

describe('a photo', () => {
  it('comes back upright and without its EXIF: no GPS, no phone model', async () => {
    const photo = await photoWithGps();
    expect((await sharp(photo).metadata()).exif?.toString('latin1')).toContain('ZsbTestPhone');
    const res = await upload(alice, { name: 'IMG_0001.JPG', type: 'image/jpeg', bytes: photo });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', name: 'IMG_0001.jpg', width: 200, height: 300 });
    expect(res.body.createdAt).toMatch(/\+08:00$/);

    const got = await content(alice, res.body.id);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/jpeg');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = await bytesOf(got);
    expect(bytes.length).toBe(res.body.size);
    const meta = await sharp(bytes).metadata();
    expect({ exif: meta.exif, xmp: meta.xmp, icc: meta.icc, orientation: meta.orientation }).toEqual({
      exif: undefined,
      xmp: undefined,
      icc: undefined,
      orientation: undefined,
    });
    expect([meta.width, meta.height]).toEqual([200, 300]);
    expect(bytes.includes('ZsbTestPhone')).toBe(false);
    expect(bytes.includes('GPS-Model-X')).toBe(false);
  });

  it('is stored encrypted under a random key, never under its name', async () => {
    const before = (await stored()).files;
    const res = await upload(alice, { name: '张建国身份证正面.jpg', bytes: await photoWithGps() });
    expect(res.status).toBe(201);
    const added = (await stored()).files.filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[A-Za-z0-9_-]{2}\/[A-Za-z0-9_-]{22}$/);
    const onDisk = readFileSync(join(uploadsDir(), added[0]));
    const plain = await bytesOf(await content(alice, res.body.id));
    expect(onDisk.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);
    expect(onDisk.includes(plain.subarray(100, 132))).toBe(false);
  });

  it('keeps a transparent PNG as PNG and turns an opaque one into JPEG', async () => {
    const clear = await upload(alice, { name: 'sign.png', bytes: await png({ alpha: true }) });
    expect(clear.status).toBe(201);
    expect(clear.body).toMatchObject({ kind: 'image', name: 'sign.png', width: 64, height: 48 });
    expect((await content(alice, clear.body.id)).headers.get('content-type')).toBe('image/png');
    const opaque = await upload(alice, { name: 'screen.png', bytes: await png({ alpha: false }) });
    expect(opaque.body.name).toBe('screen.jpg');
    expect((await content(alice, opaque.body.id)).headers.get('content-type')).toBe('image/jpeg');
  });

  it('is scaled down to 4096 px on its longer side', async () => {
    const res = await upload(alice, {
      name: 'wide.png',
      bytes: await png({ alpha: false, width: 5000, height: 1000 }),
    });
    expect(res.status).toBe(201);
    expect([res.body.width, res.body.height]).toEqual([4096, 819]);
  });

  it('that does not decode is refused as damaged; a HEIC photo is refused asking for a compatible format', async () => {
    const photo = await photoWithGps();
    const garbled = Buffer.concat([photo.subarray(0, 400), Buffer.alloc(4000, 0x41)]);
    await expectRefused(400, 'UPLOAD_MALFORMED', { name: 'broken.jpg', bytes: garbled });
    await expectRefused(400, 'UPLOAD_MALFORMED', { name: 'half.jpg', bytes: photo.subarray(0, photo.length >> 1) });
    // An ISO-BMFF header of brand heic, as an iPhone writes (the prebuilt libvips cannot decode HEVC).
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 24]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(4096),
    ]);
    const refused = await expectRefused(415, 'UPLOAD_TYPE_NOT_ALLOWED', {
      name: 'IMG_1234.HEIC',
      type: 'image/heic',
      bytes: heic,
    });
    expect(refused.message).toContain('兼容性最佳');
  });
});

describe('a PDF', () => {
  it('is stored byte for byte and offered as a download', async () => {
    const doc = await pdf();
    const res = await upload(alice, { name: '营业执照.pdf', type: 'application/pdf', bytes: doc });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'pdf', name: '营业执照.pdf', size: doc.length, width: null, height: null });
    const got = await content(alice, res.body.id);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('content-disposition')).toMatch(/^attachment; .*filename\*=UTF-8''%E8%90%A5/);
    expect((await bytesOf(got)).equals(doc)).toBe(true);
  });

  it('with JavaScript, an attachment, or something appended after its end is refused', async () => {
    const script = await expectRefused(400, 'UPLOAD_MALFORMED', {
      name: 'form.pdf',
      bytes: await pdf({ script: true }),
    });
    expect(script.message).toContain('脚本');
    const attached = await expectRefused(400, 'UPLOAD_MALFORMED', {
      name: 'form.pdf',
      bytes: await pdf({ attachment: true }),
    });
    expect(attached.message).toContain('夹带');
    const appended = Buffer.concat([await pdf(), Buffer.from('<html><script>alert(document.cookie)</script></html>')]);
    await expectRefused(400, 'UPLOAD_MALFORMED', { name: 'scan.pdf', bytes: appended });
  });
});

describe('a disguised file', () => {
  it('is judged by its content, not by its name or claimed type', async () => {
    const res = await upload(alice, { name: 'x.pdf', type: 'application/pdf', bytes: await png({ alpha: true }) });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'image', name: 'x.png' });
    await expectRefused(415, 'UPLOAD_TYPE_NOT_ALLOWED', { name: 'photo.jpg', type: 'image/jpeg', bytes: executable() });
    await expectRefused(415, 'UPLOAD_TYPE_NOT_ALLOWED', {
      name: 'photo.jpg',
      type: 'image/jpeg',
      bytes: Buffer.from('<html><script>alert(1)</script></html>'),
    });
    await expectRefused(415, 'UPLOAD_TYPE_NOT_ALLOWED', {
      name: 'scan.pdf',
      type: 'application/pdf',
      bytes: Buffer.from(`<html><!-- %PDF-1.7 --></html>${' '.repeat(5000)}`),
    });
  });

  it('that is a JPEG with a PDF and a script appended (a polyglot) is stored as the picture alone', async () => {
    const polyglot = Buffer.concat([
      await photoWithGps(),
      await pdf({ script: true }),
      Buffer.from('<html><script>alert(1)</script></html>'),
    ]);
    const res = await upload(alice, { name: 'doc.pdf', type: 'application/pdf', bytes: polyglot });
    expect(res.status).toBe(201);
    expect(res.body.kind).toBe('image');
    const bytes = await bytesOf(await content(alice, res.body.id));
    expect(bytes.includes('%PDF')).toBe(false);
    expect(bytes.includes('<script')).toBe(false);
    expect(bytes.includes('JavaScript')).toBe(false);
    expect((await sharp(bytes).metadata()).format).toBe('jpeg');
  });
});

describe('sizes and emptiness', () => {
  it('refuses an 11 MB photo and a 21 MB PDF with 413, keeping nothing', async () => {
    const head = (await photoWithGps()).subarray(0, 4200);
    const big = await expectRefused(413, 'UPLOAD_TOO_LARGE', {
      name: 'big.jpg',
      bytes: Buffer.concat([head, Buffer.alloc(11 * 1_048_576)]),
    });
    expect(big.message).toContain('10 MB');
    const bigPdf = await expectRefused(413, 'UPLOAD_TOO_LARGE', {
      name: 'big.pdf',
      bytes: Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1_048_576, 0x20)]),
    });
    expect(bigPdf.message).toContain('20 MB');
  });

  it('refuses an empty file', async () => {
    const empty = await expectRefused(400, 'UPLOAD_MALFORMED', {
      name: 'empty.jpg',
      type: 'image/jpeg',
      bytes: Buffer.alloc(0),
    });
    expect(empty.message).toBe('文件是空的，请重新选择文件');
  });

  it('refuses a request without a file, with the file in another field, or not multipart, and keeps only the first of two', async () => {
    await expectRefused(400, 'UPLOAD_MALFORMED', { field: 'note', bytes: Buffer.from('hello') });
    await expectRefused(400, 'UPLOAD_MALFORMED', { field: 'photo', name: 'a.png', bytes: await png({ alpha: true }) });
    const before = await stored();
    const two = await upload(
      alice,
      { name: 'one.png', bytes: await png({ alpha: true }) },
      { name: 'two.pdf', bytes: await pdf() },
    );
    expect(two.status).toBe(201);
    expect(two.body.name).toBe('one.png');
    expect((await stored()).rows).toBe(before.rows + 1);
    const json = await fetch(`${sys.url}/api/v1/uploads`, {
      method: 'POST',
      headers: { ...bearer(alice), 'content-type': 'application/json' },
      body: '{"file":"x"}',
    });
    expect(json.status).toBe(400);
  });
});

describe('the file name', () => {
  it.each([
    ['../../etc/passwd', 'passwd.png'],
    ['..\\..\\Windows\\win.ini', 'win.png'],
    ['a\u0000b\u0007c.png', 'abc.png'],
    ['\u202egnp.exe', 'gnp.png'],
    ['.htaccess', 'htaccess.png'],
    ['身份证 410502198001010036.png', '身份证 4105**********0036.png'],
    ['<img src=x onerror=alert(1)>.png', 'img src_x onerror_alert(1).png'],
  ])('%j is shown back as %j', async (sent, shown) => {
    const res = await upload(alice, { name: sent, bytes: await png({ alpha: true }) });
    expect(res.status).toBe(201);
    expect(res.body.name).toBe(shown);
  });

  it('is cut to 80 characters', async () => {
    const res = await upload(alice, { name: `${'长'.repeat(300)}.png`, bytes: await png({ alpha: true }) });
    expect(res.body.name).toBe(`${'长'.repeat(76)}.png`);
  });

  it('never reaches the storage folder', async () => {
    expect((await stored()).files.every((f) => /^[A-Za-z0-9_-]{2}\/[A-Za-z0-9_-]{22}$/.test(f))).toBe(true);
    expect(existsSync(join(uploadsDir(), '..', 'passwd.png'))).toBe(false);
  });
});

describe('another resident', () => {
  it('cannot see or delete my upload: 404 exactly as for one that does not exist', async () => {
    const mine = (await upload(alice, { name: 'mine.png', bytes: await png({ alpha: true }) })).body;
    const nothing = await content(bob, 'A'.repeat(22));
    const nothingBody = (await nothing.json()) as ErrorBody;
    for (const res of [await content(bob, mine.id), await remove(bob, mine.id)]) {
      expect(res.status).toBe(404);
      const body = (await res.json()) as ErrorBody;
      expect({ code: body.code, message: body.message }).toEqual({
        code: nothingBody.code,
        message: nothingBody.message,
      });
      expect(JSON.stringify(body)).not.toContain('mine');
    }
    expect((await content(alice, mine.id)).status).toBe(200);
  });

  it('needs to sign in, and uploading needs 实名认证', async () => {
    expect((await fetch(`${sys.url}/api/v1/uploads`, { method: 'POST' })).status).toBe(401);
    const anonymous = await signInWechat(sys, residents[9].wechat_openid);
    const before = await stored();
    const res = await uploadFile<ErrorBody>(sys, anonymous, { name: 'a.png', bytes: await png({ alpha: true }) });
    expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'IDENTITY_REQUIRED' });
    expect(await stored()).toEqual(before);
  });
});

describe('a failure after the file was written', () => {
  it('takes the file away again, so nothing is left', async () => {
    const insert = jest
      .spyOn(sys.app.get(UploadsRepository), 'insertWithinCap')
      .mockRejectedValueOnce(new Error('database went away'));
    try {
      const before = await stored();
      const res = await upload(alice, { name: 'lost.png', bytes: await png({ alpha: true }) });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 500, code: 'INTERNAL_ERROR' });
      expect(insert).toHaveBeenCalledTimes(1);
      expect(await stored()).toEqual(before);
    } finally {
      insert.mockRestore();
    }
  });
});

describe('deleting', () => {
  it('removes the row and the file', async () => {
    const before = await stored();
    const res = await upload(alice, { name: 'gone.png', bytes: await png({ alpha: true }) });
    expect((await stored()).rows).toBe(before.rows + 1);
    expect((await remove(alice, res.body.id)).status).toBe(204);
    expect(await stored()).toEqual(before);
    expect((await content(alice, res.body.id)).status).toBe(404);
    expect((await remove(alice, res.body.id)).status).toBe(404);
  });
});

describe('for the applications module', () => {
  it('answers owned uploads, attaches them for good, reads them back, and sweeps the expired rest', async () => {
    const service = sys.app.get(UploadsService);
    const a = (await upload(alice, { name: 'a.png', bytes: await png({ alpha: true }) })).body;
    const b = (await upload(alice, { name: 'b.pdf', bytes: await pdf() })).body;
    const owned = await service.ownedUploads(residentIdOf(alice), [b.id, a.id, b.id]);
    expect(owned.map((u) => [u.id, u.kind, u.contentType])).toEqual([
      [b.id, 'pdf', 'application/pdf'],
      [a.id, 'image', 'image/png'],
    ]);
    expect(owned[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(service.ownedUploads(residentIdOf(bob), [a.id])).rejects.toMatchObject({ code: 'UPLOAD_NOT_FOUND' });

    await service.markAttached([a.id], 'application-1');
    await service.markAttached([a.id], 'application-1');
    await expect(service.markAttached([a.id], 'application-2')).rejects.toMatchObject({ code: 'UPLOAD_NOT_FOUND' });
    expect((await remove(alice, a.id)).status).toBe(404);
    const read = await service.read(residentIdOf(alice), a.id);
    expect(read).toMatchObject({ contentType: 'image/png', name: 'a.png', sha256: owned[1].sha256 });

    // 31 days on, the unattached PDF (and every other test file) is gone with its file; the attached one stays.
    const before = await stored();
    sys.app.get(Clock).travelTo(Date.now() + 31 * 86_400_000);
    await expect(service.ownedUploads(residentIdOf(alice), [b.id])).rejects.toMatchObject({ code: 'UPLOAD_NOT_FOUND' });
    expect((await content(alice, b.id)).status).toBe(404);
    expect(await service.sweepExpired()).toBe(before.rows - 1);
    expect(await stored()).toEqual({ rows: 1, files: [expect.stringMatching(/\//)] });
    expect((await content(alice, a.id)).status).toBe(200);
    sys.app.get(Clock).travelTo(Date.now());
  });
});

describe('the logs', () => {
  it('hold neither file names nor file contents', () => {
    const text = JSON.stringify(sys.logs());
    expect(text).toContain('/api/v1/uploads');
    for (const secret of ['张建国身份证', 'IMG_0001', 'ZsbTestPhone', '营业执照', residents[0].id_number, '<script>'])
      expect(text).not.toContain(secret);
  });
});

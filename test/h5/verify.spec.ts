// 扫码核验 of another resident's 亮证码 on H5: pasted, typed as its 8-character short code, and read by the browser's
// camera (a Chromium whose fake camera films a QR code): only the field she chose is shown, once.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import type { DisplayCode, LicenceList } from '@zsb/contracts';
import qrcode from 'qrcode-generator';
import {
  assert,
  closeApp,
  freshLoad,
  openApp,
  openTab,
  scrollTo,
  setStorage,
  shot,
  test,
  visible,
} from './support/app';
import { sandboxResidents, verifiedResident, type Verified } from './support/api';
import { ARTIFACTS, pageUrl, servers } from './support/servers';

let herPhone: Promise<Verified & { name: string }> | undefined;

/**
 * Another resident, through the API as her phone would: signs in and verifies (once: her phone gets one SMS code a
 * minute), then issues a 亮证码 showing 姓名 only.
 */
async function someoneElsesCode(base: string, sandboxUrl: string): Promise<DisplayCode & { name: string }> {
  herPhone ??= (async () => {
    const her = (await sandboxResidents(sandboxUrl))[1];
    return { name: her.name, ...(await verifiedResident(base, sandboxUrl, her)) };
  })();
  const { name, auth, api } = await herPhone;
  const { items } = await api<LicenceList>('/api/v1/licences', { headers: auth });
  const idCard = items.find((l) => l.typeName === '居民身份证')!;
  const issued = await api<DisplayCode>(`/api/v1/licences/${idCard.id}/display-codes`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ fields: ['姓名'] }),
  });
  return { ...issued, name };
}

/**
 * A camera's view for Chromium's fake capture device (--use-file-for-fake-video-capture): a Y4M file, 640×480 at 10
 * frames a second, `blank` grey frames and then a phone screen showing `text` as a QR code (Chromium loops the file).
 */
function cameraFilming(text: string, blank: number): string {
  const [w, h, scale, quiet] = [640, 480, 8, 4];
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const side = (n + 2 * quiet) * scale;
  const [left, top] = [(w - side) >> 1, (h - side) >> 1];
  const grey = Buffer.alloc(w * h, 120);
  const shown = Buffer.alloc(w * h, 120);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const [mx, my] = [Math.floor(x / scale) - quiet, Math.floor(y / scale) - quiet];
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.isDark(my, mx);
      shown[(top + y) * w + left + x] = dark ? 30 : 230;
    }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = (luma: Buffer) => Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const frames = [...Array(blank).fill(grey), ...Array(20).fill(shown)].map(frame);
  const file = join(mkdtempSync(join(tmpdir(), 'zsb-camera-')), 'qr.y4m');
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), ...frames]));
  return file;
}

test.describe.serial('licence verification', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    page = await openApp(browser);
    // The one who checks: a verified resident of her own (the seventh of the registry), signed in on this phone.
    const viewer = await verifiedResident(base, sandboxUrl, (await sandboxResidents(sandboxUrl))[6]);
    await setStorage(page, base, { 'zsb.session': viewer.session, 'zsb.elderMode': false });
  });
  test.afterAll(async () => closeApp(page));

  test('licences: 扫码核验 of another resident’s 亮证码 shows only the field she chose; the code then no longer works', async () => {
    const { code, name } = await someoneElsesCode(base, sandboxUrl);
    await page.goto(base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-licence-verify').tap();
    await visible(page, '.e2e-verify-input input').fill(code);
    await visible(page, '.e2e-verify-submit').tap();
    await visible(page, '.e2e-verify-result').waitFor();
    const fields = await visible(page, '.e2e-verify-field').allTextContents();
    assert(
      fields.length === 1 && fields[0].includes('姓名') && fields[0].includes(name),
      `fields shown: ${JSON.stringify(fields)}`,
    );
    const at = (await visible(page, '.e2e-verify-at').textContent())?.trim() ?? '';
    assert(/核验时间：今天 \d{2}:\d{2}/.test(at), `the moment of the check is shown: “${at}”`);
    await shot(page, 'h5-verify.png');
    await visible(page, '.e2e-verify-submit').tap();
    await visible(page, '.e2e-error').waitFor();
    const again = (await visible(page, '.e2e-error').textContent())?.trim() ?? '';
    assert(again.includes('亮证码'), `a second use says “${again.slice(0, 60)}”`);
  });

  test('licences: the 8-character short code, typed in lower case with a space, verifies once like the QR', async () => {
    const { shortCode, name } = await someoneElsesCode(base, sandboxUrl);
    await page.goto(pageUrl(base, 'licenceVerify'));
    const typed = `${shortCode.slice(0, 4)} ${shortCode.slice(4)}`.toLowerCase();
    await visible(page, '.e2e-verify-input input').fill(typed);
    await visible(page, '.e2e-verify-submit').tap();
    await visible(page, '.e2e-verify-result').waitFor();
    const fields = await visible(page, '.e2e-verify-field').allTextContents();
    assert(fields.length === 1 && fields[0].includes(name), `fields shown: ${JSON.stringify(fields)}`);
    await visible(page, '.e2e-verify-input input').fill(typed);
    await visible(page, '.e2e-verify-submit').tap();
    await visible(page, '.e2e-error').waitFor();
    const again = (await visible(page, '.e2e-error').textContent())?.trim() ?? '';
    assert(again.includes('亮证码'), `a second use says “${again.slice(0, 60)}”`);
  });

  test('licences: without a camera the page says so in Chinese and keeps the short code box', async () => {
    await page.goto(pageUrl(base, 'licenceVerify'));
    await visible(page, '.e2e-verify-scan').tap();
    const problem = visible(page, '.e2e-verify-camera-problem');
    await problem.waitFor();
    const said = (await problem.textContent())?.trim() ?? '';
    assert(said.includes('8 位短码'), `the camera problem reads “${said}”`);
    await visible(page, '.e2e-verify-input').waitFor();
    await shot(page, 'h5-verify-no-camera.png');
  });

  test('licences: the 亮证 page prints the short code under the QR, large, in normal and 长辈模式', async () => {
    const mine = (await page.evaluate(async () => {
      const raw = localStorage.getItem('zsb.session');
      const token = raw ? (JSON.parse(raw) as { data: { accessToken: string } }).data.accessToken : '';
      const res = await fetch('/api/v1/licences', { headers: { authorization: `Bearer ${token}` } });
      return ((await res.json()) as LicenceList).items.find((l) => l.typeName === '居民身份证')!.id;
    })) as string;
    for (const elder of [false, true]) {
      await setStorage(page, base, { 'zsb.elderMode': elder });
      await freshLoad(page, pageUrl(base, 'licenceDisplay', { id: mine }));
      const elderOn = await page.evaluate(() => document.querySelector('.elder') !== null);
      assert(elderOn === elder, `长辈模式 is ${elderOn ? 'on' : 'off'}`);
      const issued = page.waitForResponse((r) => r.url().includes('/display-codes') && r.request().method() === 'POST');
      await visible(page, '.e2e-display-generate').tap();
      const { shortCode } = (await (await issued).json()) as DisplayCode;
      const printed = (await visible(page, '.e2e-display-short').textContent())?.trim() ?? '';
      assert(printed === `${shortCode.slice(0, 4)} ${shortCode.slice(4)}`, `the page prints “${printed}”`);
      const [qr, short] = await Promise.all([
        visible(page, '.e2e-display-qr').boundingBox(),
        visible(page, '.e2e-display-short').boundingBox(),
      ]);
      assert(qr && short && short.y >= qr.y + qr.height, 'the short code is under the QR');
      assert(short.height >= (elder ? 30 : 24), `the short code is ${short.height}px high`);
      await scrollTo(visible(page, '.e2e-display-qr'), 'center');
      await shot(page, elder ? 'h5-display-short-elder.png' : 'h5-display-short.png');
    }
    await setStorage(page, base, { 'zsb.elderMode': false });
  });

  test.describe('with a camera', () => {
    let camera: Browser;
    let filmed: DisplayCode & { name: string };
    let cameraPage: Page;
    test.beforeAll(async () => {
      filmed = await someoneElsesCode(base, sandboxUrl);
      // Two seconds of an empty view, then her phone: a screenshot of the live camera first, then the read.
      camera = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--use-fake-ui-for-media-stream',
          '--use-fake-device-for-media-stream',
          `--use-file-for-fake-video-capture=${cameraFilming(filmed.code, 20)}`,
        ],
      });
      cameraPage = await openApp(camera);
      await cameraPage.context().grantPermissions(['camera'], { origin: base });
      // Every stream the page opens, kept where the test can see whether it was stopped.
      await cameraPage.addInitScript(() => {
        const media = navigator.mediaDevices;
        if (!media) return; // about:blank, on the way to the app
        const open = media.getUserMedia.bind(media);
        const opened: MediaStream[] = [];
        Object.assign(window, { openedStreams: opened });
        media.getUserMedia = async (c) => {
          const stream = await open(c);
          opened.push(stream);
          return stream;
        };
      });
      // A clerk of her own on this phone: the sixteenth of the registry, whom no other spec signs in (theme.spec
      // verifies the eighth shortly before, and a second SMS code to one phone within a minute is refused).
      const clerk = await verifiedResident(base, sandboxUrl, (await sandboxResidents(sandboxUrl))[15]);
      await setStorage(cameraPage, base, { 'zsb.session': clerk.session, 'zsb.elderMode': false });
    });
    test.afterAll(async () => {
      await closeApp(cameraPage);
      await camera?.close();
    });

    test('licences: the browser’s camera reads her QR, shows what she chose, and turns itself off', async () => {
      // A fresh load: the session was stored after the app had started without one.
      await freshLoad(cameraPage, pageUrl(base, 'licenceVerify'));
      await visible(cameraPage, '.e2e-verify-scan').tap();
      await visible(cameraPage, '.e2e-verify-camera').filter({ hasText: '放进框内' }).waitFor();
      // At once (not shot(), which waits for the page to settle): the empty view lasts two seconds.
      await cameraPage.screenshot({ path: join(ARTIFACTS, 'h5-verify-camera.png') });
      await visible(cameraPage, '.e2e-verify-result').waitFor({ timeout: 20_000 });
      const fields = await visible(cameraPage, '.e2e-verify-field').allTextContents();
      assert(
        fields.length === 1 && fields[0].includes(filmed.name),
        `fields shown after the scan: ${JSON.stringify(fields)}`,
      );
      const tracks = await cameraPage.evaluate(() =>
        (window as unknown as { openedStreams: MediaStream[] }).openedStreams.flatMap((s) =>
          s.getTracks().map((t) => t.readyState),
        ),
      );
      assert(
        tracks.length > 0 && tracks.every((t) => t === 'ended'),
        `the camera's tracks after the read: ${JSON.stringify(tracks)}`,
      );
      assert(!(await cameraPage.locator('.e2e-verify-camera >> visible=true').count()), 'the camera view is closed');
      await shot(cameraPage, 'h5-verify-camera-result.png');
    });
  });
});

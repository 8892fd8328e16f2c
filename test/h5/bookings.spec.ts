// 附近办事点 from the browser's position, the county/township fallback when the position is refused, a center's
// page, and a window booking from a guide's 预约办理 through to the check-in QR, 我的预约, 改期 and 取消预约; then the
// same pages in 长辈模式.
import type { Locator, Page, Request } from '@playwright/test';
import type { BookingList, CenterAreas, CenterList, MatterPage, MatterSummary, Session } from '@zsb/contracts';
// The QR encoder the app draws with (the same exact version in mini/ and test/), to check the drawn code module by
// module.
import qrcode from 'qrcode-generator';
import { assert, closeApp, freshLoad, openApp, setStorage, settle, shot, test, text, visible } from './support/app';
import { sandboxResidents, verifiedResident, type Api, type Auth } from './support/api';
import { pageUrl, servers } from './support/servers';

const MATTER_QUERY = '社保卡';
// Somewhere in 安阳 (WGS-84, as a browser reports it).
const POSITION = { latitude: 36.0956, longitude: 114.3365 };

/** The matter the test books, and a county/township with a center that handles it and has a free slot. */
async function pickPlace(api: Api): Promise<{ matter: MatterSummary; county: string; township: string }> {
  const q = encodeURIComponent(MATTER_QUERY);
  const matter = (await api<MatterPage>(`/api/v1/matters?q=${q}&pageSize=1`)).items[0];
  const { items: areas } = await api<CenterAreas>('/api/v1/center-areas');
  for (const area of areas) {
    for (const township of area.townships) {
      const query = `county=${encodeURIComponent(area.county)}&township=${encodeURIComponent(township)}&matterCode=${matter.code}`;
      const { items } = await api<CenterList>(`/api/v1/centers?${query}`);
      if (items.some((c) => c.bookable && c.nextSlot)) return { matter, county: area.county, township };
    }
  }
  throw new Error(`no township has a bookable center with a free slot for ${matter.name}`);
}

/**
 * Whether the QR drawn in `square` is the QR of `code`: the app draws each horizontal run of dark modules as one
 * box positioned in % of the square (4-module quiet zone); rebuild the module grid from the boxes and compare it
 * with the encoder's, so a scanner at the window would read exactly the stored code.
 */
async function drawsQrOf(square: Locator, code: string): Promise<boolean> {
  const qr = qrcode(0, 'M');
  qr.addData(code, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const size = n + 8;
  const boxes = await square
    .locator('.qr__cell')
    .evaluateAll((els) =>
      els.map((el) =>
        [(el as HTMLElement).style.left, (el as HTMLElement).style.top, (el as HTMLElement).style.width].map((v) =>
          parseFloat(v),
        ),
      ),
    );
  const drawn = Array.from({ length: n }, () => Array<boolean>(n).fill(false));
  for (const [left, top, width] of boxes) {
    const x = Math.round((left * size) / 100) - 4;
    const y = Math.round((top * size) / 100) - 4;
    const length = Math.round((width * size) / 100 - 0.03);
    for (let i = 0; i < length; i++) if (drawn[y]) drawn[y][x + i] = true;
  }
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (drawn[y][x] !== qr.isDark(y, x)) return false;
  return true;
}

test.describe.serial('window booking', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  let session: Session;
  let api: Api;
  let auth: Auth;
  let matter: MatterSummary;
  let county: string;
  let township: string;
  let guideUrl: string;
  let centerName: string;
  let slotTime: string;
  let code: string;
  const centerQueries: URLSearchParams[] = [];
  const bookingPosts: Record<string, string>[] = [];
  const onRequest = (req: Request) => {
    const url = new URL(req.url());
    if (url.pathname === '/api/v1/centers') centerQueries.push(url.searchParams);
    if (url.pathname === '/api/v1/bookings' && req.method() === 'POST') bookingPosts.push(req.headers());
  };

  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    page = await openApp(browser);
    page.on('request', onRequest);
  });
  test.afterAll(async () => closeApp(page));

  test('bookings: a third resident signs in and verifies over the API; a township with a free slot for the matter exists', async () => {
    const resident = (await sandboxResidents(sandboxUrl))[2];
    ({ session, api, auth } = await verifiedResident(base, sandboxUrl, resident));
    ({ matter, county, township } = await pickPlace(api));
    guideUrl = pageUrl(base, 'guide', { code: matter.code });
    await setStorage(page, base, { 'zsb.session': session, 'zsb.elderMode': false, 'zsb.centerArea': null });
  });

  test('bookings: with the position allowed, 地图 on H5 lists centers nearest first with distances (sent as coord=wgs84)', async () => {
    const context = page.context();
    await context.grantPermissions(['geolocation'], { origin: new URL(base).origin });
    await context.setGeolocation(POSITION);
    try {
      await freshLoad(page, pageUrl(base, 'centerMap'));
      const first = visible(page, '.e2e-center-item').first();
      await first.waitFor();
      const distances = await visible(page, '.e2e-center-distance').allTextContents();
      assert(
        distances.length > 0 && distances.every((d) => /\d.*(米|公里)/.test(d)),
        `distances shown: ${JSON.stringify(distances.slice(0, 3))}`,
      );
      const sent = centerQueries.find((p) => p.has('lat'));
      assert(
        sent?.get('coord') === 'wgs84',
        `the centers query was ${sent ? sent.toString() : 'never sent with a position'}`,
      );
      assert((await text(visible(page, '.e2e-place'))).includes('您附近'), 'the place line does not say 您附近');
    } finally {
      await context.clearPermissions();
    }
  });

  test('bookings: a guide’s 预约办理 with the position refused says so and offers 县区/乡镇; choosing one lists centers that handle the matter, with the next free slot', async () => {
    await freshLoad(page, guideUrl);
    await visible(page, '.e2e-guide-name').waitFor();
    await visible(page, '.e2e-book').tap();
    const fallback = visible(page, '.e2e-location-fallback');
    await fallback.waitFor();
    const placeLine = await text(visible(page, '.e2e-place'));
    assert(
      !placeLine.includes('正在获取') && placeLine.includes('没有获取到位置'),
      `with the position refused the place line says ${JSON.stringify(placeLine)}`,
    );
    await shot(page, 'h5-centers-no-position.png');
    assert(
      (await text(visible(page, '.e2e-book-matter'))).includes(matter.name),
      'the list does not name the matter being booked',
    );
    await visible(page, '.e2e-area-county').filter({ hasText: county }).first().tap();
    await visible(page, '.e2e-area-township').filter({ hasText: township }).first().tap();
    await visible(page, '.e2e-center-item').first().waitFor();
    assert((await visible(page, '.e2e-location-fallback').count()) === 0, 'the picker stays open after choosing');
    assert(
      (await text(visible(page, '.e2e-place'))).includes(township),
      'the place line does not show the chosen township',
    );
    const next = await visible(page, '.e2e-center-next').allTextContents();
    assert(
      next.some((n) => n.includes('最早可约')),
      `next free slots: ${JSON.stringify(next)}`,
    );
    await shot(page, 'h5-centers.png');
  });

  test('bookings: a center’s page shows its address, hours with the lunch break, phone, 导航 and 预约', async () => {
    const item = visible(page, '.e2e-center-item')
      .filter({ has: page.locator('.e2e-center-book') })
      .first();
    centerName = await text(item.locator('.e2e-center-item-name'));
    await item.locator('.e2e-center-item-name').tap();
    await visible(page, '.e2e-center-name').waitFor();
    assert((await text(visible(page, '.e2e-center-name'))) === centerName, 'the page shows another center');
    assert((await text(visible(page, '.e2e-center-address'))).length > 5, 'no address');
    assert((await text(visible(page, '.e2e-center-hours'))).includes('午休'), 'the hours do not show the lunch break');
    assert(/\d{3,4}-?\d{6,8}/.test(await text(visible(page, '.e2e-center-phone'))), 'no phone to call');
    await visible(page, '.e2e-center-navigate').waitFor();
    await settle(page);
    await shot(page, 'h5-center.png');
  });

  test('bookings: the slot picker shows the horizon’s days (closed ones with their reason, not selectable) and free slots', async () => {
    await visible(page, '.e2e-center-book').tap();
    await visible(page, '.e2e-slot').first().waitFor();
    assert((await text(visible(page, '.e2e-slot-center'))).includes(centerName), 'the slot page names another center');
    const days = await visible(page, '.e2e-day').count();
    assert(days >= 5, `${days} days in the horizon`);
    const closed = visible(page, '.e2e-day-closed').first();
    assert((await closed.getAttribute('aria-disabled')) === 'true', 'a closed day is selectable');
    assert(/休息|放假|不办公/.test(await text(closed)), `a closed day reads “${await text(closed)}”`);
    const open = visible(page, '.e2e-slot-open').first();
    slotTime = (await text(open.locator('.bk-slot__time'))).trim();
    await shot(page, 'h5-slots.png');
    await open.tap();
  });

  test('bookings: confirm books the slot once (Idempotency-Key sent); the success page’s QR is the check-in code the BFF stored', async () => {
    await visible(page, '.e2e-book-confirm').waitFor();
    assert((await text(visible(page, '.e2e-booking-when'))).includes(slotTime), 'the confirm page shows another time');
    assert((await text(visible(page, '.e2e-booking-bring'))).includes('居民身份证'), 'no 请带上 hint');
    assert(
      (await text(visible(page, '.e2e-booking-resident'))).includes(session.resident.nameMasked ?? '\0'),
      'the real-name note does not name the resident',
    );
    await visible(page, '.e2e-book-confirm').tap();
    await visible(page, '.e2e-booking-success').waitFor();
    const { items } = await api<BookingList>('/api/v1/bookings', { headers: auth });
    const stored = items.filter((b) => b.status === 'confirmed');
    assert(
      stored.length === 1 && stored[0].matterCode === matter.code,
      `stored bookings: ${JSON.stringify(stored.map((b) => [b.status, b.matterCode]))}`,
    );
    code = stored[0].checkInCode!;
    assert(
      await drawsQrOf(visible(page, '.e2e-booking-qr'), code),
      'the QR on the page is not the stored check-in code',
    );
    assert(
      bookingPosts.length === 1 && /^[A-Za-z0-9_.:-]{8,128}$/.test(bookingPosts[0]['idempotency-key'] ?? ''),
      `booking POSTs: ${JSON.stringify(bookingPosts.map((h) => h['idempotency-key']))}`,
    );
    await settle(page);
    await shot(page, 'h5-booking-success.png');
  });

  test('bookings: 我的预约 lists it under 待办理 as 已预约', async () => {
    await visible(page, '.e2e-booking-mine').tap();
    const item = visible(page, '.e2e-bookings-upcoming .e2e-booking-item');
    await item.first().waitFor();
    assert((await item.count()) === 1, `${await item.count()} upcoming bookings`);
    const shown = await text(item.first());
    assert(shown.includes(matter.name) && shown.includes('已预约'), `the upcoming booking reads “${shown}”`);
    await shot(page, 'h5-bookings.png');
  });

  test('bookings: 改期 re-enters the slot picker; 确认改期 moves the booking to the new slot (改期成功, one booking stored)', async () => {
    await visible(page, '.e2e-bookings-upcoming .e2e-booking-item').first().tap();
    await visible(page, '.e2e-booking-reschedule').tap();
    await visible(page, '.e2e-slot-open').first().waitFor();
    // Another free slot than the booked one.
    const other = visible(page, '.e2e-slot-open')
      .filter({ hasNot: page.locator(`text=${slotTime}`) })
      .first();
    const newTime = await text(other.locator('.bk-slot__time'));
    await other.tap();
    await visible(page, '.e2e-book-confirm').waitFor();
    assert((await text(visible(page, '.e2e-book-confirm'))) === '确认改期', 'the confirm button does not say 确认改期');
    await visible(page, '.e2e-book-confirm').tap();
    await visible(page, '.e2e-booking-success').waitFor();
    assert((await text(visible(page, '.e2e-booking-success'))).includes('改期成功'), 'the page does not say 改期成功');
    assert(
      (await text(visible(page, '.e2e-booking-when'))).includes(newTime),
      'the booking does not show the new time',
    );
    const { items } = await api<BookingList>('/api/v1/bookings', { headers: auth });
    const active = items.filter((b) => b.status === 'confirmed');
    assert(
      active.length === 1 && active[0].start.includes(`T${newTime.slice(0, 5)}`),
      `stored: ${JSON.stringify(items.map((b) => [b.status, b.start]))}`,
    );
    code = active[0].checkInCode!;
    assert(
      await drawsQrOf(visible(page, '.e2e-booking-qr'), code),
      'the QR is not the stored check-in code after 改期',
    );
    await visible(page, '.e2e-booking-mine').tap();
    await visible(page, '.e2e-bookings-upcoming .e2e-booking-item').first().waitFor();
  });

  test('bookings: 取消预约 asks first, then shows 已取消 and the booking moves to 已结束', async () => {
    await visible(page, '.e2e-bookings-upcoming .e2e-booking-item').first().tap();
    await visible(page, '.e2e-booking-qr').waitFor();
    assert(await drawsQrOf(visible(page, '.e2e-booking-qr'), code), 'the booking page shows another QR');
    await visible(page, '.e2e-booking-cancel').tap();
    const confirm = page.locator('.taro__modal .taro-model__confirm');
    await confirm.waitFor();
    await confirm.tap();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.e2e-booking-status')].some(
        (el) => el.checkVisibility() && el.textContent?.includes('已取消'),
      ),
    );
    assert((await visible(page, '.e2e-booking-qr').count()) === 0, 'the QR is still shown after cancelling');
    const { items } = await api<BookingList>('/api/v1/bookings', { headers: auth });
    assert(
      items.every((b) => b.status === 'cancelled'),
      `stored: ${JSON.stringify(items.map((b) => b.status))}`,
    );
    await page.goBack();
    await visible(page, '.e2e-bookings-past .e2e-booking-item').first().waitFor();
    assert(
      (await visible(page, '.e2e-bookings-upcoming .e2e-booking-item').count()) === 0,
      'the cancelled booking is still under 待办理',
    );
    assert(
      (await text(visible(page, '.e2e-bookings-past .e2e-booking-item').first())).includes('已取消'),
      'the past booking does not read 已取消',
    );
  });

  test('bookings: list, slot picker and success page in 长辈模式 (body text ≥ 18 px, slot rows ≥ 60 px)', async () => {
    await setStorage(page, base, { 'zsb.elderMode': true });
    const { items } = await api<BookingList>('/api/v1/bookings', { headers: auth });
    await freshLoad(page, pageUrl(base, 'bookSlot', { centerId: items[0].centerId, matterCode: matter.code }));
    await visible(page, '.e2e-root.elder').first().waitFor();
    await visible(page, '.e2e-slot-open').first().waitFor();
    // The matter and center lines come with the page's context, which may answer after the slots.
    await visible(page, '.e2e-slot-center').waitFor();
    const sizes = await page.evaluate(() => {
      const first = (s: string) => [...document.querySelectorAll(s)].find((el) => el.checkVisibility());
      const px = (s: string) => {
        const el = first(s);
        return el ? parseFloat(getComputedStyle(el).fontSize) : null;
      };
      return {
        body: px('.bk-intro__line'),
        day: px('.bk-day__date'),
        slot: px('.bk-slot__time'),
        title: px('.section__title'),
        row: first('.e2e-slot')?.getBoundingClientRect().height ?? null,
      };
    });
    const problems: string[] = [];
    for (const k of ['body', 'day', 'slot'] as const)
      if (!((sizes[k] ?? 0) >= 18)) problems.push(`${k} ${sizes[k]}px < 18`);
    if (!((sizes.title ?? 0) >= 30)) problems.push(`title ${sizes.title}px < 30`);
    if (!((sizes.row ?? 0) >= 60)) problems.push(`slot row ${sizes.row}px < 60`);
    assert(problems.length === 0, problems.join('; '));
    await shot(page, 'h5-slots-elder.png');
    await visible(page, '.e2e-slot-open').first().tap();
    await visible(page, '.e2e-book-confirm').tap();
    await visible(page, '.e2e-booking-success').waitFor();
    await visible(page, '.e2e-booking-qr').waitFor();
    await settle(page);
    await shot(page, 'h5-booking-success-elder.png');
    await visible(page, '.e2e-booking-mine').tap();
    await visible(page, '.e2e-bookings-upcoming .e2e-booking-item').first().waitFor();
    await shot(page, 'h5-bookings-elder.png');
    await freshLoad(page, pageUrl(base, 'centers'));
    await visible(page, '.e2e-center-item').first().waitFor();
    await shot(page, 'h5-centers-elder.png');
  });
});

// 窗口签到: a resident is made window staff of a center with the operator script (bff/scripts/staff.mjs, while the
// BFF runs on PostgreSQL), finds 窗口签到 under 我的, and pastes another resident's booking code (H5 cannot scan):
// ✓ 签到成功 with the masked name, matter and slot; the same code again, and a booking of another center, are refused
// with the server's messages. Then 窗口核验身份: a resident's new sign-in is joined to her account at the window.
import type { Page } from '@playwright/test';
import type {
  Booking,
  BookingList,
  CenterList,
  CenterSummary,
  ErrorBody,
  IdentityWindowCode,
  MatterPage,
  MatterSummary,
  SlotList,
  StaffScopes,
} from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';
import pg from 'pg';
import {
  assert,
  cleanShot as shot,
  closeApp,
  elderProblems,
  freshLoad,
  openApp,
  openTab,
  scrollTo,
  setStorage,
  settle,
  test,
  text,
  visible,
} from './support/app';
import { sandboxResidents, smsCode, verifiedResident, wechatSession, type Verified } from './support/api';
import { pageUrl, servers, staffScript } from './support/servers';

const MATTER_QUERY = '社保卡';
// 安阳 city centre (GCJ-02, the API's default).
const NEAR = { lat: 36.0977, lng: 114.3924 };

/** The first half-hour slot that holds "now" with at least 10 minutes to go: inside the check-in window. */
function slotAroundNow(nowMs = Date.now()): { start: Date; end: Date } {
  const HALF = 30 * 60_000;
  let start = Math.floor(nowMs / HALF) * HALF;
  if (start + HALF - nowMs < 10 * 60_000) start += HALF;
  return { start: new Date(start), end: new Date(start + HALF) };
}

test.describe.serial('窗口签到 and 窗口核验身份', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  let db: pg.Client | undefined;
  let a: Verified;
  let b: Verified;
  let c: Verified;
  let ra: Resident;
  let matter: MatterSummary;
  let here: CenterSummary;
  let elsewhere: CenterSummary;
  let booking: Booking;
  let checkInPage: string;

  // Real-time slots are rarely "now" (nights, weekends): a booking is moved into its check-in window (from an hour
  // before its start until its end) directly in the database, the one thing here that bypasses the BFF.
  const moveIntoWindow = async (bookingId: string) => {
    const { start, end } = slotAroundNow();
    const r = await db!.query('UPDATE booking SET starts_at = $2, ends_at = $3 WHERE id = $1', [bookingId, start, end]);
    assert(r.rowCount === 1, `booking ${bookingId} not found in the database`);
  };
  const bookOverApi = async (who: Verified, centerId: string, key: string): Promise<Booking> => {
    const { days } = await who.api<SlotList>(`/api/v1/centers/${centerId}/slots?matterCode=${matter.code}`, {
      headers: who.auth,
    });
    for (const day of days.filter((d) => d.open && d.left > 0)) {
      const { slots } = await who.api<SlotList>(
        `/api/v1/centers/${centerId}/slots?matterCode=${matter.code}&date=${day.date}`,
        { headers: who.auth },
      );
      const slot = slots.find((s) => s.status === 'open');
      if (slot)
        return who.api<Booking>('/api/v1/bookings', {
          method: 'POST',
          headers: { ...who.auth, 'idempotency-key': key },
          body: JSON.stringify({ centerId, matterCode: matter.code, start: slot.start }),
        });
    }
    throw new Error(`no free slot at ${centerId}`);
  };
  const paste = async (code: string) => {
    await visible(page, '.e2e-checkin-input input').fill(code);
    await visible(page, '.e2e-checkin-submit').tap();
  };

  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    checkInPage = pageUrl(base, 'staffCheckIn');
    page = await openApp(browser);
  });
  test.afterAll(async () => {
    await db?.end().catch(() => undefined);
    await closeApp(page);
  });

  test('staff: three residents verify over the API; `staff.mjs grant` makes one of them window staff of a center', async () => {
    const { databaseUrl, bffEnv } = servers();
    if (!databaseUrl)
      throw new Error(
        `needs PostgreSQL (PG_ADMIN_URL, default postgres://postgres@127.0.0.1:5432/postgres): staff.mjs cannot grant while the BFF holds PGlite`,
      );
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    const registry = await sandboxResidents(sandboxUrl);
    const [rb, rc] = [registry[9], registry[10]];
    ra = registry[8];
    [a, b, c] = await Promise.all([ra, rb, rc].map((r) => verifiedResident(base, sandboxUrl, r)));
    matter = (await a.api<MatterPage>(`/api/v1/matters?q=${encodeURIComponent(MATTER_QUERY)}&pageSize=1`)).items[0];
    const { items } = await a.api<CenterList>(
      `/api/v1/centers?lat=${NEAR.lat}&lng=${NEAR.lng}&kind=center&matterCode=${matter.code}&limit=10`,
    );
    [here, elsewhere] = items.filter((x) => x.bookable && x.nextSlot);
    assert(here && elsewhere, `two bookable centers for ${matter.name}: ${items.map((x) => x.id).join(', ')}`);
    const out = await staffScript(bffEnv, ['grant', rb.phone, here.id]);
    assert(out.includes(`window staff of ${here.id}`), `staff.mjs said: ${out.trim()}`);
    const scopes = await b.api<StaffScopes>('/api/v1/staff/me', { headers: b.auth });
    assert(
      scopes.centers.length === 1 && scopes.centers[0].id === here.id,
      `staff/me answers ${JSON.stringify(scopes)}`,
    );
  });

  test('staff: 我的 shows 工作人员 › 窗口签到 to the staff member only; anyone else who opens it reads 只有中心工作人员可以使用', async () => {
    // Not staff: no entry under 我的, and the page itself says who it is for.
    await setStorage(page, base, { 'zsb.session': a.session, 'zsb.elderMode': false, 'zsb.staff': null });
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-licences').waitFor();
    // The staff question has been answered (and said no) once the store holds this resident.
    await page.waitForFunction(
      (id) =>
        (JSON.parse(localStorage.getItem('zsb.staff') ?? 'null') as { data?: { residentId?: string } } | null)?.data
          ?.residentId === id,
      a.session.resident.id,
    );
    assert((await visible(page, '.e2e-mine-staff').count()) === 0, 'a resident who is not staff sees 窗口签到');
    await freshLoad(page, checkInPage);
    const refused = visible(page, '.e2e-checkin-not-staff');
    await refused.waitFor();
    assert((await text(refused)).includes('只有中心工作人员可以使用'), `the page reads “${await text(refused)}”`);
    assert(
      (await visible(page, '.e2e-checkin-input').count()) === 0,
      'the code box is offered to a non-staff resident',
    );
    // Staff: 我的 → 工作人员 → 窗口签到.
    await setStorage(page, base, { 'zsb.session': b.session, 'zsb.staff': null });
    await freshLoad(page, base);
    await openTab(page, '我的');
    const entry = visible(page, '.e2e-mine-staff-checkin');
    await entry.waitFor();
    assert((await text(entry)).includes(here.name), `the entry reads “${await text(entry)}”`);
    await scrollTo(visible(page, '.e2e-mine-staff'), 'center');
    await shot(page, 'h5-mine-staff.png');
    await entry.tap();
    await visible(page, '.e2e-checkin-input').waitFor();
    assert((await text(visible(page, '.e2e-checkin-centers'))).includes(here.name), 'the page names another center');
  });

  test('staff: another resident books a slot at that center through the booking flow', async () => {
    await setStorage(page, base, { 'zsb.session': a.session });
    await freshLoad(page, pageUrl(base, 'bookSlot', { centerId: here.id, matterCode: matter.code }));
    await visible(page, '.e2e-slot-open').first().tap();
    await visible(page, '.e2e-book-confirm').tap();
    await visible(page, '.e2e-booking-success').waitFor();
    const { items } = await a.api<BookingList>('/api/v1/bookings', { headers: a.auth });
    const mine = items.find((x) => x.status === 'confirmed' && x.centerId === here.id);
    assert(mine?.checkInCode, `stored bookings: ${JSON.stringify(items.map((x) => [x.status, x.centerId]))}`);
    await moveIntoWindow(mine.id);
    booking = await a.api<Booking>(`/api/v1/bookings/${mine.id}`, { headers: a.auth });
  });

  test('staff: pasting her check-in code shows ✓ 签到成功 with her masked name, the matter, the slot and the time; the booking reads 已签到', async () => {
    await setStorage(page, base, { 'zsb.session': b.session });
    await freshLoad(page, checkInPage);
    await visible(page, '.e2e-checkin-input').waitFor();
    await paste(` ${booking.checkInCode}\n`);
    const result = visible(page, '.e2e-checkin-result');
    await result.waitFor();
    const get = async (hook: string) => text(result.locator(hook));
    assert(
      (await get('.e2e-checkin-name')) === a.session.resident.nameMasked,
      `name: ${await get('.e2e-checkin-name')}`,
    );
    assert((await get('.e2e-checkin-matter')) === booking.matterName, `matter: ${await get('.e2e-checkin-matter')}`);
    const hhmm = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(11, 16);
    assert(
      (await get('.e2e-checkin-slot')).includes(`${hhmm(booking.start)}-${hhmm(booking.end)}`),
      `slot: ${await get('.e2e-checkin-slot')}`,
    );
    assert(/^\d{2}:\d{2}$/.test(await get('.e2e-checkin-time')), `time: ${await get('.e2e-checkin-time')}`);
    assert((await visible(page, '.e2e-checkin-input input').inputValue()) === '', 'the box still holds the code');
    const after = await a.api<Booking>(`/api/v1/bookings/${booking.id}`, { headers: a.auth });
    assert(after.status === 'checked-in' && after.checkedInAt, `the booking is ${after.status}`);
    await settle(page);
    await shot(page, 'h5-checkin.png');
  });

  test('staff: the same code again (CHECK_IN_CODE_INVALID), another center’s booking (CHECK_IN_OTHER_CENTER) and a 亮证码 are refused, with the server’s messages', async () => {
    const messageOf = async (code: string): Promise<ErrorBody> => {
      const res = await fetch(new URL('/api/v1/staff/check-ins', base), {
        method: 'POST',
        headers: b.auth,
        body: JSON.stringify({ code }),
      });
      return (await res.json()) as ErrorBody;
    };
    // The same code a second time.
    await paste(booking.checkInCode!);
    const refusal = visible(page, '.e2e-checkin-refusal');
    await refusal.waitFor();
    assert((await visible(page, '.e2e-checkin-result').count()) === 0, 'the success is still shown');
    const used = await messageOf(booking.checkInCode!);
    assert(used.code === 'CHECK_IN_CODE_INVALID', `the API answers ${used.code}`);
    assert(
      (await text(refusal.locator('.e2e-checkin-refusal-message'))) === used.message,
      `the page says “${await text(refusal.locator('.e2e-checkin-refusal-message'))}”, the server “${used.message}”`,
    );
    await settle(page);
    await shot(page, 'h5-checkin-refused.png');
    // A booking at another center (the staff member's own, as it happens).
    const other = await bookOverApi(b, elsewhere.id, `st-other-${Date.now().toString(36)}`);
    await moveIntoWindow(other.id);
    await paste(other.checkInCode!);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.e2e-checkin-refusal-message')].some(
        (el) => el.checkVisibility() && el.textContent?.includes('不是本中心'),
      ),
    );
    const foreign = await messageOf(other.checkInCode!);
    assert(foreign.code === 'CHECK_IN_OTHER_CENTER', `the API answers ${foreign.code}`);
    assert(
      (await text(visible(page, '.e2e-checkin-refusal-message'))) === foreign.message,
      'the page does not show the server’s message',
    );
    // Not a check-in code at all: said on the phone, nothing sent.
    await paste('AAAAAAAAAAAAAAAAAAAA.BBBBBBBBBBBBBBBBBBBB');
    await visible(page, '.e2e-checkin-problem').waitFor();
    assert((await text(visible(page, '.e2e-checkin-problem'))).includes('亮证码'), 'a 亮证码 is not told apart');
  });

  test('staff: a check-in in 长辈模式 (values ≥ 18 px, titles ≥ 30 px, buttons ≥ 60 px)', async () => {
    const third = await bookOverApi(c, here.id, `st-elder-${Date.now().toString(36)}`);
    await moveIntoWindow(third.id);
    await setStorage(page, base, { 'zsb.session': b.session, 'zsb.elderMode': true });
    await freshLoad(page, checkInPage);
    await visible(page, '.e2e-root.elder .e2e-checkin-input').waitFor();
    await paste(third.checkInCode!);
    await visible(page, '.e2e-checkin-result').waitFor();
    assert(
      (await text(visible(page, '.e2e-checkin-name'))) === c.session.resident.nameMasked,
      'the elder check-in shows another name',
    );
    const problems = await elderProblems(page, {
      body: ['.st-row__label', '.st-row__value', '.st-result__hint', '.st-manual__label'],
      titles: ['.section__title', '.st-result__verdict'],
      buttons: ['.e2e-checkin-submit'],
    });
    await scrollTo(visible(page, '.e2e-checkin-result'));
    await settle(page);
    await shot(page, 'h5-checkin-elder.png');
    await paste(third.checkInCode!);
    await visible(page, '.e2e-checkin-refusal').waitFor();
    await settle(page);
    await shot(page, 'h5-checkin-refused-elder.png');
    await setStorage(page, base, { 'zsb.elderMode': false });
    assert(problems.length === 0, problems.join('; '));
  });

  test('staff: 我的 › 窗口核验身份: a resident’s window code, name and ID number from her card, her phone’s code and the in-person tick join her new sign-in to her account (已并入, masked); that sign-in’s old session ends', async () => {
    // Resident a on a new phone: a new WeChat account, not yet 实名, shows a window code.
    const openid = `oZSBe2ewindow${Date.now().toString(36)}`.padEnd(28, '0');
    const newSignIn = await wechatSession(base, sandboxUrl, openid);
    const bearer = { 'content-type': 'application/json', authorization: `Bearer ${newSignIn.accessToken}` };
    const { code } = await a.api<IdentityWindowCode>('/api/v1/me/identity/window-codes', {
      method: 'POST',
      headers: bearer,
      body: '{}',
    });
    await setStorage(page, base, { 'zsb.session': b.session, 'zsb.elderMode': false });
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-staff-identity').tap();
    await visible(page, '.e2e-idcheck-code-input input').fill(code);
    await visible(page, '.e2e-idcheck-code-submit').tap();
    assert(
      (await text(visible(page, '.e2e-idcheck-code'))) === `${code.slice(0, 4)} ${code.slice(4)}`,
      'the code is not shown as taken',
    );
    await visible(page, '.e2e-idcheck-name input').fill(ra.name);
    await visible(page, '.e2e-idcheck-number input').fill(ra.id_number);
    await visible(page, '.e2e-idcheck-phone input').fill(ra.phone);
    await visible(page, '.e2e-idcheck-send').tap();
    await visible(page, '.e2e-idcheck-sent').waitFor();
    await visible(page, '.e2e-idcheck-sms input').fill(await smsCode(sandboxUrl, ra.phone));
    // Not without the in-person check of the ID card.
    await visible(page, '.e2e-idcheck-submit').tap();
    await page.getByText('请当面核对身份证原件与本人后').first().waitFor();
    assert((await visible(page, '.e2e-idcheck-result').count()) === 0, 'checked without the ID-card tick');
    await visible(page, '.e2e-idcheck-card').tap();
    await settle(page);
    await shot(page, 'h5-window-check.png');
    await visible(page, '.e2e-idcheck-submit').tap();
    const result = visible(page, '.e2e-idcheck-result');
    await result.waitFor();
    assert((await text(result.locator('.e2e-idcheck-outcome'))).includes('并入'), `outcome: ${await text(result)}`);
    assert(
      (await text(result.locator('.e2e-idcheck-result-name'))) === a.session.resident.nameMasked,
      'another name is shown',
    );
    assert(!(await text(result)).includes(ra.id_number), 'the full ID number is shown');
    await settle(page);
    await shot(page, 'h5-window-check-done.png');
    // The new sign-in's session ended; signing in again from that account leads to her.
    const old = await fetch(new URL('/api/v1/me', base), { headers: bearer });
    assert(old.status === 401, `the old session answers ${old.status}`);
    const again = await wechatSession(base, sandboxUrl, openid);
    assert(
      again.resident.id === a.session.resident.id && again.resident.verified,
      'signing in again does not lead to her',
    );
  });
});

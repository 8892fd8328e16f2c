// Signed in through the (sandbox) provincial identity service, 实名认证 with an SMS code read from the sandbox's
// outbox, then the e-licence wallet: the pages seen in 长辈模式 first (as a resident who turned it on), then in
// normal mode.
import type { Page } from '@playwright/test';
import { assert, closeApp, openApp, openTab, setStorage, settle, shot, test, visible } from './support/app';
import type { DisplayCode } from '@zsb/contracts';
import { sandboxResidents, smsCode, verifiedResident } from './support/api';
import { servers } from './support/servers';

// The first README resident of the sandbox (packages/sandbox/CONTRACT.md).
const RESIDENT = { name: '张建国', idNumber: '410502198001010036', phone: '13800000001' };

async function openWallet(page: Page): Promise<void> {
  await openTab(page, '我的');
  await visible(page, '.e2e-mine-licences').tap();
  await visible(page, '.e2e-licence-card').first().waitFor();
}

async function openIdCard(page: Page): Promise<void> {
  await visible(page, '.e2e-licence-card').filter({ hasText: '居民身份证' }).first().tap();
  await visible(page, '.e2e-licence-verified').waitFor();
  const number = (await visible(page, '.e2e-licence-number').textContent())?.trim() ?? '';
  assert(!number.includes(RESIDENT.idNumber) && number.includes('*'), `the detail shows the number as “${number}”`);
}

test.describe.serial('account and licences', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    page = await openApp(browser);
    // A resident who turned 长辈模式 on before signing in: the new pages are seen in it too.
    await setStorage(page, base, { 'zsb.elderMode': true });
  });
  test.afterAll(async () => closeApp(page));

  test('account: 我的 → 登录 goes through the identity service and comes back signed in (not yet 实名)', async () => {
    await page.goto(base);
    await openTab(page, '我的');
    await visible(page, '.e2e-login').tap();
    // The identity service's own page (another origin): pick the resident.
    await page.waitForURL((url) => url.pathname === '/identity/oauth/authorize');
    await page.locator('button', { hasText: RESIDENT.name }).first().tap();
    await page.waitForURL((url) => url.hash.startsWith('#/pages/mine/index'));
    await visible(page, '.e2e-go-identity').waitFor();
    assert(!page.url().includes('ticket='), `the ticket stayed in the address bar: ${page.url()}`);
    await shot(page, 'h5-mine-signed-in.png');
  });

  test('account: 实名认证 shows the name and ID number the H5 sign-in verified (locked, masked) and asks only for the phone and its SMS code; 我的 then shows the name masked, never the ID number', async () => {
    await visible(page, '.e2e-go-identity').tap();
    // The provincial identity service verified this sign-in: name and ID number are shown, not asked for.
    const locked = visible(page, '.e2e-id-locked');
    await locked.waitFor();
    await settle(page);
    assert((await visible(page, '.e2e-id-name').count()) === 0, 'the name is asked for again');
    const lockedName = (await locked.locator('.e2e-id-locked-name').textContent())?.trim();
    const lockedNumber = (await locked.locator('.e2e-id-locked-number').textContent())?.trim() ?? '';
    assert(lockedName === '张*国', `the locked name reads “${lockedName}”`);
    assert(
      lockedNumber.includes('*') && !lockedNumber.includes(RESIDENT.idNumber),
      `the locked ID number reads “${lockedNumber}”`,
    );
    await visible(page, '.e2e-id-phone input').fill(RESIDENT.phone);
    await visible(page, '.e2e-id-send').tap();
    await visible(page, '.e2e-id-sent').waitFor();
    const code = await smsCode(sandboxUrl, RESIDENT.phone);
    await visible(page, '.e2e-id-code input').fill(code);
    await visible(page, '.e2e-id-consent').tap();
    await shot(page, 'h5-identity.png');
    await visible(page, '.e2e-id-submit').tap();
    await visible(page, '.e2e-id-done').waitFor();
    await shot(page, 'h5-identity-done.png');
    await visible(page, '.e2e-id-finish').tap();
    const name = visible(page, '.e2e-account-name');
    await name.waitFor();
    const shown = (await name.textContent())?.trim();
    assert(shown === '张*国', `我的 shows “${shown}” as the name`);
    const text = await page.evaluate(() => document.body.innerText);
    assert(!text.includes(RESIDENT.idNumber), 'the full ID number is on the page');
    await shot(page, 'h5-mine-verified.png');
  });

  test('licences: 电子证照 lists ≥ 3 licences; the ID card opens 已验证 with its number masked', async () => {
    await openWallet(page);
    const cards = await visible(page, '.e2e-licence-card').count();
    assert(cards >= 3, `${cards} licence cards`);
    await shot(page, 'h5-wallet-elder.png');
    await openIdCard(page);
    await shot(page, 'h5-licence-elder.png');
  });

  test('licences: 出示亮证码 shows a QR with a live countdown', async () => {
    await visible(page, '.e2e-licence-display').tap();
    await visible(page, '.e2e-display-generate').tap();
    await visible(page, '.e2e-display-qr').waitFor();
    const countdown = visible(page, '.e2e-display-countdown');
    const before = (await countdown.textContent())?.trim() ?? '';
    assert(/秒/.test(before), `countdown reads “${before}”`);
    // It moves on by itself: a second or two later it reads otherwise.
    await test.expect(countdown, `the countdown did not move from “${before}”`).not.toHaveText(before, {
      timeout: 3000,
    });
    await shot(page, 'h5-display-elder.png');
  });

  test('licences: once someone verifies the code, the holder’s page says 已被核验 (who, masked) within seconds and stops counting down', async () => {
    const issued = page.waitForResponse((r) => r.url().includes('/display-codes') && r.request().method() === 'POST');
    await visible(page, '.e2e-display-refresh').tap();
    const code = ((await (await issued).json()) as DisplayCode).code;
    const clerk = await verifiedResident(base, sandboxUrl, (await sandboxResidents(sandboxUrl))[8]);
    await clerk.api('/api/v1/licence-verifications', {
      method: 'POST',
      headers: clerk.auth,
      body: JSON.stringify({ code }),
    });
    const used = visible(page, '.e2e-display-used');
    await used.waitFor({ timeout: 8000 });
    assert((await used.innerText()).includes('*'), `the notice names the verifier as “${await used.innerText()}”`);
    const countdown = (await visible(page, '.e2e-display-countdown').innerText()).trim();
    assert(countdown.includes('已被核验') && !/秒/.test(countdown), `the countdown reads “${countdown}”`);
    await shot(page, 'h5-display-used-elder.png');
  });

  test('licences: the wallet and the detail in normal mode too (screenshots)', async () => {
    // From a subpackage page there is no tab bar: start over from the launch page (the session is stored).
    await page.goto(base);
    await openTab(page, '我的');
    const toggle = visible(page, '.e2e-elder-switch');
    if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.tap();
    await visible(page, '.e2e-root:not(.elder)').first().waitFor();
    await shot(page, 'h5-mine-verified-normal.png');
    await openWallet(page);
    await shot(page, 'h5-wallet.png');
    await openIdCard(page);
    await shot(page, 'h5-licence.png');
  });

  test('navigation: every sub-page has 返回, which goes back a page at a time to 我的; the browser’s back lands on a page that renders too', async () => {
    assert((await page.locator('.e2e-back:visible').count()) === 1, 'the licence page has no 返回');
    await visible(page, '.e2e-back').tap();
    await visible(page, '.e2e-licence-card').first().waitFor();
    await visible(page, '.e2e-back').tap();
    await visible(page, '.e2e-mine-licences').waitFor();
    await test.expect(page.locator('.e2e-back:visible'), 'a tab page shows 返回').toHaveCount(0);
    // The same way back with the browser's own button: 我的 must render, not only its tab bar.
    await visible(page, '.e2e-mine-licences').tap();
    await visible(page, '.e2e-licence-card').first().waitFor();
    await page.goBack();
    await visible(page, '.e2e-mine-licences').waitFor({ timeout: 5000 });
    await openTab(page, '首页');
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-licences').waitFor();
  });
});

// The signed-in part of the H5 end-to-end run: sign in through the (sandbox) provincial identity service,
// 实名认证 with an SMS code read from the sandbox's outbox, then the e-licence wallet. Helpers and `check`
// come from run.mjs; selectors are the e2e- hooks of mini/E2E.md.
/* global document */
import { registerPhone, sandboxResidents, smsCode, verifiedResident, wechatSession } from '../support/sign-in.mjs';
import { freshLoad, noToast, setStorage, text } from './helpers.mjs';

export const ACCOUNT_PLAN = {
  signIn: 'account: 我的 → 登录 goes through the identity service and comes back signed in (not yet 实名)',
  identity:
    'account: 实名认证 shows the name and ID number the H5 sign-in verified (locked, masked) and asks only for the phone and its SMS code; 我的 then shows the name masked, never the ID number',
  idStranger:
    'identity: another sign-in typing a verified resident’s name and ID number with a phone not in her name is refused (IDENTITY_PHONE_NOT_REGISTERED, the server’s words) with 换一个手机号 and 到窗口核验; she is untouched',
  idPhoneOnFile:
    'identity: the same resident with a new phone in her name is asked to prove the phone on file (masked); its code joins this sign-in to her, now with the new phone',
  wallet: 'licences: 电子证照 lists ≥ 3 licences; the ID card opens 已验证 with its number masked',
  display: 'licences: 出示亮证码 shows a QR with a live countdown',
  walletNormal: 'licences: the wallet and the detail in normal mode too (screenshots)',
  verify:
    'licences: 扫码核验 of another resident’s 亮证码 shows only the field she chose; the code then no longer works',
};

// The first README resident of the sandbox (packages/sandbox/CONTRACT.md).
export const RESIDENT = { name: '张建国', idNumber: '410502198001010036', phone: '13800000001' };

export async function accountScenario(t) {
  const { page, base, sandboxUrl, check, visible, shot, settle, assert, openTab } = t;

  await check('signIn', async () => {
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

  await check('identity', async () => {
    await visible(page, '.e2e-go-identity').tap();
    // The provincial identity service verified this sign-in: name and ID number are shown, not asked for.
    const locked = visible(page, '.e2e-id-locked');
    await locked.waitFor();
    await settle(page);
    assert((await visible(page, '.e2e-id-name').count()) === 0, 'the name is asked for again');
    const lockedName = (await locked.locator('.e2e-id-locked-name').textContent()).trim();
    const lockedNumber = (await locked.locator('.e2e-id-locked-number').textContent()).trim();
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
    const shown = (await name.textContent()).trim();
    assert(shown === '张*国', `我的 shows “${shown}” as the name`);
    const text = await page.evaluate(() => document.body.innerText);
    assert(!text.includes(RESIDENT.idNumber), 'the full ID number is on the page');
    await shot(page, 'h5-mine-verified.png');
  });
}

async function openWallet(t) {
  const { page, visible, openTab } = t;
  await openTab(page, '我的');
  await visible(page, '.e2e-mine-licences').tap();
  await visible(page, '.e2e-licence-card').first().waitFor();
}

async function openIdCard(t) {
  const { page, visible, assert } = t;
  await visible(page, '.e2e-licence-card').filter({ hasText: '居民身份证' }).first().tap();
  await visible(page, '.e2e-licence-verified').waitFor();
  const number = (await visible(page, '.e2e-licence-number').textContent()).trim();
  assert(!number.includes(RESIDENT.idNumber) && number.includes('*'), `the detail shows the number as “${number}”`);
}

export async function walletScenario(t) {
  const { page, check, visible, shot, assert, openTab } = t;
  await check('wallet', async () => {
    await openWallet(t);
    const cards = await visible(page, '.e2e-licence-card').count();
    assert(cards >= 3, `${cards} licence cards`);
    await shot(page, 'h5-wallet-elder.png');
    await openIdCard(t);
    await shot(page, 'h5-licence-elder.png');
  });
  await check('display', async () => {
    await visible(page, '.e2e-licence-display').tap();
    await visible(page, '.e2e-display-generate').tap();
    await visible(page, '.e2e-display-qr').waitFor();
    const before = (await visible(page, '.e2e-display-countdown').textContent()).trim();
    assert(/秒/.test(before), `countdown reads “${before}”`);
    await page.waitForTimeout(1500);
    const after = (await visible(page, '.e2e-display-countdown').textContent()).trim();
    assert(after !== before, `the countdown did not move from “${before}”`);
    await shot(page, 'h5-display-elder.png');
  });
  await check('walletNormal', async () => {
    // From a subpackage page there is no tab bar: start over from the launch page (the session is stored).
    await page.goto(t.base);
    await openTab(page, '我的');
    const toggle = visible(page, '.e2e-elder-switch');
    if ((await toggle.getAttribute('aria-checked')) === 'true') await toggle.tap();
    await visible(page, '.e2e-root:not(.elder)').first().waitFor();
    await shot(page, 'h5-mine-verified-normal.png');
    await openWallet(t);
    await shot(page, 'h5-wallet.png');
    await openIdCard(t);
    await shot(page, 'h5-licence.png');
  });
}

/** Another resident, through the API as her phone would: signs in, verifies, issues a 亮证码 showing 姓名 only. */
async function someoneElsesCode(base, sandboxUrl) {
  const her = (await sandboxResidents(sandboxUrl))[1];
  const { auth, api } = await verifiedResident(base, sandboxUrl, her);
  const { items } = await api('/api/v1/licences', { headers: auth });
  const idCard = items.find((l) => l.typeName === '居民身份证');
  const issued = await api(`/api/v1/licences/${idCard.id}/display-codes`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ fields: ['姓名'] }),
  });
  return { code: issued.code, name: her.name };
}

export async function verifyScenario(t) {
  const { page, base, sandboxUrl, check, visible, shot, assert, openTab } = t;
  await check('verify', async () => {
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
    const at = (await visible(page, '.e2e-verify-at').textContent()).trim();
    assert(/核验时间：今天 \d{2}:\d{2}/.test(at), `the moment of the check is shown: “${at}”`);
    await shot(page, 'h5-verify.png');
    await visible(page, '.e2e-verify-submit').tap();
    await visible(page, '.e2e-error').waitFor();
    const again = (await visible(page, '.e2e-error').textContent()).trim();
    assert(again.includes('亮证码'), `a second use says “${again.slice(0, 60)}”`);
  });
}

const IDENTITY_PAGE = '#/features/account/identity/index';
const masked = (phone) => `${phone.slice(0, 3)}****${phone.slice(7)}`;

/** Types name, ID number and phone into 实名认证, gets the code from the sandbox's outbox and submits. */
async function typeIdentity(t, who, phone) {
  const { page, sandboxUrl, visible } = t;
  await visible(page, '.e2e-id-name input').fill(who.name);
  await visible(page, '.e2e-id-number input').fill(who.id_number);
  await visible(page, '.e2e-id-phone input').fill(phone);
  await visible(page, '.e2e-id-send').tap();
  await visible(page, '.e2e-id-sent').waitFor();
  await visible(page, '.e2e-id-code input').fill(await smsCode(sandboxUrl, phone));
  await visible(page, '.e2e-id-consent').tap();
  await visible(page, '.e2e-id-submit').tap();
}

/**
 * Knowing a name and an ID number is not being that person: another sign-in (a new WeChat account, through the
 * sandbox's back door) types a verified resident's name and ID number. With a phone of its own it is refused; only
 * the phone that resident has on file joins her — here the same woman, who took a new number in her name.
 */
export async function identityTakeoverScenario(t) {
  const { page, base, sandboxUrl, check, visible, shot, assert } = t;
  const run = Date.now().toString(36).slice(-6);
  let her, verified;

  await check('idStranger', async () => {
    her = (await sandboxResidents(sandboxUrl))[5];
    verified = await verifiedResident(base, sandboxUrl, her);
    const before = await verified.api('/api/v1/me', { headers: verified.auth });
    const stranger = await wechatSession(base, sandboxUrl, `oZSBe2estranger${run}`.padEnd(28, '0'));
    await setStorage(page, base, { 'zsb.session': stranger, 'zsb.elderMode': false });
    await freshLoad(page, `${base}${IDENTITY_PAGE}`);
    await visible(page, '.e2e-id-name').waitFor();
    await typeIdentity(t, her, '17700000001');
    const refusal = visible(page, '.e2e-id-refusal');
    await refusal.waitFor();
    const said = await text(refusal.locator('.e2e-id-refusal-message'));
    assert(said.includes('不是登记在您本人身份证名下'), `the refusal says “${said}”`);
    assert((await refusal.locator('.e2e-id-next-change-phone').count()) === 1, 'no 换一个手机号');
    assert((await refusal.locator('.e2e-id-next-window').count()) === 1, 'no 到窗口核验');
    // The form is kept as typed.
    assert((await visible(page, '.e2e-id-name input').inputValue()) === her.name, 'the typed name was lost');
    await noToast(page);
    await refusal.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await shot(page, 'h5-identity-not-registered.png');
    const after = await verified.api('/api/v1/me', { headers: verified.auth });
    assert(JSON.stringify(after) === JSON.stringify(before), 'the verified resident changed');
    const still = await verified.api('/api/v1/me', { headers: { authorization: `Bearer ${stranger.accessToken}` } });
    assert(still.verified === false, 'the stranger became verified');
  });

  await check('idPhoneOnFile', async () => {
    const newPhone = '17700000002';
    await registerPhone(sandboxUrl, her.id_number, newPhone);
    const newSignIn = await wechatSession(base, sandboxUrl, `oZSBe2enewphone${run}`.padEnd(28, '0'));
    await setStorage(page, base, { 'zsb.session': newSignIn });
    await freshLoad(page, `${base}${IDENTITY_PAGE}`);
    await visible(page, '.e2e-id-name').waitFor();
    await typeIdentity(t, her, newPhone);
    const prove = visible(page, '.e2e-id-next-phone-on-file');
    await prove.waitFor();
    const label = await text(prove);
    assert(label.includes(masked(her.phone)) && !label.includes(her.phone), `the button reads “${label}”`);
    await shot(page, 'h5-identity-proof-required.png');
    await prove.tap();
    await visible(page, '.e2e-id-onfile-sent').waitFor();
    await visible(page, '.e2e-id-onfile-code input').fill(await smsCode(sandboxUrl, her.phone));
    await shot(page, 'h5-identity-phone-on-file.png');
    await visible(page, '.e2e-id-onfile-submit').tap();
    const done = visible(page, '.e2e-id-done');
    await done.waitFor();
    const shown = await text(done);
    assert(shown.includes(masked(newPhone)), `the result shows “${shown}”`);
    await shot(page, 'h5-identity-joined.png');
    // This sign-in now leads to her, and her first sign-in sees the new phone.
    const stored = await page.evaluate(
      () => JSON.parse(localStorage.getItem('zsb.session') ?? 'null')?.data?.resident?.id,
    );
    assert(
      stored === verified.session.resident.id,
      `the stored session is resident ${stored}, she is ${verified.session.resident.id}`,
    );
    const hers = await verified.api('/api/v1/me', { headers: verified.auth });
    assert(hers.phoneMasked === masked(newPhone), `her phone on file reads ${hers.phoneMasked}`);
  });
}

// Knowing a name and an ID number is not being that person: another sign-in (a new WeChat account, through the
// sandbox's back door) types a verified resident's name and ID number. With a phone of its own it is refused; only
// the phone that resident has on file joins her — here the same woman, who took a new number in her name.
import type { Page } from '@playwright/test';
import type { ResidentProfile } from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';
import {
  assert,
  closeApp,
  freshLoad,
  noToast,
  openApp,
  scrollTo,
  setStorage,
  shot,
  test,
  text,
  visible,
} from './support/app';
import {
  registerPhone,
  sandboxResidents,
  smsCode,
  verifiedResident,
  wechatSession,
  type Verified,
} from './support/api';
import { pageUrl, servers } from './support/servers';

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;

test.describe.serial('实名认证 with someone else’s name and ID number', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  const run = Date.now().toString(36).slice(-6);
  let her: Resident;
  let verified: Verified;

  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    page = await openApp(browser);
  });
  test.afterAll(async () => closeApp(page));

  /** Types name, ID number and phone into 实名认证, gets the code from the sandbox's outbox and submits. */
  async function typeIdentity(who: Resident, phone: string): Promise<void> {
    await visible(page, '.e2e-id-name input').fill(who.name);
    await visible(page, '.e2e-id-number input').fill(who.id_number);
    await visible(page, '.e2e-id-phone input').fill(phone);
    await visible(page, '.e2e-id-send').tap();
    await visible(page, '.e2e-id-sent').waitFor();
    await visible(page, '.e2e-id-code input').fill(await smsCode(sandboxUrl, phone));
    await visible(page, '.e2e-id-consent').tap();
    await visible(page, '.e2e-id-submit').tap();
  }

  test('identity: another sign-in typing a verified resident’s name and ID number with a phone not in her name is refused (IDENTITY_PHONE_NOT_REGISTERED, the server’s words) with 换一个手机号 and 到窗口核验; she is untouched', async () => {
    her = (await sandboxResidents(sandboxUrl))[5];
    verified = await verifiedResident(base, sandboxUrl, her);
    const before = await verified.api<ResidentProfile>('/api/v1/me', { headers: verified.auth });
    const stranger = await wechatSession(base, sandboxUrl, `oZSBe2estranger${run}`.padEnd(28, '0'));
    await setStorage(page, base, { 'zsb.session': stranger, 'zsb.elderMode': false });
    await freshLoad(page, pageUrl(base, 'identity'));
    await visible(page, '.e2e-id-name').waitFor();
    await typeIdentity(her, '17700000001');
    const refusal = visible(page, '.e2e-id-refusal');
    await refusal.waitFor();
    const said = await text(refusal.locator('.e2e-id-refusal-message'));
    assert(said.includes('不是登记在您本人身份证名下'), `the refusal says “${said}”`);
    assert((await refusal.locator('.e2e-id-next-change-phone').count()) === 1, 'no 换一个手机号');
    assert((await refusal.locator('.e2e-id-next-window').count()) === 1, 'no 到窗口核验');
    // The form is kept as typed.
    assert((await visible(page, '.e2e-id-name input').inputValue()) === her.name, 'the typed name was lost');
    await noToast(page);
    await scrollTo(refusal, 'center');
    await shot(page, 'h5-identity-not-registered.png');
    const after = await verified.api<ResidentProfile>('/api/v1/me', { headers: verified.auth });
    assert(JSON.stringify(after) === JSON.stringify(before), 'the verified resident changed');
    const still = await verified.api<ResidentProfile>('/api/v1/me', {
      headers: { authorization: `Bearer ${stranger.accessToken}` },
    });
    assert(still.verified === false, 'the stranger became verified');
  });

  test('identity: the same resident with a new phone in her name is asked to prove the phone on file (masked); its code joins this sign-in to her, now with the new phone', async () => {
    const newPhone = '17700000002';
    await registerPhone(sandboxUrl, her.id_number, newPhone);
    const newSignIn = await wechatSession(base, sandboxUrl, `oZSBe2enewphone${run}`.padEnd(28, '0'));
    await setStorage(page, base, { 'zsb.session': newSignIn });
    await freshLoad(page, pageUrl(base, 'identity'));
    await visible(page, '.e2e-id-name').waitFor();
    await typeIdentity(her, newPhone);
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
      () =>
        (JSON.parse(localStorage.getItem('zsb.session') ?? 'null') as { data?: { resident?: { id?: string } } } | null)
          ?.data?.resident?.id,
    );
    assert(
      stored === verified.session.resident.id,
      `the stored session is resident ${stored}, she is ${verified.session.resident.id}`,
    );
    const hers = await verified.api<ResidentProfile>('/api/v1/me', { headers: verified.auth });
    assert(hers.phoneMasked === masked(newPhone), `her phone on file reads ${hers.phoneMasked}`);
  });
});

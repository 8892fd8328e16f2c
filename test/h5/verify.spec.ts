// 扫码核验 (on H5: paste the code) of another resident's 亮证码: only the field she chose is shown, once.
import type { Page } from '@playwright/test';
import type { DisplayCode, LicenceList } from '@zsb/contracts';
import { assert, closeApp, openApp, openTab, setStorage, shot, test, visible } from './support/app';
import { sandboxResidents, verifiedResident } from './support/api';
import { servers } from './support/servers';

/** Another resident, through the API as her phone would: signs in, verifies, issues a 亮证码 showing 姓名 only. */
async function someoneElsesCode(base: string, sandboxUrl: string): Promise<{ code: string; name: string }> {
  const her = (await sandboxResidents(sandboxUrl))[1];
  const { auth, api } = await verifiedResident(base, sandboxUrl, her);
  const { items } = await api<LicenceList>('/api/v1/licences', { headers: auth });
  const idCard = items.find((l) => l.typeName === '居民身份证')!;
  const issued = await api<DisplayCode>(`/api/v1/licences/${idCard.id}/display-codes`, {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ fields: ['姓名'] }),
  });
  return { code: issued.code, name: her.name };
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
});

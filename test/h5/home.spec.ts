// The resident's main path in normal mode: 首页 → search 社保卡 → the guide, on a fresh profile.
import type { Locator, Page } from '@playwright/test';
import { assert, closeApp, openApp, shot, test } from './support/app';
import { EXPECTED, QUERY, elderState, openGuide, searchFromHome, showMaterials, waitHomeLoaded } from './support/guide';
import { servers } from './support/servers';

test.describe.serial('normal mode', () => {
  let base: string;
  let page: Page;
  let item: Locator;
  test.beforeAll(async ({ browser }) => {
    ({ base } = servers());
    page = await openApp(browser);
  });
  test.afterAll(async () => closeApp(page));

  test('normal: home page shows the search bar and the hot list', async () => {
    await page.goto(base);
    await waitHomeLoaded(page);
    const root = await elderState(page);
    assert(!root.html && root.roots.every((e) => !e), 'a fresh profile starts in 长辈模式');
    await shot(page, 'h5-home.png');
  });

  test(`normal: home search bar opens 办事; “${QUERY}” lists ${EXPECTED} in the top 3`, async () => {
    item = await searchFromHome(page);
    await shot(page, 'h5-search.png');
  });

  test('normal: the result opens its guide with 申请材料 and ≥ 1 material', async () => {
    await openGuide(page, item);
    await showMaterials(page);
    await shot(page, 'h5-guide.png');
  });

  test('normal: the guide shows residents no developer text (no field keys, no repository sources), marks sample values 示例, and its 关于数据 opens', async () => {
    const body = (await page.locator('.e2e-guide-name').locator('xpath=ancestor::body').innerText()).replace(
      /\s+/g,
      ' ',
    );
    const keys = body.match(/\b[a-z]+(?:_[a-z]+)+\b|github|sample_fields/gi) ?? [];
    assert(keys.length === 0, `the guide shows developer text: ${JSON.stringify(keys.slice(0, 5))}`);
    assert(!body.includes('示例数据：'), 'the guide still lists its sample fields by name');
    assert((await page.locator('.e2e-sample:visible').count()) > 0, 'no value of the guide is marked 示例');
    await page.locator('.e2e-about-data-link:visible').tap();
    await page.locator('.e2e-about-data:visible').first().waitFor();
    assert(
      (await page.locator('.e2e-about-data:visible').allInnerTexts()).join('').includes('示例'),
      '关于数据 does not explain 示例',
    );
    await shot(page, 'h5-about-data.png');
    await page.goBack();
    await page.locator('.e2e-guide-name:visible').waitFor();
  });
});

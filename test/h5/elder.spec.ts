// 长辈模式 from a fresh profile: the 我的 switch turns it on, the main path still works in it, the guide's text is
// large enough, and it survives a reload.
import type { Page } from '@playwright/test';
import { assert, closeApp, openApp, openTab, shot, test, visible } from './support/app';
import {
  QUERY,
  elderState,
  fontSizes,
  openGuide,
  searchFromHome,
  showMaterials,
  waitHomeLoaded,
} from './support/guide';
import { servers } from './support/servers';

test.describe.serial('长辈模式', () => {
  let base: string;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    ({ base } = servers());
    page = await openApp(browser);
  });
  test.afterAll(async () => closeApp(page));

  test('elder: the 我的 switch turns 长辈模式 on (.e2e-root.elder, html.elder)', async () => {
    // Start from the launch page (a full load, not a hash change) and use the tab bar like a resident.
    await page.goto(base);
    await waitHomeLoaded(page);
    await openTab(page, '我的');
    const toggle = visible(page, '.e2e-elder-switch');
    await toggle.waitFor();
    assert(
      (await toggle.getAttribute('aria-checked')) === 'false',
      `switch starts as aria-checked=${await toggle.getAttribute('aria-checked')}`,
    );
    await toggle.tap();
    await page.waitForFunction(() => {
      const t = [...document.querySelectorAll('.e2e-elder-switch')].find((e) => e.checkVisibility());
      return t?.getAttribute('aria-checked') === 'true';
    });
    await visible(page, '.e2e-root.elder').waitFor();
    const root = await elderState(page);
    assert(root.html, '<html> has no class elder');
    assert(
      root.roots.length > 0 && root.roots.every(Boolean),
      `visible .e2e-root elder flags: ${JSON.stringify(root.roots)}`,
    );
  });

  test(`elder: home → search “${QUERY}” → guide still works`, async () => {
    await openTab(page, '首页');
    await waitHomeLoaded(page);
    // The home page was mounted before the switch; it must have re-themed too.
    assert((await elderState(page)).roots.every(Boolean), 'home .e2e-root is not in 长辈模式');
    await shot(page, 'h5-home-elder.png');
    const item = await searchFromHome(page);
    await openGuide(page, item);
    await showMaterials(page);
    await shot(page, 'h5-guide-elder.png');
  });

  test('elder: guide body text ≥ 18 CSS px and headings ≥ 30 CSS px', async () => {
    assert((await elderState(page)).roots.every(Boolean), 'guide .e2e-root is not in 长辈模式');
    // Body text: the depth explanation (--fs-body) and a material's name and form; headings per E2E.md.
    const body = ['.guide-depth__detail', '.e2e-material-item .material__name', '.e2e-material-item .material__form'];
    const heads = ['.guide-head__name', '.e2e-materials .section__title'];
    const px = await fontSizes(page, [...body, ...heads]);
    const problems: string[] = [];
    for (const s of body) if (!((px[s] ?? 0) >= 18)) problems.push(`${s} ${px[s] ?? 'missing'}px < 18`);
    for (const s of heads) if (!((px[s] ?? 0) >= 30)) problems.push(`${s} ${px[s] ?? 'missing'}px < 30`);
    assert(problems.length === 0, problems.join('; '));
  });

  test('elder: 长辈模式 survives a reload', async () => {
    await page.reload();
    await visible(page, '.e2e-guide-name').waitFor();
    const root = await elderState(page);
    assert(root.html, '<html> lost class elder after reload');
    assert(root.roots.length > 0 && root.roots.every(Boolean), '.e2e-root lost class elder after reload');
  });
});

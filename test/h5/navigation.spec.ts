// Going back on H5 (issue 15, item 1): with the app's 返回 and with the browser's own back button, in either order,
// from pages opened from a tab or opened directly by their address. After every step exactly one page is shown, it
// is the page the address names, it stands in the viewport and its content has rendered — not only the tab bar, not
// two copies of a page on top of each other.
import type { Page } from '@playwright/test';
import { routes, type RouteName } from '../../mini/src/routes';
import { sandboxResidents, verifiedResident } from './support/api';
import { assert, closeApp, freshLoad, openApp, openTab, setStorage, shot, test, visible } from './support/app';
import { pageUrl, servers } from './support/servers';

/** What shows that a page has rendered: an element of its content (not the 返回 bar, not the tab bar). */
const CONTENT = {
  home: '.e2e-home-search',
  search: '.e2e-results .e2e-result-item',
  mine: '.e2e-mine-licences',
  guide: '.e2e-guide-name',
  aboutData: '.e2e-about-data',
  licences: '.e2e-licence-card',
  licence: '.e2e-licence-verified',
} satisfies Partial<Record<RouteName, string>>;
type Shown = keyof typeof CONTENT;

interface PagesState {
  hash: string;
  /** The `.taro_page` elements that can be seen: their ids (the page path with its query) and left edge. */
  pages: { id: string; left: number; width: number; content: boolean }[];
}

async function pagesState(page: Page, selector: string): Promise<PagesState> {
  return page.evaluate((sel) => {
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => el.checkVisibility());
    return {
      hash: location.hash,
      pages: pages.map((el) => {
        const r = el.getBoundingClientRect();
        const content = [...el.querySelectorAll<HTMLElement>(sel)].some((c) => {
          const cr = c.getBoundingClientRect();
          return c.checkVisibility() && cr.width > 0 && cr.height > 0;
        });
        return { id: el.id, left: Math.round(r.left), width: Math.round(r.width), content };
      }),
    };
  }, selector);
}

/**
 * Waits until the app shows `name` and nothing else: the address is that page's, exactly one `.taro_page` is
 * visible, it is that page, it stands in the viewport (not slid away) and its content is there.
 */
async function shows(page: Page, name: Shown, what = ''): Promise<void> {
  const path = `/${routes[name].path}`;
  const ok = (s: PagesState) =>
    (s.hash === `#${path}` || s.hash.startsWith(`#${path}?`)) &&
    s.pages.length === 1 &&
    s.pages[0].id.split('?')[0] === path &&
    s.pages[0].left === 0 &&
    s.pages[0].width > 0 &&
    s.pages[0].content;
  const deadline = Date.now() + 10_000;
  let last = await pagesState(page, CONTENT[name]);
  while (!ok(last) && Date.now() < deadline) {
    await page.waitForTimeout(150);
    last = await pagesState(page, CONTENT[name]);
  }
  assert(
    ok(last),
    `${what ? `${what}: ` : ''}expected ${name} (${path}) alone and rendered; the app shows ${JSON.stringify(last)}`,
  );
}

async function tapBack(page: Page): Promise<void> {
  await visible(page, '.e2e-back').tap();
}

/**
 * From a tab page, with the tab bar: 办事 → the first matter of its list → its guide. The scenarios follow one another
 * in one visit (no reload), as a resident's would: what an earlier one left in the router's stack counts.
 */
async function openGuideFromSearch(page: Page): Promise<void> {
  await openTab(page, '办事');
  await shows(page, 'search', '办事');
  await visible(page, CONTENT.search).first().tap();
  await shows(page, 'guide', 'a matter of 办事');
}

async function openAboutData(page: Page): Promise<void> {
  await visible(page, '.e2e-about-data-link').tap();
  await shows(page, 'aboutData', '关于数据 from the guide');
}

/** From a tab page, with the tab bar: 我的 → 电子证照. */
async function openWallet(page: Page): Promise<void> {
  await openTab(page, '我的');
  await shows(page, 'mine', '我的');
  await visible(page, CONTENT.mine).tap();
  await shows(page, 'licences', '电子证照');
}

/** The tab bar still answers: 首页, then 办事, then 我的, each rendered. */
async function tabsWork(page: Page): Promise<void> {
  await openTab(page, '首页');
  await shows(page, 'home', 'the 首页 tab');
  await openTab(page, '办事');
  await shows(page, 'search', 'the 办事 tab');
  await openTab(page, '我的');
  await shows(page, 'mine', 'the 我的 tab');
}

/** The 我的 switch, as a resident turns 长辈模式 on or off (no reload). */
async function setElderMode(page: Page, on: boolean): Promise<void> {
  await openTab(page, '我的');
  await shows(page, 'mine', '我的');
  const toggle = visible(page, '.e2e-elder-switch');
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.tap();
  await visible(page, on ? '.e2e-root.elder' : '.e2e-root:not(.elder)')
    .first()
    .waitFor();
}

test.describe.serial('going back', () => {
  let base: string;
  let page: Page;
  test.beforeAll(async ({ browser }) => {
    const { sandboxUrl } = servers();
    ({ base } = servers());
    page = await openApp(browser);
    // Signed in, so that 电子证照 lists licences.
    const { session } = await verifiedResident(base, sandboxUrl, (await sandboxResidents(sandboxUrl))[4]);
    await setStorage(page, base, { 'zsb.session': session, 'zsb.elderMode': false });
  });
  test.afterAll(async () => closeApp(page));

  test('back: 办事 → a matter → the browser’s back renders 办事, and the tabs switch at the first tap', async () => {
    await freshLoad(page, base);
    await shows(page, 'home', 'the launch page');
    await openGuideFromSearch(page);
    await page.goBack();
    await shows(page, 'search', 'the browser’s back from the guide');
    await shot(page, 'h5-back-search.png');
    await tabsWork(page);
  });

  test('back: 我的 → 电子证照 → the browser’s back renders 我的, and the tabs switch at the first tap', async () => {
    await openWallet(page);
    await page.goBack();
    await shows(page, 'mine', 'the browser’s back from 电子证照');
    await shot(page, 'h5-back-mine.png');
    await tabsWork(page);
  });

  test('back: 办事 → guide → 关于数据 → the browser’s back → 返回 → the guide again: one guide, rendered; its 返回 renders 办事', async () => {
    await openGuideFromSearch(page);
    await openAboutData(page);
    await page.goBack();
    await shows(page, 'guide', 'the browser’s back from 关于数据');
    await tapBack(page);
    await shows(page, 'search', '返回 from the guide');
    await visible(page, CONTENT.search).first().tap();
    await shows(page, 'guide', 'the guide opened again');
    await shot(page, 'h5-back-guide-again.png');
    await tapBack(page);
    await shows(page, 'search', '返回 from the guide opened again');
    await tabsWork(page);
  });

  test('back: the same with history.back() instead of the back button', async () => {
    await openGuideFromSearch(page);
    await openAboutData(page);
    await page.evaluate(() => history.back());
    await shows(page, 'guide', 'history.back() from 关于数据');
    await tapBack(page);
    await shows(page, 'search', '返回 from the guide');
    await visible(page, CONTENT.search).first().tap();
    await shows(page, 'guide', 'the guide opened again');
    await page.evaluate(() => history.back());
    await shows(page, 'search', 'history.back() from the guide opened again');
    await tabsWork(page);
  });

  test('back: 关于数据 → 返回 → the browser’s back renders 办事', async () => {
    await openGuideFromSearch(page);
    await openAboutData(page);
    await tapBack(page);
    await shows(page, 'guide', '返回 from 关于数据');
    await page.goBack();
    await shows(page, 'search', 'the browser’s back from the guide');
    await tabsWork(page);
  });

  test('back: 关于数据 → the browser’s back twice renders 办事; the guide opens again once', async () => {
    await openGuideFromSearch(page);
    await openAboutData(page);
    await page.goBack();
    await shows(page, 'guide', 'the browser’s back from 关于数据');
    await page.goBack();
    await shows(page, 'search', 'the browser’s back from the guide');
    await visible(page, CONTENT.search).first().tap();
    await shows(page, 'guide', 'the guide opened again');
    await openAboutData(page);
    await tapBack(page);
    await shows(page, 'guide', '返回 from 关于数据');
    await tapBack(page);
    await shows(page, 'search', '返回 from the guide');
    await tabsWork(page);
  });

  test('back: 我的 → 电子证照 → 证照详情 → 返回 → the browser’s back renders 我的; the wallet opens again once', async () => {
    await openWallet(page);
    await visible(page, CONTENT.licences).first().tap();
    await shows(page, 'licence', '证照详情');
    await tapBack(page);
    await shows(page, 'licences', '返回 from 证照详情');
    await page.goBack();
    await shows(page, 'mine', 'the browser’s back from 电子证照');
    await visible(page, CONTENT.mine).tap();
    await shows(page, 'licences', '电子证照 opened again');
    await page.goBack();
    await shows(page, 'mine', 'the browser’s back from 电子证照 opened again');
    await tabsWork(page);
  });

  test('back: 我的 → 我的办件 (none yet) → 找要办的事 opens 办事; the browser’s back then renders 我的', async () => {
    await openTab(page, '我的');
    await shows(page, 'mine', '我的');
    await visible(page, '.e2e-mine-applications').tap();
    await visible(page, '.e2e-empty .state__btn').filter({ hasText: '找要办的事' }).tap();
    await shows(page, 'search', '找要办的事 from 我的办件');
    await page.goBack();
    await shows(page, 'mine', 'the browser’s back from 办事');
    await tabsWork(page);
  });

  test('back: going back at once, before the page has finished opening, still shows the page below, every time', async () => {
    // A slow phone or a quick thumb: Taro's page transitions ran on timers that a quick back raced (a page hidden
    // for good after it had been shown again; a stale "show" fired later over another page).
    for (let i = 0; i < 3; i++) {
      await openGuideFromSearch(page);
      await visible(page, '.e2e-about-data-link').tap();
      await visible(page, CONTENT.aboutData).first().waitFor();
      await page.goBack();
      await shows(page, 'guide', `#${i}: the browser’s back straight after 关于数据 opened`);
      await tapBack(page);
      await visible(page, CONTENT.search).first().tap();
      await visible(page, CONTENT.guide).waitFor();
      await page.evaluate(() => history.back());
      await shows(page, 'search', `#${i}: history.back() straight after the guide opened again`);
    }
    await tabsWork(page);
  });

  test('back: a guide opened by its address → 返回 renders 办事 (not a blank page, not out of the app); the tabs work', async () => {
    await freshLoad(page, pageUrl(base, 'guide', { code: await firstMatterCode(page) }));
    await shows(page, 'guide', 'the guide opened by its address');
    await tapBack(page);
    await shows(page, 'search', '返回 from a guide opened by its address');
    await tabsWork(page);
  });

  test('back: 关于数据 opened by its address → 返回 renders its tab; a guide opened from there goes back to it', async () => {
    await freshLoad(page, pageUrl(base, 'aboutData'));
    await shows(page, 'aboutData', '关于数据 opened by its address');
    await tapBack(page);
    await shows(page, 'search', '返回 from 关于数据 opened by its address');
    await visible(page, CONTENT.search).first().tap();
    await shows(page, 'guide', 'a matter of 办事');
    await page.goBack();
    await shows(page, 'search', 'the browser’s back from the guide');
  });

  test('back: 电子证照 opened by its address → 返回 renders 我的; the tabs work', async () => {
    await freshLoad(page, pageUrl(base, 'licences'));
    await shows(page, 'licences', '电子证照 opened by its address');
    await tapBack(page);
    await shows(page, 'mine', '返回 from 电子证照 opened by its address');
    await tabsWork(page);
  });

  test('back: after going back, the pages in 长辈模式 render too (screenshots)', async () => {
    await setElderMode(page, true);
    await openGuideFromSearch(page);
    await openAboutData(page);
    await page.goBack();
    await shows(page, 'guide', 'the browser’s back from 关于数据');
    await visible(page, '.e2e-root.elder').first().waitFor();
    await shot(page, 'h5-back-guide-elder.png');
    await tapBack(page);
    await shows(page, 'search', '返回 from the guide');
    await shot(page, 'h5-back-search-elder.png');
    await openWallet(page);
    await page.goBack();
    await shows(page, 'mine', 'the browser’s back from 电子证照');
    await visible(page, '.e2e-root.elder').first().waitFor();
    await shot(page, 'h5-back-mine-elder.png');
    await setElderMode(page, false);
  });
});

/** The code of the first matter 办事 lists (read through the app's own page, so the deep link is a real one). */
async function firstMatterCode(page: Page): Promise<string> {
  await openGuideFromSearch(page);
  const code = new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('code');
  assert(code, `no code in the guide's address ${page.url()}`);
  return code;
}

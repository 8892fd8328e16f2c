// The resident's main path, shared by home.spec.ts (normal mode) and elder.spec.ts (长辈模式):
// 首页 → search 社保卡 → the guide.
import type { Locator, Page } from '@playwright/test';
import { assert, settle, visible } from './app';

export const QUERY = '社保卡';
export const EXPECTED = '社会保障卡';

export async function waitHomeLoaded(page: Page): Promise<void> {
  await visible(page, '.e2e-home-search').waitFor();
  await visible(page, '.e2e-hot .e2e-result-item').first().waitFor();
  assert((await visible(page, '.e2e-error').count()) === 0, 'home shows an error state');
}

/**
 * From the home page: tap the search bar, type the query, wait until the results for that query (not the
 * previous list) are shown and 社会保障卡 is among the first three. Returns the locator of that item.
 */
export async function searchFromHome(page: Page): Promise<Locator> {
  await visible(page, '.e2e-home-search').tap();
  const input = visible(page, '.e2e-search-input input');
  await input.waitFor();
  // E2E.md: the bar opens 办事 "with the keyboard up", i.e. the box is focused.
  await input.evaluate(
    (el) =>
      new Promise<void>((res, rej) => {
        const t0 = Date.now();
        const tick = () =>
          document.activeElement === el
            ? res()
            : Date.now() - t0 > 3000
              ? rej(new Error('search box was not focused'))
              : requestAnimationFrame(tick);
        tick();
      }),
  );
  await input.fill(QUERY);
  try {
    // The list header reads “<q>”，共 N 个 once the debounced query has answered; items of an older query may
    // still be on screen before that, so wait for both the header and a settled list.
    await page.waitForFunction(
      ([q, expected]) => {
        const list = [...document.querySelectorAll('.e2e-results')].find((el) => el.checkVisibility());
        if (!list || [...document.querySelectorAll('.e2e-loading')].some((el) => el.checkVisibility())) return false;
        if (!list.textContent?.includes(`“${q}”`)) return false;
        const top = [...list.querySelectorAll('.e2e-result-item')].slice(0, 3);
        return top.some((el) => el.textContent?.includes(expected));
      },
      [QUERY, EXPECTED],
      { timeout: 10_000 },
    );
  } catch {
    const state = await page.evaluate(() => {
      const vis = (s: string) => [...document.querySelectorAll<HTMLElement>(s)].filter((el) => el.checkVisibility());
      const list = vis('.e2e-results')[0];
      if (list)
        return `top 3 = ${JSON.stringify(
          [...list.querySelectorAll<HTMLElement>('.e2e-result-item')]
            .slice(0, 3)
            .map((el) => el.innerText.replace(/\s+/g, ' ').trim().slice(0, 40)),
        )}`;
      if (vis('.e2e-error').length) return `error state: ${vis('.e2e-error')[0].textContent?.trim().slice(0, 80)}`;
      if (vis('.e2e-empty').length) return 'empty state';
      if (vis('.e2e-loading').length) return 'still loading';
      return 'no result list';
    });
    throw new Error(`no result containing ${EXPECTED} in the top 3 for “${QUERY}” within 10s (${state})`);
  }
  const top = visible(page, '.e2e-results .e2e-result-item');
  for (let i = 0; i < 3; i++) {
    if ((await top.nth(i).textContent())?.includes(EXPECTED)) return top.nth(i);
  }
  throw new Error('the matching result disappeared');
}

/** Opens a result and checks the guide: the tapped matter's name, a 申请材料 section with ≥ 1 material. */
export async function openGuide(page: Page, item: Locator): Promise<void> {
  const name = (await item.locator('.matter-item__name').textContent())?.trim();
  await item.tap();
  const title = visible(page, '.e2e-guide-name');
  await title.waitFor();
  const shown = (await title.textContent())?.trim();
  assert(shown === name, `guide shows “${shown}”, the tapped result was “${name}”`);
  const materials = visible(page, '.e2e-materials');
  await materials.waitFor();
  const heading = (await materials.locator('.section__title').first().textContent())?.trim();
  assert(heading === '申请材料', `materials section is titled “${heading}”`);
  const count = await materials.locator('.e2e-material-item').count();
  assert(count >= 1, 'no .e2e-material-item in 申请材料');
}

/** The guide scrolls inside its `.taro_page`, so a full-page shot would not help: bring 申请材料 to the top. */
export async function showMaterials(page: Page): Promise<void> {
  await settle(page);
  await visible(page, '.e2e-materials').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

/** Computed font sizes (CSS px) of the first visible element of each selector; null when there is none. */
export async function fontSizes(page: Page, selectors: string[]): Promise<Record<string, number | null>> {
  return page.evaluate((sels) => {
    const out: Record<string, number | null> = {};
    for (const s of sels) {
      const el = [...document.querySelectorAll(s)].find((e) => e.checkVisibility());
      out[s] = el ? parseFloat(getComputedStyle(el).fontSize) : null;
    }
    return out;
  }, selectors);
}

export async function elderState(page: Page): Promise<{ html: boolean; roots: boolean[] }> {
  return page.evaluate(() => ({
    html: document.documentElement.classList.contains('elder'),
    roots: [...document.querySelectorAll('.e2e-root')]
      .filter((e) => e.checkVisibility())
      .map((e) => e.classList.contains('elder')),
  }));
}

// The browser side of the H5 tests: the `test` every spec uses (with the app-health watch that fails the test during
// which the app logged a console error or an /api/ request failed or answered ≥ 500, and a screenshot of a failed
// test into test/artifacts), one browser context per scenario file, and the helpers the scenarios share.
// Selectors are the e2e- hooks documented in mini/E2E.md, so restyling the app does not break these tests.
// Functions passed to page.evaluate / waitForFunction run in the browser.
import { basename, join } from 'node:path';
import { test as base, expect, type Browser, type Locator, type Page } from '@playwright/test';
import type { FormField } from '@zsb/contracts';
import sharp from 'sharp';
import { ARTIFACTS, servers } from './servers';

export { expect };

/** The phone: 375×812 CSS px at 2×, touch, zh-CN; a new context per scenario file, so no storage carried over. */
const PHONE = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: 'zh-CN',
};

// What the watch has seen since the previous test ended, over every page the scenario files opened.
const seen = { consoleErrors: [] as string[], apiFailures: [] as string[] };
const openPages = new Set<Page>();

const oneLine = (e: unknown) =>
  String((e as Error)?.message ?? e)
    .split('\n')
    .filter(Boolean)
    .slice(0, 3)
    .join(' | ')
    .replace(/\s+/g, ' ')
    .slice(0, 400);

function watch(page: Page): void {
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const where = msg.location()?.url ?? '';
    // The sandbox's sign-in page (standing in for the provincial one) has no icon; the app's own must load.
    if (/\/favicon\.ico$/.test(where) && !where.startsWith(servers().base)) return;
    // Chromium logs every 4xx answer; an API refusal the app shows as a state (a used 亮证码) is not an app error.
    if (where.includes('/api/') && /status of 4\d\d/.test(msg.text())) return;
    seen.consoleErrors.push(`${msg.text().slice(0, 200)}${where ? ` @ ${where}` : ''}`);
  });
  page.on('pageerror', (err) => seen.consoleErrors.push(`uncaught: ${oneLine(err)}`));
}

/**
 * A new browser context on the phone and its page, watched. A scenario file opens one in `beforeAll` and walks its
 * checks on it in order (`test.describe.serial`): each check starts where the previous one left the app.
 */
export async function openApp(browser: Browser): Promise<Page> {
  const context = await browser.newContext(PHONE);
  context.on('page', watch);
  context.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 500)
      seen.apiFailures.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  context.on('requestfailed', (req) => {
    // A reload aborts in-flight requests on purpose; anything else (refused, reset) is a real failure.
    const why = req.failure()?.errorText ?? '';
    if (new URL(req.url()).pathname.startsWith('/api/') && !/ERR_ABORTED/.test(why))
      seen.apiFailures.push(`${why} ${req.method()} ${req.url()}`);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  openPages.add(page);
  return page;
}

export async function closeApp(page: Page | undefined): Promise<void> {
  if (!page) return;
  openPages.delete(page);
  await page.context().close();
}

export const test = base.extend<{ appHealth: void }>({
  appHealth: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring even when no fixture is used
    async ({}, use, testInfo) => {
      // What happened since the previous test ended (the file's beforeAll included) counts for this one.
      await use();
      if (testInfo.status !== testInfo.expectedStatus) {
        // failed-<file>-<line>.png: what the app showed when the test failed.
        const name = `failed-${basename(testInfo.file, '.spec.ts')}-${testInfo.line}`;
        let i = 0;
        for (const page of openPages) {
          const file = join(ARTIFACTS, `${name}${i++ ? `-${i}` : ''}.png`);
          await page.screenshot({ path: file }).catch(() => undefined);
        }
      }
      const consoleErrors = seen.consoleErrors.splice(0);
      const apiFailures = seen.apiFailures.splice(0);
      expect.soft(consoleErrors, 'no console errors from the app during this test').toEqual([]);
      expect(apiFailures, 'no /api/ response with status ≥ 500 (and no failed /api/ request) during this test').toEqual(
        [],
      );
    },
    { auto: true },
  ],
});

/** Throws with `message` unless `cond` holds: the checks' own words when a condition is not a single matcher. */
export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

/** Taro keeps visited tab pages mounted (hidden), so every query is scoped to what is visible. */
export const visible = (page: Page, selector: string): Locator => page.locator(`${selector} >> visible=true`);

export const text = async (locator: Locator): Promise<string> =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

/**
 * Taro slides a newly opened page in (a 300 ms CSS transition) and marks it `taro_page_stationed` when done;
 * screenshots taken before that show two half pages. Wait until the front page is stationed and still.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((el) => el.checkVisibility());
    const front = pages[pages.length - 1];
    const moving = document
      .getAnimations()
      .some(
        (a) =>
          a.effect instanceof KeyframeEffect &&
          a.effect.target?.classList?.contains('taro_page') &&
          a.playState === 'running',
      );
    return front?.classList.contains('taro_page_stationed') && !moving;
  });
}

/** A screenshot into test/artifacts (the docs show them), once the page stands still. */
export async function shot(page: Page, file: string): Promise<void> {
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, file) });
}

/** A toast (Taro draws it in the page on H5) covers what a screenshot is for: wait until it has gone. */
export async function noToast(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll('.taro__toast, .weui-toast')].some((el) => el.checkVisibility()),
      null,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

/** A screenshot without a toast over it. */
export async function cleanShot(page: Page, file: string): Promise<void> {
  await noToast(page);
  await shot(page, file);
}

export async function openTab(page: Page, label: string): Promise<void> {
  await visible(page, '.weui-tabbar__item').filter({ hasText: label }).first().tap();
}

/** A fresh load of a hash route (a hash change alone would keep the app's in-memory stores). */
export async function freshLoad(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Writes (or, for null, removes) the app's storage keys the way Taro's H5 storage does: `{ data }`. */
export async function setStorage(page: Page, baseUrl: string, values: Record<string, unknown>): Promise<void> {
  await page.goto(baseUrl);
  await page.evaluate((v) => {
    for (const [key, value] of Object.entries(v)) {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify({ data: value }));
    }
  }, values);
}

/** Brings an element to the top of its scrolling page (the pages scroll inside `.taro_page`). */
export async function scrollTo(locator: Locator, block: 'start' | 'center' = 'start'): Promise<void> {
  await locator.evaluate((el, b) => el.scrollIntoView({ block: b, behavior: 'instant' }), block);
}

/** A value an open field accepts, by its key and rules (the sandbox forms: 申请事由, bank card, family size …). */
export function answerFor(f: Pick<FormField, 'key' | 'type'> & { choices?: string[] | null }): string {
  if (f.type === 'choice') return f.choices![0];
  if (f.key === 'bankAccount') return '6217000000000000001';
  if (f.type === 'number' || f.key === 'familySize') return '3';
  if (f.type === 'phone') return '13800000009';
  if (f.type === 'textarea') return '本人申请办理，材料已备齐';
  return '河南省安阳市文峰区东大街 1 号';
}

/** A PNG of noise (so it does not compress): large enough that a throttled upload shows its progress. */
export async function noisePng(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919 + (i >> 5) * 104729) % 251;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

/** Polls `probe` until `ok` holds of its answer (expect.poll), and answers that value. */
export async function until<T>(
  probe: () => Promise<T>,
  ok: (v: T) => unknown,
  ms = 15_000,
  what = 'condition',
): Promise<T> {
  let last: T | undefined;
  await expect
    .poll(
      async () => {
        last = await probe();
        return Boolean(ok(last));
      },
      { message: `waiting for ${what}`, timeout: ms, intervals: [200] },
    )
    .toBe(true);
  return last as T;
}

interface ElderSelectors {
  body: string[];
  titles?: string[];
  buttons?: string[];
}

/** Text sizes and tap heights in 长辈模式, per E2E.md: body ≥ 18 px, titles ≥ 30 px, buttons ≥ 60 px tall. */
export async function elderProblems(
  page: Page,
  { body, titles = ['.section__title'], buttons = ['.btn'] }: ElderSelectors,
): Promise<string[]> {
  const got = await page.evaluate(
    ([b, t, btn]) => {
      const first = (s: string) => [...document.querySelectorAll(s)].find((el) => el.checkVisibility());
      const px = (s: string) => {
        const el = first(s);
        return el ? parseFloat(getComputedStyle(el).fontSize) : null;
      };
      return {
        body: Object.fromEntries(b.map((s) => [s, px(s)])),
        titles: Object.fromEntries(t.map((s) => [s, px(s)])),
        buttons: Object.fromEntries(btn.map((s) => [s, first(s)?.getBoundingClientRect().height ?? null])),
      };
    },
    [body, titles, buttons],
  );
  const problems: string[] = [];
  for (const [s, v] of Object.entries(got.body)) if (!(v !== null && v >= 18)) problems.push(`${s} ${v}px < 18`);
  for (const [s, v] of Object.entries(got.titles)) if (!(v !== null && v >= 30)) problems.push(`${s} ${v}px < 30`);
  for (const [s, v] of Object.entries(got.buttons))
    if (!(v !== null && v >= 60)) problems.push(`${s} ${v}px tall < 60`);
  return problems;
}

/** Whether anything visible of these selectors reaches past the phone's edges or has its text cut off. */
export async function cutOff(page: Page, selectors: string[]): Promise<string[]> {
  return page.evaluate(
    ([sels, width]) => {
      const out: string[] = [];
      for (const s of sels)
        for (const el of [...document.querySelectorAll<HTMLElement>(s)].filter((e) => e.checkVisibility())) {
          const r = el.getBoundingClientRect();
          const what = `${s} “${(el.textContent ?? '').trim().slice(0, 20)}”`;
          if (r.left < -0.5 || r.right > width + 0.5)
            out.push(`${what} spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
          if (el.scrollWidth > el.clientWidth + 1)
            out.push(`${what} is cut off (${el.scrollWidth} > ${el.clientWidth})`);
        }
      return out;
    },
    // The page's own width: a spec may shoot at another phone size (390×844) than the default.
    [selectors, page.viewportSize()?.width ?? PHONE.viewport.width] as const,
  );
}

/** Sizes (CSS px) of every visible element of a selector that are under `min` in height or width. */
export async function shortTargets(locator: Locator, min: number, what: string): Promise<string[]> {
  const out: string[] = [];
  const n = await locator.count();
  assert(n > 0, `no ${what} on the page`);
  for (let i = 0; i < n; i++) {
    const box = await locator.nth(i).boundingBox();
    if (!box || box.height < min || box.width < min)
      out.push(
        `${what} #${i + 1} is ${box ? `${Math.round(box.width)}×${Math.round(box.height)}` : 'not laid out'} < ${min} px`,
      );
  }
  return out;
}

// The browser side of the console test: a desktop context (1366×768, zh-CN), the same health watch as the H5 suite
// (a console error or an /api/ answer ≥ 500 during a test fails it; a failed test leaves a screenshot), and the
// calls the scenario makes with the signed-in browser's own token.
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import { ARTIFACTS, servers } from '../h5/support/servers';

export { expect };

export const DESKTOP = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN', acceptDownloads: true };

const seen = { consoleErrors: [] as string[], apiFailures: [] as string[] };
const openPages = new Set<Page>();

export async function openConsole(browser: Browser): Promise<Page> {
  const context = await browser.newContext(DESKTOP);
  context.on('page', (page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location()?.url ?? '';
      // The identity service's page (another origin) has no icon; an API refusal shown as a state is not an error.
      if (/\/favicon\.ico$/.test(where) && !where.startsWith(servers().base)) return;
      if (/status of 4\d\d/.test(msg.text())) return;
      seen.consoleErrors.push(`${msg.text().slice(0, 300)}${where ? ` @ ${where}` : ''}`);
    });
    page.on('pageerror', (err) => seen.consoleErrors.push(`uncaught: ${err.message.slice(0, 300)}`));
  });
  context.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 500)
      seen.apiFailures.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  openPages.add(page);
  return page;
}

export async function closeConsole(page: Page | undefined): Promise<void> {
  if (!page) return;
  openPages.delete(page);
  await page.context().close();
}

export const test = base.extend<{ consoleHealth: void }>({
  consoleHealth: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring even when no fixture is used
    async ({}, use, testInfo) => {
      await use();
      if (testInfo.status !== testInfo.expectedStatus) {
        let i = 0;
        for (const page of openPages)
          await page
            .screenshot({
              path: join(ARTIFACTS, `failed-${basename(testInfo.file, '.spec.ts')}-${testInfo.line}-${i++}.png`),
            })
            .catch(() => undefined);
      }
      expect.soft(seen.consoleErrors.splice(0), 'no console errors from the console app during this test').toEqual([]);
      expect(seen.apiFailures.splice(0), 'no /api/ answer ≥ 500 during this test').toEqual([]);
    },
    { auto: true },
  ],
});

/** A screenshot into test/artifacts once nothing moves (antd's drawers and messages animate). */
export async function shot(page: Page, file: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  await page.screenshot({ path: join(ARTIFACTS, file) });
}

async function tokenOf(page: Page): Promise<string> {
  const token = await page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('zsb.console.session') ?? 'null') as { accessToken?: string } | null)
        ?.accessToken,
  );
  if (!token) throw new Error('the console holds no session');
  return token;
}

/** GET an /api/v1 path with the token the console keeps in this tab's sessionStorage. */
export async function apiAsConsole<T>(page: Page, path: string): Promise<T> {
  const token = await tokenOf(page);
  const res = await fetch(new URL(path, servers().base), { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** POST to an /api/v1 path as the signed-in console (a fresh Idempotency-Key), answering the parsed body. */
export async function postAsConsole<T>(page: Page, path: string, body: unknown): Promise<T> {
  const token = await tokenOf(page);
  const res = await fetch(new URL(path, servers().base), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`POST ${path} → ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

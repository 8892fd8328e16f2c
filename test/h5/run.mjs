// `npm run test:e2e`: the H5 app in headless Chromium against the real BFF and the sandbox upstream.
// It builds nothing (run `npm run build:h5` and `npx tsc -b packages/contracts packages/domain packages/sandbox bff`
// first), starts both servers on free ports with a fresh data folder (and a fresh PostgreSQL database when
// PG_ADMIN_URL answers), walks the resident's main path — home → search 社保卡 → guide — in normal and in 长辈模式,
// then the signed-in flows (licences, booking, 在线办理, 一件事一次办, 窗口签到), and prints one line per check. Selectors are the `e2e-` hooks documented in mini/E2E.md, so restyling the app does not break
// this test.
// Functions passed to page.evaluate / waitForFunction run in the browser.
/* global document, getComputedStyle, requestAnimationFrame */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { ACCOUNT_PLAN, accountScenario, identityTakeoverScenario, verifyScenario, walletScenario } from './account.mjs';
import { APPLY_PLAN, applyScenario } from './apply.mjs';
import { BOOKINGS_PLAN, bookingsScenario } from './bookings.mjs';
import { STAFF_PLAN, staffScenario } from './staff.mjs';
import { THEME_PLAN, themeScenario } from './theme.mjs';

const root = resolve(import.meta.dirname, '../..');
const H5_DIR = join(root, 'mini/dist/h5');
const ARTIFACTS = join(root, 'test/artifacts');
const OVERALL_TIMEOUT_MS = 420_000;
// The BFF runs on a fresh database of this PostgreSQL (as in CI) when it answers, so the operator script
// bff/scripts/staff.mjs can grant a window-staff scope while the BFF runs; otherwise on PGlite in the data folder,
// and the window check-in checks fail saying so.
const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const QUERY = '社保卡';
const EXPECTED = '社会保障卡';

// ---------------------------------------------------------------------------------------------------------------
// Checks: every planned check is reported exactly once, so a run that dies half-way still counts what did not run.

const PLAN = {
  setup:
    'setup: sandbox and BFF start (on a fresh PostgreSQL database when PG_ADMIN_URL answers), /health/ready answers 200',
  home: 'normal: home page shows the search bar and the hot list',
  search: `normal: home search bar opens 办事; “${QUERY}” lists ${EXPECTED} in the top 3`,
  guide: 'normal: the result opens its guide with 申请材料 and ≥ 1 material',
  elderOn: 'elder: the 我的 switch turns 长辈模式 on (.e2e-root.elder, html.elder)',
  elderFlow: `elder: home → search “${QUERY}” → guide still works`,
  elderSizes: 'elder: guide body text ≥ 18 CSS px and headings ≥ 30 CSS px',
  elderReload: 'elder: 长辈模式 survives a reload',
  ...ACCOUNT_PLAN,
  ...BOOKINGS_PLAN,
  ...APPLY_PLAN,
  ...THEME_PLAN,
  ...STAFF_PLAN,
  console: 'no console errors from the app during the flows',
  api5xx: 'no /api/ response with status ≥ 500 (and no failed /api/ request)',
};
const results = new Map();
// Set once the run is being torn down: a check still in flight then fails because its servers are gone, which
// would hide the real reason (the timeout); it is reported as not finished instead.
let closing = false;

class StepFailed extends Error {}

function record(key, ok, reason) {
  if (results.has(key) || closing) return;
  results.set(key, { ok, reason });
  console.log(ok ? `✓ ${PLAN[key]}` : `✗ ${PLAN[key]}: ${reason}`);
}

// The browser page, once there is one: a failed check leaves a screenshot of what it saw (failed-<check>.png).
let pageOnFailure = null;

/** Runs one check; a failure is recorded and aborts the rest of its scenario (later steps depend on it). */
async function check(key, fn) {
  try {
    await fn();
    record(key, true);
  } catch (e) {
    record(key, false, oneLine(e));
    if (pageOnFailure && !closing)
      await pageOnFailure.screenshot({ path: join(ARTIFACTS, `failed-${key}.png`) }).catch(() => undefined);
    throw new StepFailed(key);
  }
}

/** Runs a scenario; its own step failures are already recorded, anything else is a bug in this file or a crash. */
async function scenario(fn) {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof StepFailed)) throw e;
  }
}

const oneLine = (e) =>
  String(e?.message ?? e)
    .split('\n')
    .filter(Boolean)
    .slice(0, 3)
    .join(' | ')
    .replace(/\s+/g, ' ')
    .slice(0, 400);
const assert = (cond, message) => {
  if (!cond) throw new Error(message);
};

// ---------------------------------------------------------------------------------------------------------------
// Servers. Own spawn helper (not test/bench/procs.mjs) so a child is tracked from the moment it exists and is
// stopped even when it never becomes ready.

const children = [];
const tempDirs = [];
const databases = [];

/** A new, empty database on PG_ADMIN_URL's server, or null when that server cannot be reached. */
async function freshPostgres() {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `zsb_e2e_${process.pid}_${Date.now().toString(36)}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  databases.push(name);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabases() {
  if (databases.length === 0) return;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } catch (e) {
    console.log(`(could not drop the test database: ${oneLine(e)})`);
  } finally {
    await admin.end().catch(() => undefined);
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/** Starts `node script` and resolves with the URL it prints on `ready`; rejects if it exits or stays silent. */
function startServer(name, script, env, ready, ms = 30_000) {
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  return new Promise((res, rej) => {
    const timer = setTimeout(
      () => rej(new Error(`${name} printed no ready line in ${ms / 1000}s: ${out.slice(-800)}`)),
      ms,
    );
    const onData = (chunk) => {
      out = (out + chunk).slice(-20_000);
      const m = out.match(ready);
      if (m) {
        clearTimeout(timer);
        res({ child, url: m[1], output: () => out });
      }
    };
    // Keep draining both pipes for the whole run: a full pipe would block the server.
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      rej(new Error(`${name} exited (${code ?? signal}) before it was ready: ${out.slice(-800)}`));
    });
  });
}

async function waitHealthy(url, child, ms = 60_000) {
  const until = Date.now() + ms;
  let last = 'no answer';
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`BFF exited (${child.exitCode}) while waiting for ${url}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready in ${ms / 1000}s (last: ${last})`);
}

function stopChild(child) {
  return new Promise((res) => {
    if (child.exitCode !== null || child.signalCode !== null) return res();
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      res();
    });
    child.kill('SIGTERM');
  });
}

// Last resort if the process is torn down without reaching `finally` (e.g. an uncaught error elsewhere).
process.on('exit', () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

// ---------------------------------------------------------------------------------------------------------------
// Browser helpers. Taro keeps visited tab pages mounted (hidden), so every query is scoped with `:visible`.

const visible = (page, selector) => page.locator(`${selector} >> visible=true`);

/**
 * Taro slides a newly opened page in (a 300 ms CSS transition) and marks it `taro_page_stationed` when done;
 * screenshots taken before that show two half pages. Wait until the front page is stationed and still.
 */
async function settle(page) {
  await page.waitForFunction(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((el) => el.checkVisibility());
    const front = pages[pages.length - 1];
    const moving = document
      .getAnimations()
      .some((a) => a.effect?.target?.classList?.contains('taro_page') && a.playState === 'running');
    return front?.classList.contains('taro_page_stationed') && !moving;
  });
}

async function shot(page, file) {
  await settle(page);
  await page.screenshot({ path: join(ARTIFACTS, file) });
}

/** The guide scrolls inside its `.taro_page`, so a full-page shot would not help: bring 申请材料 to the top. */
async function showMaterials(page) {
  await settle(page);
  await visible(page, '.e2e-materials').evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
}

async function openTab(page, label) {
  await visible(page, '.weui-tabbar__item').filter({ hasText: label }).first().tap();
}

async function waitHomeLoaded(page) {
  await visible(page, '.e2e-home-search').waitFor();
  await visible(page, '.e2e-hot .e2e-result-item').first().waitFor();
  assert((await visible(page, '.e2e-error').count()) === 0, 'home shows an error state');
}

/**
 * From the home page: tap the search bar, type the query, wait until the results for that query (not the
 * previous list) are shown and 社会保障卡 is among the first three. Returns the locator of that item.
 */
async function searchFromHome(page) {
  await visible(page, '.e2e-home-search').tap();
  const input = visible(page, '.e2e-search-input input');
  await input.waitFor();
  // E2E.md: the bar opens 办事 "with the keyboard up", i.e. the box is focused.
  await input.evaluate(
    (el) =>
      new Promise((res, rej) => {
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
        if (!list.textContent.includes(`“${q}”`)) return false;
        const top = [...list.querySelectorAll('.e2e-result-item')].slice(0, 3);
        return top.some((el) => el.textContent.includes(expected));
      },
      [QUERY, EXPECTED],
      { timeout: 10_000 },
    );
  } catch {
    const state = await page.evaluate(() => {
      const vis = (s) => [...document.querySelectorAll(s)].filter((el) => el.checkVisibility());
      const list = vis('.e2e-results')[0];
      if (list)
        return `top 3 = ${JSON.stringify([...list.querySelectorAll('.e2e-result-item')].slice(0, 3).map((el) => el.innerText.replace(/\s+/g, ' ').trim().slice(0, 40)))}`;
      if (vis('.e2e-error').length) return `error state: ${vis('.e2e-error')[0].textContent.trim().slice(0, 80)}`;
      if (vis('.e2e-empty').length) return 'empty state';
      if (vis('.e2e-loading').length) return 'still loading';
      return 'no result list';
    });
    throw new Error(`no result containing ${EXPECTED} in the top 3 for “${QUERY}” within 10s (${state})`);
  }
  const top = visible(page, '.e2e-results .e2e-result-item');
  for (let i = 0; i < 3; i++) {
    if ((await top.nth(i).textContent()).includes(EXPECTED)) return top.nth(i);
  }
  throw new Error('the matching result disappeared');
}

/** Opens a result and checks the guide: the tapped matter's name, a 申请材料 section with ≥ 1 material. */
async function openGuide(page, item) {
  const name = (await item.locator('.matter-item__name').textContent()).trim();
  await item.tap();
  const title = visible(page, '.e2e-guide-name');
  await title.waitFor();
  const shown = (await title.textContent()).trim();
  assert(shown === name, `guide shows “${shown}”, the tapped result was “${name}”`);
  const materials = visible(page, '.e2e-materials');
  await materials.waitFor();
  const heading = (await materials.locator('.section__title').first().textContent()).trim();
  assert(heading === '申请材料', `materials section is titled “${heading}”`);
  const count = await materials.locator('.e2e-material-item').count();
  assert(count >= 1, 'no .e2e-material-item in 申请材料');
}

/** Computed font sizes (CSS px) of the first visible element of each selector; null when there is none. */
async function fontSizes(page, selectors) {
  return page.evaluate((sels) => {
    const out = {};
    for (const s of sels) {
      const el = [...document.querySelectorAll(s)].find((e) => e.checkVisibility());
      out[s] = el ? parseFloat(getComputedStyle(el).fontSize) : null;
    }
    return out;
  }, selectors);
}

async function elderState(page) {
  return page.evaluate(() => ({
    html: document.documentElement.classList.contains('elder'),
    roots: [...document.querySelectorAll('.e2e-root')]
      .filter((e) => e.checkVisibility())
      .map((e) => e.classList.contains('elder')),
  }));
}

// ---------------------------------------------------------------------------------------------------------------

async function main(state) {
  const missing = [
    [join(H5_DIR, 'index.html'), 'npm run build:h5'],
    [join(root, 'bff/dist/main.js'), 'npx tsc -b packages/contracts packages/domain packages/sandbox bff'],
    [join(root, 'packages/sandbox/dist/main.js'), 'npx tsc -b packages/contracts packages/domain packages/sandbox bff'],
  ].filter(([file]) => !existsSync(file));
  if (missing.length) {
    record(
      'setup',
      false,
      `missing build output: ${missing.map(([f, cmd]) => `${f.slice(root.length + 1)} (run \`${cmd}\`)`).join(', ')}`,
    );
    throw new StepFailed('setup');
  }
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('failed-')) rmSync(join(ARTIFACTS, f));

  let base;
  let sandboxUrl;
  let bffEnv;
  let databaseUrl = null;
  await check('setup', async () => {
    const sandbox = await startServer(
      'sandbox',
      'packages/sandbox/dist/main.js',
      { SANDBOX_PORT: '0', SANDBOX_HOST: '127.0.0.1' },
      /sandbox listening on (http:\/\/\S+)/,
    );
    sandboxUrl = sandbox.url;
    const dataDir = mkdtempSync(join(tmpdir(), 'zsb-e2e-data-'));
    tempDirs.push(dataDir);
    const port = await freePort();
    databaseUrl = await freshPostgres();
    console.log(databaseUrl ? `  (BFF on PostgreSQL ${new URL(databaseUrl).pathname.slice(1)})` : '  (BFF on PGlite)');
    bffEnv = {
      APP_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? '',
      PLATFORM_URL: sandbox.url,
      H5_DIR,
      LOG_LEVEL: 'warn',
      // The development profile allows one SMS code a minute per phone. The identity scenario sends a code to a
      // resident's phone on file within a minute of verifying her over the API (and the phone-on-file step right
      // after the code to the new phone), as a real person would over minutes: let that through.
      SMS_PER_PHONE_MINUTE: '10',
      SMS_PER_PHONE_HOUR: '50',
    };
    const bff = await startServer('BFF', 'bff/dist/main.js', bffEnv, /BFF listening on (http:\/\/\S+)/);
    await waitHealthy(`${bff.url}/health/ready`, bff.child);
    base = `${bff.url}/`;
  });

  // A fresh profile per run: no storage (elder mode!) carried over from an earlier run. Playwright refuses
  // --user-data-dir in `args`, so the persistent-context API is how to give it one.
  const profile = mkdtempSync(join(tmpdir(), 'zsb-e2e-chromium-'));
  tempDirs.push(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  state.context = context;

  // Collected over the whole run, judged at the end (scenario c).
  const consoleErrors = [];
  const apiFailures = [];
  const watched = new WeakSet();
  const watch = (page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const where = msg.location()?.url ?? '';
      if (/favicon/i.test(where) || /favicon/i.test(msg.text())) return;
      // Chromium logs every 4xx answer; an API refusal the app shows as a state (a used 亮证码) is not an app error.
      if (where.includes('/api/') && /status of 4\d\d/.test(msg.text())) return;
      consoleErrors.push(`${msg.text().slice(0, 200)}${where ? ` @ ${where}` : ''}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${oneLine(err)}`));
  };
  context.on('page', watch);
  context.on('response', (r) => {
    if (new URL(r.url()).pathname.startsWith('/api/') && r.status() >= 500)
      apiFailures.push(`${r.status()} ${r.request().method()} ${r.url()}`);
  });
  context.on('requestfailed', (req) => {
    // A reload aborts in-flight requests on purpose; anything else (refused, reset) is a real failure.
    const why = req.failure()?.errorText ?? '';
    if (new URL(req.url()).pathname.startsWith('/api/') && !/ERR_ABORTED/.test(why))
      apiFailures.push(`${why} ${req.method()} ${req.url()}`);
  });

  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  pageOnFailure = page;
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);

  // a. Normal mode ------------------------------------------------------------------------------------------------
  await scenario(async () => {
    await check('home', async () => {
      await page.goto(base);
      await waitHomeLoaded(page);
      const root = await elderState(page);
      assert(!root.html && root.roots.every((e) => !e), 'a fresh profile starts in 长辈模式');
      await shot(page, 'h5-home.png');
    });
    let item;
    await check('search', async () => {
      item = await searchFromHome(page);
      await shot(page, 'h5-search.png');
    });
    await check('guide', async () => {
      await openGuide(page, item);
      await showMaterials(page);
      await shot(page, 'h5-guide.png');
    });
  });

  // b. 长辈模式 ---------------------------------------------------------------------------------------------------------
  await scenario(async () => {
    await check('elderOn', async () => {
      // Start over from the launch page (a full load, not a hash change) and use the tab bar like a resident.
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
    await check('elderFlow', async () => {
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
    await check('elderSizes', async () => {
      assert((await elderState(page)).roots.every(Boolean), 'guide .e2e-root is not in 长辈模式');
      // Body text: the depth explanation (--fs-body) and a material's name and form; headings per E2E.md.
      const body = ['.guide-depth__detail', '.e2e-material-item .material__name', '.e2e-material-item .material__form'];
      const heads = ['.guide-head__name', '.e2e-materials .section__title'];
      const px = await fontSizes(page, [...body, ...heads]);
      const problems = [];
      for (const s of body) if (!(px[s] >= 18)) problems.push(`${s} ${px[s] ?? 'missing'}px < 18`);
      for (const s of heads) if (!(px[s] >= 30)) problems.push(`${s} ${px[s] ?? 'missing'}px < 30`);
      assert(problems.length === 0, problems.join('; '));
    });
    await check('elderReload', async () => {
      await page.reload();
      await visible(page, '.e2e-guide-name').waitFor();
      const root = await elderState(page);
      assert(root.html, '<html> lost class elder after reload');
      assert(root.roots.length > 0 && root.roots.every(Boolean), '.e2e-root lost class elder after reload');
    });
  });

  // d. Signed in: identity and licences (after 长辈模式, so the new pages are seen in it too) ----------------------
  const t = { page, base, sandboxUrl, check, visible, shot, settle, assert, openTab, bffEnv, databaseUrl };
  await scenario(() => accountScenario(t));
  await scenario(() => walletScenario(t));
  await scenario(() => verifyScenario(t));
  await scenario(() => identityTakeoverScenario(t));
  // e. Window booking (its own resident, signed in through the API; ends in 长辈模式) --------------------------------
  await scenario(() => bookingsScenario(t));
  // f. 在线办理 through to the number, 我的办件, the public query, a 补正 and the messages; then 长辈模式 ------------------
  await scenario(() => applyScenario(t));
  // g. 一件事一次办: one form for a theme's matters, submitted as linked applications; then 长辈模式 ------------------
  await scenario(() => themeScenario(t));
  // h. 窗口签到: a resident made window staff by the operator script checks another resident's booking in ------------
  await scenario(() => staffScenario(t));

  // c. Console and API health over everything above -------------------------------------------------------------
  await scenario(() =>
    check('console', () =>
      assert(consoleErrors.length === 0, `${consoleErrors.length}: ${consoleErrors.slice(0, 3).join(' || ')}`),
    ),
  );
  await scenario(() =>
    check('api5xx', () =>
      assert(apiFailures.length === 0, `${apiFailures.length}: ${apiFailures.slice(0, 3).join(' || ')}`),
    ),
  );
}

// ---------------------------------------------------------------------------------------------------------------

const state = { context: null };
let timer;
let crash = null;
try {
  const timeout = new Promise((_, rej) => {
    timer = setTimeout(
      () => rej(new Error(`overall timeout of ${OVERALL_TIMEOUT_MS / 1000}s exceeded`)),
      OVERALL_TIMEOUT_MS,
    );
  });
  await Promise.race([main(state), timeout]);
} catch (e) {
  if (!(e instanceof StepFailed)) crash = e;
} finally {
  clearTimeout(timer);
  closing = true;
  // Close the browser with a bound: a hung Chromium must not keep the servers (and this process) alive.
  if (state.context)
    await Promise.race([state.context.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
  await Promise.all(children.map(stopChild));
  await dropDatabases();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true, maxRetries: 3 });
}

closing = false;
const reason = crash ? `not run or not finished: ${oneLine(crash)}` : 'not run: an earlier step it depends on failed';
for (const key of Object.keys(PLAN)) if (!results.has(key)) record(key, false, reason);
const failed = [...results.values()].filter((r) => !r.ok).length;
console.log(`${results.size - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

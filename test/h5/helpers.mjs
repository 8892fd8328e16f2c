// Browser and polling helpers shared by the scenario files of the H5 end-to-end run (run.mjs holds the harness:
// servers, `check`, screenshots).
/* global document, getComputedStyle */
import sharp from 'sharp';

export const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();

/** A value an open field accepts, by its key and rules (the sandbox forms: 申请事由, bank card, family size …). */
export function answerFor(f) {
  if (f.type === 'choice') return f.choices[0];
  if (f.key === 'bankAccount') return '6217000000000000001';
  if (f.type === 'number' || f.key === 'familySize') return '3';
  if (f.type === 'phone') return '13800000009';
  if (f.type === 'textarea') return '本人申请办理，材料已备齐';
  return '河南省安阳市文峰区东大街 1 号';
}

/** A fresh load of a hash route (a hash change alone would keep the app's in-memory stores). */
export async function freshLoad(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Writes (or, for null, removes) the app's storage keys the way Taro's H5 storage does: `{ data }`. */
export async function setStorage(page, base, values) {
  await page.goto(base);
  await page.evaluate((v) => {
    for (const [key, value] of Object.entries(v)) {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, JSON.stringify({ data: value }));
    }
  }, values);
}

/** A PNG of noise (so it does not compress): large enough that a throttled upload shows its progress. */
export async function noisePng(width, height) {
  const raw = Buffer.alloc(width * height * 3);
  for (let i = 0; i < raw.length; i++) raw[i] = (i * 7919 + (i >> 5) * 104729) % 251;
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 0 })
    .toBuffer();
}

export async function until(probe, ok, ms = 15_000, what = 'condition') {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(v)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A toast (Taro draws it in the page on H5) covers what a screenshot is for: wait until it has gone. */
export async function noToast(page) {
  await page
    .waitForFunction(
      () => ![...document.querySelectorAll('.taro__toast, .weui-toast')].some((el) => el.checkVisibility()),
      null,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

/** Text sizes and tap heights in 长辈模式, per E2E.md. */
export async function elderProblems(page, { body, titles = ['.section__title'], buttons = ['.btn'] }) {
  const got = await page.evaluate(
    ([b, t, btn]) => {
      const first = (s) => [...document.querySelectorAll(s)].find((el) => el.checkVisibility());
      const px = (s) => (first(s) ? parseFloat(getComputedStyle(first(s)).fontSize) : null);
      return {
        body: Object.fromEntries(b.map((s) => [s, px(s)])),
        titles: Object.fromEntries(t.map((s) => [s, px(s)])),
        buttons: Object.fromEntries(btn.map((s) => [s, first(s)?.getBoundingClientRect().height ?? null])),
      };
    },
    [body, titles, buttons],
  );
  const problems = [];
  for (const [s, v] of Object.entries(got.body)) if (!(v >= 18)) problems.push(`${s} ${v}px < 18`);
  for (const [s, v] of Object.entries(got.titles)) if (!(v >= 30)) problems.push(`${s} ${v}px < 30`);
  for (const [s, v] of Object.entries(got.buttons)) if (!(v >= 60)) problems.push(`${s} ${v}px tall < 60`);
  return problems;
}

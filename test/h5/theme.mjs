// The 一件事一次办 part of the H5 end-to-end run: from a theme's page, 一次申请 fills one form for all its 掌上办
// matters (each question and material once, a licence allowed for every matter that uses it, photos for the rest),
// submits them as linked applications and shows each 办件编号 as it arrives; the theme's matters that are done at a
// window are offered 预约. Then the same pages in 长辈模式. Helpers and `check` come from run.mjs; selectors are the
// e2e- hooks of mini/E2E.md.
/* global document */
import { sandboxResidents, verifiedResident } from '../support/sign-in.mjs';
import { answerFor, elderProblems, freshLoad, noisePng, noToast, setStorage, text, until } from './helpers.mjs';

export const THEME_PLAN = {
  thSetup:
    'theme: a fifth resident signs in over the API; a theme whose combined form has ≥ 2 matters and a licence she holds',
  thPage:
    'theme: the theme page offers 一次申请 and lists the matters done at a window, each with 预约 into the booking flow',
  thForm:
    'theme: 一次申请 opens one form for all its matters: identity locked, each question once, checked at the field',
  thResume: 'theme: what was typed is kept on the phone; the theme page then offers 继续上次填写 and brings it back',
  thMaterials:
    'theme: each material names the matters that use it; 使用电子证照 asks consent once and stores it for every one of them; photos upload',
  thSubmit: 'theme: review, then one POST /theme-applications with an Idempotency-Key; the copy on the phone is gone',
  thDone:
    'theme: the success page lists every linked application with its 办件编号 and 查询码 as they arrive, as stored',
  thElder: 'theme: form, materials and success page in 长辈模式 (body ≥ 18 px, titles ≥ 30 px, buttons ≥ 60 px)',
};

const unique = (xs) => [...new Set(xs)];

/**
 * A theme whose combined form covers ≥ 2 matters and has a licence material the resident holds that serves ≥ 2 of
 * them; one with matters done at a window and few photos to take is preferred.
 */
async function pickTheme(api, auth) {
  const held = (await api('/api/v1/licences', { headers: auth })).items.filter((l) => l.status === 'valid');
  const candidates = [];
  for (const { id } of (await api('/api/v1/themes')).items) {
    const form = await api(`/api/v1/themes/${id}/form`, { headers: auth }).catch(() => null);
    if (!form || form.matters.length < 2 || form.fields.some((f) => !f.locked && f.type === 'date')) continue;
    const licenced = form.materials.filter((m) => m.licenceType && held.some((l) => l.typeCode === m.licenceType.code));
    const shared = licenced.find((m) => unique(m.matterCodes).length >= 2);
    if (!shared) continue;
    const photos = form.materials.filter((m) => m.required && !licenced.includes(m)).length;
    candidates.push({ form, licenced, shared, score: (form.atWindow.length > 0 ? 0 : 100) + photos });
  }
  candidates.sort((a, b) => a.score - b.score);
  if (!candidates.length) throw new Error('no theme has ≥ 2 matters and a shared licence material this resident holds');
  const { form, licenced, shared } = candidates[0];
  return { form, licenced, shared };
}

export async function themeScenario(t) {
  const { page, base, sandboxUrl, check, visible, settle, assert } = t;
  const shot = async (p, file) => {
    await noToast(p);
    await t.shot(p, file);
  };
  let api, auth, session, form, licenced, shared;

  await check('thSetup', async () => {
    const resident = (await sandboxResidents(sandboxUrl))[7];
    ({ api, auth, session } = await verifiedResident(base, sandboxUrl, resident));
    ({ form, licenced, shared } = await pickTheme(api, auth));
  });

  const posts = [];
  const onRequest = (req) => {
    const url = new URL(req.url());
    if (url.pathname === '/api/v1/theme-applications' && req.method() === 'POST')
      posts.push({ headers: req.headers(), body: req.postDataJSON() });
  };
  page.on('request', onRequest);
  const themeUrl = `${base}#/features/guide/theme/index?id=${encodeURIComponent(form.themeId)}`;
  const open = form.fields.filter((f) => !f.locked);
  const required = open.filter((f) => f.required);
  const reasonKey = open.find((f) => f.type === 'textarea' && f.required)?.key ?? 'reason';
  const fieldInput = (f) => visible(page, `.e2e-field-${f.key} ${f.type === 'textarea' ? 'textarea' : 'input'}`);
  const namesOf = (m) => unique(m.matterCodes).map((c) => form.matters.find((x) => x.code === c)?.name ?? c);
  const themeCopies = () =>
    page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zsb.themeDraft.')).length);
  let items;

  try {
    await setStorage(page, base, { 'zsb.session': session, 'zsb.elderMode': false });

    await check('thPage', async () => {
      await freshLoad(page, themeUrl);
      const apply = visible(page, '.e2e-theme-apply');
      await apply.waitFor();
      assert((await text(apply)) === '一次申请', `the theme page's button reads “${await text(apply)}”`);
      const actions = await text(visible(page, '.e2e-theme-actions'));
      assert(actions.includes(`${form.matters.length} 件事`), `the bar reads “${actions}”`);
      if (form.atWindow.length > 0) {
        const box = visible(page, '.e2e-theme-at-window');
        const shown = await text(box);
        assert(shown.includes('这些事项需要到窗口办理'), `the window box reads “${shown.slice(0, 80)}”`);
        for (const m of form.atWindow) assert(shown.includes(m.name), `${m.name} is not among the window matters`);
        assert(
          (await box.locator('.e2e-theme-book').count()) === form.atWindow.length,
          'not one 预约 per window matter',
        );
        await box.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await settle(page);
        await shot(page, 'h5-theme.png');
        // 预约 opens the booking flow's "choose a center" step for that matter.
        await box.locator('.e2e-theme-book').first().tap();
        const booking = visible(page, '.e2e-book-matter');
        await booking.waitFor();
        assert(
          (await text(booking)).includes(form.atWindow[0].name),
          `the booking flow is for “${await text(booking)}”`,
        );
        // Back once the page has slid in, as a resident would: sent back mid-slide, the H5 app sometimes showed a
        // blank page (1 run in 3 here).
        await settle(page);
        await page.goBack();
        await visible(page, '.e2e-theme-apply').waitFor();
        await settle(page);
      } else {
        await settle(page);
        await shot(page, 'h5-theme.png');
      }
    });

    await check('thForm', async () => {
      await visible(page, '.e2e-theme-apply').tap();
      await visible(page, '.e2e-theme-form-name').waitFor();
      assert((await text(visible(page, '.e2e-theme-form-name'))) === form.themeName, 'the form names another theme');
      const listed = await text(visible(page, '.e2e-theme-form-matters'));
      for (const m of form.matters) assert(listed.includes(m.name), `${m.name} is not among the matters applied for`);
      const applicant = await text(visible(page, '.e2e-applicant'));
      assert(
        applicant.includes('来自实名认证') && applicant.includes(session.resident.nameMasked),
        `the applicant reads “${applicant}”`,
      );
      // Each question once, however many matters ask it.
      for (const f of open)
        assert((await visible(page, `.e2e-field-${f.key}`).count()) === 1, `${f.key} not asked once`);
      await settle(page);
      await shot(page, 'h5-theme-form.png');
      await visible(page, '.e2e-apply-next').tap();
      const error = visible(page, `.e2e-field-${reasonKey} .e2e-field-error`);
      await error.waitFor();
      assert((await text(error)).startsWith('请填写'), `the field says “${await text(error)}”`);
      for (const f of required) {
        if (f.type === 'choice') await visible(page, `.e2e-field-${f.key} .e2e-field-choice`).first().tap();
        else await fieldInput(f).fill(answerFor(f));
      }
      await visible(page, '.e2e-save-local').filter({ hasText: '已保存在这部手机上' }).waitFor();
    });

    await check('thResume', async () => {
      assert((await themeCopies()) === 1, 'no copy of the theme form on the phone');
      await freshLoad(page, themeUrl);
      const resume = visible(page, '.e2e-theme-apply-resume');
      await resume.waitFor();
      assert((await text(resume)) === '继续上次填写', `the button reads “${await text(resume)}”`);
      await resume.tap();
      await visible(page, '.e2e-theme-form-name').waitFor();
      const reason = required.find((f) => f.key === reasonKey);
      assert((await fieldInput(reason).inputValue()) === answerFor(reason), 'the resumed form lost what was typed');
    });

    await check('thMaterials', async () => {
      await visible(page, '.e2e-apply-next').tap();
      await visible(page, '.e2e-materials-step').waitFor();
      // The shared licence material: which matters use it, then one consent for all of them.
      const box = visible(page, `.e2e-material-${shared.key}`);
      const usedBy = await text(box.locator('.e2e-material-used-by'));
      for (const name of namesOf(shared)) assert(usedBy.includes(name), `“${usedBy}” does not name ${name}`);
      await box.locator('.e2e-material-use-licence').tap();
      const consent = box.locator('.e2e-consent');
      await consent.waitFor();
      const asked = await text(consent);
      for (const name of namesOf(shared)) assert(asked.includes(name), `the consent does not name ${name}`);
      await box.evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
      await shot(page, 'h5-theme-consent.png');
      await box.locator('.e2e-consent-agree').tap();
      await box.locator('.e2e-material-licence-used').waitFor();
      // The other licences she holds, each with its own consent where one is still missing.
      for (const m of licenced.filter((x) => x.key !== shared.key)) {
        const other = visible(page, `.e2e-material-${m.key}`);
        await other.locator('.e2e-material-use-licence').tap();
        await other.locator('.e2e-consent, .e2e-material-licence-used').first().waitFor();
        if (await other.locator('.e2e-consent').count()) await other.locator('.e2e-consent-agree').tap();
        await other.locator('.e2e-material-licence-used').waitFor();
      }
      const consents = (await api('/api/v1/licence-consents', { headers: auth })).items.filter((c) => !c.revokedAt);
      for (const m of licenced)
        for (const code of unique(m.matterCodes))
          assert(
            consents.some((c) => c.typeCode === m.licenceType.code && c.matterCode === code),
            `no consent stored for ${m.licenceType.name} and ${code}`,
          );
      // Photos for the rest.
      for (const m of form.materials.filter((x) => x.required && !licenced.includes(x))) {
        const photo = visible(page, `.e2e-material-${m.key}`);
        const chooser = page.waitForEvent('filechooser');
        await photo.locator('.e2e-material-upload').tap();
        await (await chooser).setFiles({ name: `${m.key}.png`, mimeType: 'image/png', buffer: await noisePng(48, 36) });
        await photo.locator('.e2e-upload-thumb img').waitFor({ timeout: 15_000 });
      }
      await visible(page, '.e2e-materials-step').evaluate((el) =>
        el.scrollIntoView({ block: 'start', behavior: 'instant' }),
      );
      await shot(page, 'h5-theme-materials.png');
    });

    await check('thSubmit', async () => {
      await visible(page, '.e2e-apply-next').tap();
      await visible(page, '.e2e-delivery-step').waitFor();
      const window = visible(page, '.e2e-delivery-window');
      if ((await window.getAttribute('aria-checked')) !== 'true') await window.tap();
      await visible(page, '.e2e-apply-next').tap();
      await visible(page, '.e2e-review-form').waitFor();
      const materials = await text(visible(page, '.e2e-review-materials'));
      assert(
        materials.includes('电子证照') && (materials.includes('已上传') || licenced.length === form.materials.length),
        `申请材料 reads “${materials.slice(0, 160)}”`,
      );
      assert(
        (await text(visible(page, '.ap-promise'))).includes(`${form.matters.length} 件事`),
        'the promise does not speak of the matters together',
      );
      await settle(page);
      await shot(page, 'h5-theme-review.png');
      await visible(page, '.e2e-apply-submit').tap();
      await visible(page, '.e2e-theme-success').waitFor();
      assert(posts.length === 1, `${posts.length} POST /theme-applications`);
      const [{ headers, body }] = posts;
      assert(/^[A-Za-z0-9_.:-]{8,128}$/.test(headers['idempotency-key'] ?? ''), `key: ${headers['idempotency-key']}`);
      assert(
        body.themeId === form.themeId && body.notify === false && body.delivery?.method === 'window',
        `body: ${JSON.stringify({ themeId: body.themeId, notify: body.notify, delivery: body.delivery })}`,
      );
      assert(!('applicantName' in body.values), 'a locked field was sent');
      assert(
        Object.keys(body.materials).every((k) => /^s\d+$/.test(k)),
        `material keys: ${Object.keys(body.materials)}`,
      );
      assert((await themeCopies()) === 0, 'the copy of the theme form is still on the phone');
    });

    await check('thDone', async () => {
      await settle(page);
      await shot(page, 'h5-theme-submitted.png');
      const rows = visible(page, '.e2e-theme-item');
      assert((await rows.count()) === form.matters.length, `${await rows.count()} applications listed`);
      await page.waitForFunction(
        (n) =>
          [...document.querySelectorAll('.e2e-theme-item-number')].filter((el) => el.checkVisibility()).length === n,
        form.matters.length,
        { timeout: 40_000 },
      );
      items = await until(
        async () =>
          (await api('/api/v1/applications', { headers: auth })).items.filter((a) => a.themeId === form.themeId),
        (list) => list.length === form.matters.length && list.every((a) => a.number),
        10_000,
        'the stored applications with numbers',
      );
      const shown = await rows.evaluateAll((els) =>
        els.map((el) => ({
          matter: el.querySelector('.e2e-theme-item-matter')?.textContent ?? '',
          number: el.querySelector('.e2e-theme-item-number')?.textContent?.trim() ?? '',
          code: el.querySelector('.e2e-theme-item-query-code')?.textContent?.trim() ?? '',
        })),
      );
      for (const a of items) {
        const row = shown.find((r) => r.number === a.number);
        assert(
          row && row.matter.includes(a.matterName),
          `${a.matterName} ${a.number} is not shown: ${JSON.stringify(shown)}`,
        );
        const detail = await api(`/api/v1/applications/${a.id}`, { headers: auth });
        assert(row.code === detail.queryCode, `the query code of ${a.number} is not the stored one`);
      }
      if (form.atWindow.length > 0)
        assert(
          (await visible(page, '.e2e-theme-at-window .e2e-theme-book').count()) === form.atWindow.length,
          'no 预约 for the window matters',
        );
      await settle(page);
      await shot(page, 'h5-theme-success.png');
    });

    await check('thElder', async () => {
      await setStorage(page, base, { 'zsb.elderMode': true });
      const problems = [];
      const applyUrl = (step) =>
        `${base}#/features/applications/theme/index?id=${encodeURIComponent(form.themeId)}&step=${step}`;
      await freshLoad(page, applyUrl('form'));
      await visible(page, '.e2e-root.elder .e2e-theme-form-name').waitFor();
      problems.push(
        ...(await elderProblems(page, {
          body: ['.fm-field__label', '.ap-head__matters'],
          buttons: ['.e2e-apply-next'],
        })),
      );
      await settle(page);
      await shot(page, 'h5-theme-form-elder.png');
      await visible(page, '.e2e-step-materials').tap();
      await visible(page, '.e2e-materials-step').waitFor();
      await visible(page, `.e2e-material-${shared.key}`).evaluate((el) =>
        el.scrollIntoView({ block: 'start', behavior: 'instant' }),
      );
      problems.push(
        ...(await elderProblems(page, {
          body: ['.material-input__name', '.e2e-material-used-by', '.mi-licence__title'],
          buttons: ['.e2e-apply-next', '.e2e-material-use-licence'],
        })),
      );
      await shot(page, 'h5-theme-materials-elder.png');
      const order = (a) => form.matters.findIndex((m) => m.code === a.matterCode);
      const ids = [...items]
        .sort((x, y) => order(x) - order(y))
        .map((a) => a.id)
        .join(',');
      await freshLoad(
        page,
        `${base}#/features/applications/theme-done/index?theme=${encodeURIComponent(form.themeId)}&ids=${ids}`,
      );
      await visible(page, '.e2e-root.elder .e2e-theme-item-number').first().waitFor();
      problems.push(
        ...(await elderProblems(page, {
          body: ['.ap-done__text', '.copy-row__value', '.ap-item__link'],
          buttons: ['.e2e-theme-applications', '.copy-row__btn'],
        })),
      );
      await settle(page);
      await shot(page, 'h5-theme-success-elder.png');
      // Nothing of this second visit stays on the phone: the next scenario starts clean.
      await page.evaluate(() => {
        for (const k of Object.keys(localStorage)) if (k.startsWith('zsb.themeDraft.')) localStorage.removeItem(k);
      });
      await setStorage(page, base, { 'zsb.elderMode': false });
      assert(problems.length === 0, problems.join('; '));
    });
  } finally {
    page.off('request', onRequest);
  }
}

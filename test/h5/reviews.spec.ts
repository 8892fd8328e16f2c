// 好差评 (issue 17) over the UI: a finished application's page offers 评价本次服务; the resident gives a 差评 (nothing
// preselected, a reason asked for, words, a photo, every indicator) and lands on the review with its case (已受理,
// 核实中, the deadlines); back does not offer the form again as unsent. A staff member of the review's center
// (staff.mjs) finds it under 我的 › 工作人员 › 差评整改 with the resident's name masked, and records 核实 and 整改; the
// resident reads 已整改 with the office's note, answers 满意 (已回访), and finds it in 我的 › 我的评价. Then the form
// and the case's timeline in 长辈模式. The provincial 好差评 system is the sandbox's, its case steps reach the BFF by
// its signed callbacks, as in production.
import type { Page } from '@playwright/test';
import type {
  ApplicationDetail,
  ApplicationForm,
  CenterList,
  LicenceList,
  MatterPage,
  Review,
  ReviewInvitation,
  ReviewInvitationList,
  StaffScopes,
  Upload,
} from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';
import pg from 'pg';
import {
  answerFor,
  assert,
  cleanShot as shot,
  closeApp,
  elderProblems,
  freshLoad,
  noisePng,
  openApp,
  openTab,
  scrollTo,
  setStorage,
  settle,
  test,
  text,
  until,
  visible,
  cutOff,
  shortTargets,
} from './support/app';
import { json, sandboxResidents, verifiedResident, type Verified } from './support/api';
import { pageUrl, servers, staffScript } from './support/servers';

// The secrets of config/default.json, which the BFF of the e2e run uses (APP_ENV=development).
const APPROVAL_SECRET = 'sandbox-approval-callback-secret';
const EVALUATION_SECRET = 'sandbox-evaluation-callback-secret';
// 安阳 city centre (GCJ-02, the API's default).
const NEAR = { lat: 36.0977, lng: 114.3924 };

async function sandbox(sandboxUrl: string, path: string, body: unknown, method = 'POST'): Promise<unknown> {
  const res = await fetch(`${sandboxUrl}${path}`, { method, headers: json, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

async function uploadOverApi(base: string, who: Verified, bytes: Buffer, name: string): Promise<Upload> {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  const res = await fetch(new URL('/api/v1/uploads', base), {
    method: 'POST',
    headers: { authorization: who.auth.authorization },
    body,
  });
  if (res.status !== 201) throw new Error(`upload over the API answered ${res.status}`);
  return (await res.json()) as Upload;
}

/** Two 掌上办 matters whose forms take window pickup and ask no date (answerFor has none). */
async function pickForms(who: Verified): Promise<ApplicationForm[]> {
  const picked: ApplicationForm[] = [];
  for (let p = 1; p <= 4 && picked.length < 2; p++) {
    const { items } = await who.api<MatterPage>(`/api/v1/matters?mobileReady=true&pageSize=50&page=${p}`);
    for (const m of items) {
      const form = await who.api<ApplicationForm>(`/api/v1/matters/${m.code}/form`, { headers: who.auth });
      if (!form.delivery.methods.includes('window') || form.fields.some((f) => !f.locked && f.type === 'date'))
        continue;
      if (form.materials.some((x) => x.required && !x.licenceType && !x.accept.includes('image'))) continue;
      picked.push(form);
      if (picked.length === 2) break;
    }
  }
  assert(picked.length === 2, `only ${picked.length} 掌上办 matters with window pickup`);
  return picked;
}

/** Applies over the API as the app does (a licence where the resident holds one, with consent; else a photo). */
async function applyOverApi(base: string, who: Verified, form: ApplicationForm, key: string): Promise<string> {
  const held = (await who.api<LicenceList>('/api/v1/licences', { headers: who.auth })).items.filter(
    (l) => l.status === 'valid',
  );
  const materials: Record<string, unknown> = {};
  for (const m of form.materials.filter((x) => x.required)) {
    const licence = m.licenceType ? held.find((l) => l.typeCode === m.licenceType!.code) : undefined;
    if (licence) {
      await who.api('/api/v1/licence-consents', {
        method: 'POST',
        headers: who.auth,
        body: JSON.stringify({ typeCode: licence.typeCode, matterCode: form.matterCode }),
      });
      materials[m.key] = { kind: 'licence', licenceId: licence.id };
    } else {
      const photo = await uploadOverApi(base, who, await noisePng(40, 30), `${m.key}.png`);
      materials[m.key] = { kind: 'upload', uploadIds: [photo.id] };
    }
  }
  const values = Object.fromEntries(
    form.fields.filter((f) => !f.locked && f.required).map((f) => [f.key, answerFor(f)]),
  );
  const created = await who.api<ApplicationDetail>('/api/v1/applications', {
    method: 'POST',
    headers: { ...who.auth, 'idempotency-key': key },
    body: JSON.stringify({ matterCode: form.matterCode, values, materials, delivery: { method: 'window' } }),
  });
  return created.id;
}

test.describe.serial('好差评', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  let me: Verified;
  let clerk: Verified;
  let resident: Resident;
  let clerkResident: Resident;
  let forms: ApplicationForm[];
  let finished: ApplicationDetail[];
  let review: Review;
  let centerId: string;
  let elderReview: Review;
  let offered: ReviewInvitation[];
  const content = '材料清单和窗口说的不一样，来回跑了三趟。';
  const verifyNote = '已调取窗口记录，情况属实，已约谈窗口工作人员。';
  const rectifyNote = '已更新办事指南的材料清单，窗口按清单一次告知。';

  const detailOf = (id: string) => me.api<ApplicationDetail>(`/api/v1/applications/${id}`, { headers: me.auth });
  const reviewOf = (id: string) => me.api<Review>(`/api/v1/reviews/${id}`, { headers: me.auth });
  const upstreamEvaluations = async () =>
    (
      (await (await fetch(`${sandboxUrl}/__sandbox/evaluations`)).json()) as {
        items: { evaluation_id: string; object_ref: string; case_state: string | null }[];
      }
    ).items;
  /** Everything a level choice, a chip or a button on the rate page has: not one chosen. */
  const chosen = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('.e2e-rate-level, .e2e-rate-indicators, .e2e-rate-reasons')]
          .filter((el) => el.checkVisibility())
          .flatMap((el) => [...el.querySelectorAll('[aria-checked="true"], .rv-level--on, .chip--on')]).length,
    );
  const fillIndicators = async (level: 1 | 2 | 3 | 4 | 5) => {
    const groups = visible(page, '.e2e-rate-indicator');
    const n = await groups.count();
    assert(n >= 4, `${n} indicators on the form`);
    for (let i = 0; i < n; i++) await groups.nth(i).locator(`.e2e-level-${level}`).tap();
    return n;
  };

  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    page = await openApp(browser);
  });
  test.afterAll(async () => closeApp(page));

  test('reviews: a resident’s two applications are 办结 (applied over the API, moved on by the approval platform); callbacks of both provincial systems reach the BFF', async () => {
    const registry = await sandboxResidents(sandboxUrl);
    [resident, clerkResident] = [registry[11], registry[12]];
    [me, clerk] = await Promise.all([resident, clerkResident].map((r) => verifiedResident(base, sandboxUrl, r)));
    await sandbox(
      sandboxUrl,
      '/__sandbox/approval/callback',
      { url: new URL('/api/v1/callbacks/approval', base).toString(), secret: APPROVAL_SECRET },
      'PUT',
    );
    await sandbox(
      sandboxUrl,
      '/__sandbox/evaluation/callback',
      { url: new URL('/api/v1/callbacks/evaluation', base).toString(), secret: EVALUATION_SECRET },
      'PUT',
    );
    forms = await pickForms(me);
    const stamp = Date.now().toString(36);
    const ids: string[] = [];
    for (const [i, form] of forms.entries()) ids.push(await applyOverApi(base, me, form, `rv-apply-${i}-${stamp}`));
    finished = [];
    for (const id of ids) {
      const numbered = await until(
        () => detailOf(id),
        (d) => d.number,
        30_000,
        'the 办件编号',
      );
      // 预审, 受理, 审查, 决定, 办结 (window pickup: nothing to deliver).
      await sandbox(sandboxUrl, '/__sandbox/approval/advance', { application_no: numbered.number, steps: 5 });
      finished.push(
        await until(
          () => detailOf(id),
          (d) => d.status === 'completed',
          15_000,
          '办结',
        ),
      );
    }
    const invitations = await until(
      () => me.api<ReviewInvitationList>('/api/v1/reviews/invitations', { headers: me.auth }),
      (l) => ids.every((id) => l.items.some((x) => x.subject.kind === 'application' && x.subject.id === id)),
      10_000,
      'both applications to be offered for rating',
    );
    assert(invitations.items.length === 2, `invitations: ${JSON.stringify(invitations.items.map((x) => x.title))}`);
    offered = invitations.items;
    await setStorage(page, base, { 'zsb.session': me.session, 'zsb.elderMode': false, 'zsb.staff': null });
  });

  test('reviews: the 办结 application’s page offers 评价本次服务; the form opens with nothing chosen and 提交评价 disabled', async () => {
    const first = finished[0];
    await freshLoad(page, pageUrl(base, 'applications'));
    const item = visible(page, '.e2e-application-item').filter({ hasText: first.number! }).first();
    await item.waitFor();
    await item.tap();
    const entry = visible(page, '.e2e-review-entry');
    await entry.waitFor();
    assert((await text(entry)).includes('评价本次服务'), `the entry reads “${await text(entry)}”`);
    await entry.locator('.e2e-review-entry-rate').tap();
    await visible(page, '.e2e-rate-level').waitFor();
    assert((await text(visible(page, '.e2e-rate-title'))) === first.matterName, 'the form names another matter');
    assert((await visible(page, '.e2e-rate-level-item').count()) === 5, 'not five levels');
    assert((await chosen()) === 0, `${await chosen()} choices preselected`);
    const submit = visible(page, '.e2e-rate-submit');
    assert((await submit.getAttribute('aria-disabled')) === 'true', '提交评价 is enabled with nothing chosen');
    assert((await visible(page, '.e2e-rate-reasons').count()) === 0, 'reasons are asked before a level is chosen');
    assert((await text(visible(page, '.e2e-rate-missing'))).startsWith('还要选'), 'no hint says what is left');
    // Tapping the disabled button sends nothing.
    const posts: string[] = [];
    const onReq = (r: { url: () => string; method: () => string }) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/reviews') posts.push(r.url());
    };
    page.on('request', onReq);
    // aria-disabled: Playwright would wait for it to be enabled; a resident taps it anyway.
    await submit.tap({ force: true });
    await page.waitForTimeout(300);
    page.off('request', onReq);
    assert(posts.length === 0, 'the disabled 提交评价 sent a review');
  });

  test('reviews: tap targets of the levels, the indicators and 提交评价 are at least 44 px; nothing reaches past the phone', async () => {
    const problems = [
      ...(await shortTargets(visible(page, '.e2e-rate-level-item'), 44, 'level row')),
      ...(await shortTargets(visible(page, '.e2e-rate-indicator-item'), 44, 'indicator choice')),
      ...(await shortTargets(visible(page, '.e2e-rate-submit'), 44, '提交评价')),
      ...(await cutOff(page, ['.e2e-rate-level-item', '.e2e-rate-indicator-item', '.e2e-rate-submit', '.rv-q'])),
    ];
    assert(problems.length === 0, problems.join('; '));
  });

  test('reviews: 非常不满意 asks for a reason at once; a reason, words, a photo and every indicator enable 提交评价', async () => {
    await visible(page, '.e2e-rate-level-item.e2e-level-1').tap();
    const asked = visible(page, '.e2e-rate-reason-problem');
    await asked.waitFor();
    assert((await text(asked)).includes('请至少选一个不满意的原因'), `the reasons say “${await text(asked)}”`);
    assert(
      (await visible(page, '.e2e-rate-level-item.e2e-level-1').getAttribute('aria-checked')) === 'true',
      '非常不满意 is not marked chosen',
    );
    const reason = visible(page, '.e2e-rate-reason').filter({ hasText: '材料要求不清楚' });
    await reason.tap();
    await until(
      async () => asked.count(),
      (n) => n === 0,
      5000,
      'the reason requirement to be met',
    );
    assert((await reason.getAttribute('aria-checked')) === 'true', 'the reason is not marked chosen');
    await visible(page, '.e2e-rate-content textarea').fill(content);
    // What is typed reads at the page's body size (15 CSS px), not the browser's small textarea font.
    const typed = await visible(page, '.e2e-rate-content textarea').evaluate((el) => getComputedStyle(el).fontSize);
    assert(parseFloat(typed) >= 15, `the words are typed at ${typed}`);
    assert(
      (await text(visible(page, '.e2e-rate-counter'))) === `${[...content].length}/500`,
      `the counter reads ${await text(visible(page, '.e2e-rate-counter'))}`,
    );
    const chooser = page.waitForEvent('filechooser');
    await visible(page, '.e2e-rate-photo-add').tap();
    await (await chooser).setFiles({ name: 'window.png', mimeType: 'image/png', buffer: await noisePng(64, 48) });
    await visible(page, '.e2e-rate-photos .e2e-upload-thumb img').waitFor({ timeout: 15_000 });
    const submit = visible(page, '.e2e-rate-submit');
    assert((await submit.getAttribute('aria-disabled')) === 'true', '提交评价 is enabled with indicators unanswered');
    assert(
      (await text(visible(page, '.e2e-rate-missing'))).includes('项具体评价'),
      'the hint does not name indicators',
    );
    await fillIndicators(2);
    assert((await submit.getAttribute('aria-disabled')) === 'false', '提交评价 stays disabled with everything chosen');
    assert((await visible(page, '.e2e-rate-missing').count()) === 0, 'something is still said to be missing');
    await scrollTo(visible(page, '.e2e-rate-subject'));
    await shot(page, 'h5-review-rate.png');
    await scrollTo(visible(page, '.e2e-rate-reasons'));
    await shot(page, 'h5-review-rate-bad.png');
  });

  test('reviews: 提交评价 lands on the review: ✓ 评价已提交, 已受理 and 核实中 with both deadlines; the provincial system has it once', async () => {
    await visible(page, '.e2e-rate-submit').tap();
    await visible(page, '.e2e-review-done').waitFor();
    const done = await text(visible(page, '.e2e-review-done'));
    assert(done.includes('评价已提交') && done.includes('核实'), `the banner reads “${done}”`);
    // The case is opened by the provincial system: the page shows it without the resident reloading.
    const state = visible(page, '.e2e-case-state');
    await state.waitFor({ timeout: 20_000 });
    assert((await text(state)) === '核实中', `the case reads ${await text(state)}`);
    const steps = await visible(page, '.e2e-case-step .tl__label').allTextContents();
    assert(steps.length === 1 && steps[0] === '已受理', `timeline: ${JSON.stringify(steps)}`);
    const dues = await visible(page, '.e2e-case-due').allTextContents();
    assert(
      dues.length === 2 &&
        dues[0].includes('核实回访期限') &&
        dues[1].includes('整改反馈期限') &&
        // Days, the last one the office has: no time of day.
        dues.every((d) => /截至.*\d+月\d+日/.test(d) && !/\d{2}:\d{2}/.test(d)),
      `deadlines: ${JSON.stringify(dues)}`,
    );
    assert((await text(visible(page, '.e2e-review-level'))) === '非常不满意', 'the level shown is not 非常不满意');
    assert((await text(visible(page, '.e2e-review-content'))).includes(content), 'the words are not shown');
    const id = new URL(page.url().replace('#/', '')).searchParams.get('id');
    assert(id, `no review id in ${page.url()}`);
    review = await reviewOf(id);
    assert(
      review.level === 1 &&
        review.reasons.join() === 'unclear_materials' &&
        review.content === content &&
        review.photoCount === 1 &&
        review.delivery === 'delivered' &&
        review.case?.state === 'VERIFYING',
      `stored: ${JSON.stringify({ ...review, case: review.case?.state })}`,
    );
    const upstream = (await upstreamEvaluations()).filter((e) => e.object_ref === finished[0].number);
    assert(upstream.length === 1 && upstream[0].case_state === 'VERIFYING', `upstream: ${JSON.stringify(upstream)}`);
    await scrollTo(visible(page, '.e2e-review-done'));
    await shot(page, 'h5-review-done.png');
  });

  test('reviews: browser back from the review does not offer the form again as unsent: the application says 查看我的评价', async () => {
    await page.goBack();
    await settle(page);
    const form = visible(page, '.e2e-rate-submit');
    if (await form.count()) {
      // If the form's page comes back at all, it must say the service was rated.
      await visible(page, '.e2e-rate-given').waitFor({ timeout: 5000 });
    } else {
      await visible(page, '.e2e-review-entry').waitFor();
      await until(
        async () => visible(page, '.e2e-review-entry-view').count(),
        (n) => n === 1,
        5000,
        'the application to say 查看我的评价 instead of 去评价',
      );
      assert((await visible(page, '.e2e-review-entry-rate').count()) === 0, 'the application still offers 去评价');
    }
    // Forward again to the review, for the checks that follow.
    await freshLoad(page, pageUrl(base, 'review', { id: review.id }));
    await visible(page, '.e2e-case-state').waitFor();
  });

  test('reviews: staff.mjs makes another resident staff of the review’s center (subject.place names it)', async () => {
    const { bffEnv, databaseUrl } = servers();
    if (!databaseUrl)
      throw new Error('needs PostgreSQL (PG_ADMIN_URL): staff.mjs cannot grant while the BFF holds PGlite');
    assert(review.subject.place, 'the review names no place');
    const { items } = await me.api<CenterList>(`/api/v1/centers?lat=${NEAR.lat}&lng=${NEAR.lng}&limit=200&kind=center`);
    const named = items.filter((c) => c.name === review.subject.place);
    // The center the BFF filed the case under, as stored.
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const row = await db.query<{ center_id: string | null }>('SELECT center_id FROM review WHERE id = $1', [
        review.id,
      ]);
      centerId = row.rows[0]?.center_id ?? '';
    } finally {
      await db.end();
    }
    assert(centerId, 'the review has no center in the database');
    assert(
      named.some((c) => c.id === centerId),
      `subject.place “${review.subject.place}” names centers ${JSON.stringify(named.map((c) => c.id))}, the review is filed under ${centerId}`,
    );
    const out = await staffScript(bffEnv, ['grant', clerkResident.phone, centerId]);
    assert(out.includes(centerId), `staff.mjs said: ${out.trim()}`);
    const scopes = await clerk.api<StaffScopes>('/api/v1/staff/me', { headers: clerk.auth });
    assert(
      scopes.centers.some((c) => c.id === centerId),
      `staff/me answers ${JSON.stringify(scopes)}`,
    );
  });

  test('reviews: 我的 › 工作人员 › 差评整改 lists the case: masked name, the reason and words, no ID number or phone', async () => {
    await setStorage(page, base, { 'zsb.session': clerk.session, 'zsb.staff': null });
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-staff-reviews').tap();
    const card = visible(page, '.e2e-staff-review').filter({ hasText: review.case!.caseNo });
    await card.waitFor();
    const shown = await text(card);
    assert(
      shown.includes(me.session.resident.nameMasked ?? '\0') && shown.includes(review.subject.title),
      `the case reads “${shown.slice(0, 160)}”`,
    );
    assert(!shown.includes(resident.name), 'the full name is shown');
    assert(shown.includes(content) && shown.includes('材料要求不清楚'), 'the words or the reason are missing');
    assert((await text(card.locator('.e2e-staff-review-state'))) === '核实中', 'the case is not 核实中');
    assert(
      /核实回访截至 \d+月\d+日/.test(shown) && !/\d{2}:\d{2}/.test(shown),
      `the deadlines read “${shown.slice(shown.indexOf('核实回访'), shown.indexOf('核实回访') + 40)}”`,
    );
    const pageText = await page.evaluate(() => document.body.innerText);
    for (const secret of [resident.id_number, resident.phone, resident.id_number.slice(-8)])
      assert(!pageText.includes(secret), `the page text holds ${secret}`);
    assert(!(await page.content()).includes(resident.id_number), 'the page source holds the ID number');
    await settle(page);
    await shot(page, 'h5-staff-reviews.png');
  });

  test('reviews: the staff member records 核实 and then 整改 with notes; the case reads 已整改', async () => {
    const card = visible(page, '.e2e-staff-review').filter({ hasText: review.case!.caseNo });
    const step = async (action: 'verify' | 'rectify', note: string, after: string) => {
      await card.locator(`.e2e-staff-review-${action}`).tap();
      // A step without its note is refused on the phone.
      await card.locator('.e2e-staff-review-submit').tap();
      await card.locator('.st-field-problem').waitFor();
      await card.locator('.e2e-staff-review-note textarea').fill(note);
      await card.locator('.e2e-staff-review-submit').tap();
      await until(
        async () => text(card.locator('.e2e-staff-review-state')),
        (s) => s === after,
        15_000,
        `the case to read ${after}`,
      );
      assert((await card.locator('.e2e-staff-review-refusal').count()) === 0, `${action} was refused`);
    };
    await step('verify', verifyNote, '整改中');
    await step('rectify', rectifyNote, '已整改');
    assert((await card.locator('.e2e-staff-review-follow_up').count()) === 1, '回访 is not offered once rectified');
    await until(
      async () => (await reviewOf(review.id)).case?.state,
      (s) => s === 'RECTIFIED',
      15_000,
      'the resident’s read model to say 已整改',
    );
  });

  test('reviews: the resident reads 已整改 with the office and its note in the timeline, answers 满意, and the page says 已回访', async () => {
    await setStorage(page, base, { 'zsb.session': me.session });
    await freshLoad(page, pageUrl(base, 'review', { id: review.id }));
    const state = visible(page, '.e2e-case-state');
    await state.waitFor();
    assert((await text(state)) === '已整改', `the case reads ${await text(state)}`);
    const steps = visible(page, '.e2e-case-step');
    const labels = await visible(page, '.e2e-case-step .tl__label').allTextContents();
    assert(labels.join() === '已整改,已核实,已受理', `timeline, latest first: ${JSON.stringify(labels)}`);
    const latest = await text(steps.first());
    assert(latest.includes(rectifyNote), `the latest step reads “${latest}”`);
    const office = await text(steps.first().locator('.tl__by'));
    assert(
      office.length > 2 && office === review.subject.place,
      `the step names “${office}”, the review ${review.subject.place}`,
    );
    assert((await text(steps.nth(1))).includes(verifyNote), 'the 核实 note is not shown');
    const answer = visible(page, '.e2e-case-answer');
    await answer.waitFor();
    await scrollTo(visible(page, '.e2e-case'));
    await shot(page, 'h5-review-detail.png');
    await scrollTo(answer);
    await shot(page, 'h5-review-answer.png');
    await answer.locator('.e2e-case-satisfied').tap();
    await until(
      async () => text(state),
      (s) => s === '已回访',
      15_000,
      'the case to read 已回访',
    );
    assert((await visible(page, '.e2e-case-answer').count()) === 0, '满意/不满意 is still asked');
    const stored = await reviewOf(review.id);
    assert(stored.case?.state === 'FOLLOWED_UP' && !stored.case.canAnswer, `stored: ${stored.case?.state}`);
  });

  test('reviews: 我的 › 我的评价 lists it with its level and 已回访; the other application still waits to be rated', async () => {
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-reviews').tap();
    const row = visible(page, '.e2e-review-row').filter({ hasText: review.subject.title });
    await row.first().waitFor();
    assert((await row.count()) === 1, `${await row.count()} rows for the review`);
    assert((await text(row.locator('.e2e-review-level'))) === '非常不满意', 'the row shows another level');
    assert((await text(row.locator('.e2e-review-status'))).includes('已回访'), `the row reads “${await text(row)}”`);
    const waiting = visible(page, '.e2e-invitation').filter({ hasText: finished[1].matterName });
    assert((await waiting.count()) === 1, 'the second application is not in 待评价');
    await settle(page);
    await shot(page, 'h5-my-reviews.png');
    await row.first().tap();
    await visible(page, '.e2e-case-state').waitFor();
    assert(page.url().includes(review.id), `the row opened ${page.url()}`);
  });

  test('reviews: in 长辈模式 the form is usable: large type, levels and 提交评价 ≥ 60 px, nothing cut off; a 不满意 is sent', async () => {
    await setStorage(page, base, { 'zsb.elderMode': true });
    await freshLoad(page, pageUrl(base, 'application', { id: finished[1].id }));
    await visible(page, '.e2e-root.elder .e2e-review-entry-rate').tap();
    await visible(page, '.e2e-root.elder .e2e-rate-level').waitFor();
    assert((await chosen()) === 0, 'choices preselected in 长辈模式');
    await visible(page, '.e2e-rate-level-item.e2e-level-2').tap();
    await visible(page, '.e2e-rate-reason-problem').waitFor();
    await visible(page, '.e2e-rate-reason').filter({ hasText: '效率太低' }).tap();
    await fillIndicators(2);
    const problems = [
      ...(await elderProblems(page, {
        body: [
          '.rv-q__hint',
          '.rv-subject__line',
          '.e2e-rate-level-item',
          '.e2e-rate-reason',
          '.rv-submit__hint',
          '.e2e-rate-content textarea',
        ],
        titles: ['.rv-subject__title'],
        buttons: ['.e2e-rate-submit', '.e2e-rate-photo-add'],
      })),
      ...(await shortTargets(visible(page, '.e2e-rate-level-item'), 60, 'level row')),
      ...(await shortTargets(visible(page, '.e2e-rate-indicator-item'), 60, 'indicator choice')),
      ...(await shortTargets(visible(page, '.e2e-rate-reason'), 60, 'reason')),
      ...(await shortTargets(visible(page, '.e2e-rate-submit'), 60, '提交评价')),
      ...(await cutOff(page, [
        '.e2e-rate-level-item',
        '.e2e-rate-indicator-item',
        '.e2e-rate-reason',
        '.e2e-rate-submit',
        '.rv-q',
        '.rv-q__hint',
        '.rv-subject__title',
      ])),
    ];
    await scrollTo(visible(page, '.e2e-rate-subject'));
    await shot(page, 'h5-review-rate-elder.png');
    await scrollTo(visible(page, '.e2e-rate-reasons'));
    await shot(page, 'h5-review-rate-bad-elder.png');
    assert(problems.length === 0, problems.join('; '));
    await visible(page, '.e2e-rate-submit').tap();
    await visible(page, '.e2e-review-done').waitFor();
    await visible(page, '.e2e-case-state').waitFor({ timeout: 20_000 });
    const id = new URL(page.url().replace('#/', '')).searchParams.get('id')!;
    elderReview = await reviewOf(id);
    assert(elderReview.level === 2 && elderReview.case?.state === 'VERIFYING', `stored: ${elderReview.case?.state}`);
  });

  test('reviews: in 长辈模式 the 差评’s page with its timeline (核实, 整改 by the office) is large and whole; 满意/不满意 ≥ 60 px', async () => {
    const evaluation = (await upstreamEvaluations()).find((e) => e.object_ref === finished[1].number);
    assert(evaluation, 'the provincial system has no evaluation of the second application');
    await sandbox(sandboxUrl, `/__sandbox/evaluations/${evaluation.evaluation_id}/advance`, { steps: 2 });
    await until(
      async () => (await reviewOf(elderReview.id)).case?.state,
      (s) => s === 'RECTIFIED',
      15_000,
      '已整改',
    );
    await freshLoad(page, pageUrl(base, 'review', { id: elderReview.id }));
    await visible(page, '.e2e-root.elder .e2e-case-state').waitFor();
    assert((await text(visible(page, '.e2e-case-state'))) === '已整改', 'the elder page does not say 已整改');
    assert((await visible(page, '.e2e-case-step').count()) === 3, 'the timeline does not have three steps');
    const problems = [
      ...(await elderProblems(page, {
        body: [
          '.tl__note',
          '.tl__by',
          '.tl__time',
          '.fact__value',
          '.fact__label',
          '.rv-q__hint',
          '.e2e-case-answer-note textarea',
        ],
        titles: ['.e2e-case .section__title', '.rv-subject__title'],
        buttons: ['.e2e-case-satisfied', '.e2e-case-unsatisfied', '.e2e-review-all'],
      })),
      ...(await cutOff(page, [
        '.tl__label',
        '.tl__time',
        '.tl__note',
        '.tl__by',
        '.fact__value',
        '.e2e-case-state',
        '.e2e-review-level',
        '.e2e-case-satisfied',
        '.e2e-case-unsatisfied',
      ])),
    ];
    await scrollTo(visible(page, '.e2e-case'));
    await shot(page, 'h5-review-detail-elder.png');
    await scrollTo(visible(page, '.e2e-case-answer'));
    await shot(page, 'h5-review-answer-elder.png');
    await setStorage(page, base, { 'zsb.elderMode': false });
    assert(problems.length === 0, problems.join('; '));
  });

  // Last, so that what it finds does not stop the checks above (the file is serial).
  test('reviews: an application’s invitation says where it was handled (ReviewInvitation.place: “the office of an application”)', async () => {
    const places = offered.map((i) => ({ title: i.title, place: i.place }));
    assert(
      offered.every((i) => typeof i.place === 'string' && i.place.length > 0),
      `GET /api/v1/reviews/invitations answers ${JSON.stringify(places)}: the rate form and 待评价 cannot say where the service was`,
    );
  });
});

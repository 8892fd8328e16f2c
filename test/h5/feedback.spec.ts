// 办不成事 and 咨询 (issue 17) over the UI: a verified resident opens a guide from 办事, taps 办不成事？去反映 at its end,
// meets a form with nothing chosen that says what is missing, and files a case that lands on its page (BC…, 已受理, the
// center that answers, 答复期限); the browser's back does not offer the form again as unsent. From the same guide
// 我要咨询 names the matter and files a question (ZX…). A staff member of the owner center (staff.mjs) finds both
// under 我的 › 工作人员 › 反映和咨询 with the resident's name masked, records 办理情况 on the case and a 书面答复 on
// each; the resident reads 已答复 with the answer and the timeline, gets a 消息 for each answer that opens it, and
// finds both in 我的 › 我的反映. Then the form and an answered case's page in 长辈模式. No provincial system is
// involved: the BFF owns these.
import type { Page } from '@playwright/test';
import type { Feedback, StaffScopes } from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';
import pg from 'pg';
import {
  assert,
  cleanShot as shot,
  closeApp,
  elderProblems,
  freshLoad,
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
import { sandboxResidents, verifiedResident, type Verified } from './support/api';
import { pageUrl, servers, staffScript } from './support/servers';

const QUERY = '社保卡';
const EXPECTED = '社会保障卡';

/** The id in the page's address (`#/features/feedback/detail/index?id=…`). */
function idInUrl(page: Page): string {
  const id = new URL(page.url().replace('#/', '')).searchParams.get('id');
  assert(id, `no id in ${page.url()}`);
  return id;
}

/** The one `.taro_page` that can be seen, and whether `selector` has rendered in it. */
async function frontPage(page: Page, selector: string): Promise<{ ids: string[]; content: boolean }> {
  return page.evaluate((sel) => {
    const pages = [...document.querySelectorAll<HTMLElement>('.taro_page')].filter((el) => el.checkVisibility());
    const front = pages[pages.length - 1];
    return {
      ids: pages.map((p) => p.id),
      content: Boolean(
        front &&
        [...front.querySelectorAll<HTMLElement>(sel)].some((c) => {
          const r = c.getBoundingClientRect();
          return c.checkVisibility() && r.width > 0 && r.height > 0;
        }),
      ),
    };
  }, selector);
}

/** Waits until exactly one page is shown, its path is `path` and `selector` has rendered in it. */
async function shows(page: Page, path: string, selector: string, what: string): Promise<void> {
  await until(
    () => frontPage(page, selector),
    (s) => s.ids.length === 1 && s.ids[0].split('?')[0] === path && s.content,
    10_000,
    `${what}: ${path} shown alone with ${selector}`,
  );
  await settle(page);
}

test.describe.serial('办不成事 and 咨询', () => {
  let base: string;
  let page: Page;
  let me: Verified;
  let clerk: Verified;
  let resident: Resident;
  let clerkResident: Resident;
  let guideName: string;
  let guidePath: string;
  let matterCode: string;
  let caseFiled: Feedback;
  let consultFiled: Feedback;
  let centerId: string;
  const caseText = '5月6日上午在乡便民服务中心2号窗口，说缺少村里开的证明，但办事指南上没有写这一项。';
  const question = '社保卡丢了，能不能在手机上补办？要不要本人到窗口？';
  const progressNote = '已调取窗口记录，正在和窗口核对材料清单。';
  const caseAnswer = '经核实，村里的证明不是必需材料，已告知窗口按办事指南受理，您可以直接到2号窗口办理。';
  const consultAnswer = '可以在手机上补办：在掌上办搜索“社会保障卡补领”，按提示拍照上传即可，不用到窗口。';

  const guideShown = (what: string) => shows(page, `/${guidePath.replace(/^\//, '')}`, '.e2e-guide-name', what);
  const feedbackOf = (id: string) => me.api<Feedback>(`/api/v1/feedback/${id}`, { headers: me.auth });
  /** Every kind chosen on the form (nothing may be chosen for the resident). */
  const chosenKinds = () =>
    page.evaluate(
      () =>
        [...document.querySelectorAll('.e2e-feedback-kind')]
          .filter((el) => el.checkVisibility())
          .filter((el) => el.getAttribute('aria-checked') === 'true' || el.classList.contains('choice--on')).length,
    );

  test.beforeAll(async ({ browser }) => {
    ({ base } = servers());
    page = await openApp(browser);
  });
  test.afterAll(async () => closeApp(page));

  test('feedback: a verified resident opens 办事, searches 社保卡 and opens the guide; its end offers 我要咨询 and 办不成事？去反映', async () => {
    const registry = await sandboxResidents(servers().sandboxUrl);
    [resident, clerkResident] = [registry[13], registry[14]];
    assert(resident && clerkResident, `the sandbox has ${registry.length} residents`);
    [me, clerk] = await Promise.all(
      [resident, clerkResident].map((r) => verifiedResident(base, servers().sandboxUrl, r)),
    );
    await setStorage(page, base, { 'zsb.session': me.session, 'zsb.elderMode': false, 'zsb.staff': null });
    await freshLoad(page, base);
    await openTab(page, '办事');
    const input = visible(page, '.e2e-search-input input');
    await input.waitFor();
    await input.fill(QUERY);
    const item = visible(page, '.e2e-results .e2e-result-item').filter({ hasText: EXPECTED }).first();
    await item.waitFor();
    await item.tap();
    const title = visible(page, '.e2e-guide-name');
    await title.waitFor();
    guideName = await text(title);
    assert(guideName.includes(EXPECTED), `the guide is “${guideName}”`);
    const at = new URL(page.url().replace('#/', ''));
    guidePath = at.pathname;
    matterCode = at.searchParams.get('code') ?? '';
    assert(matterCode, `no matter code in ${page.url()}`);
    const ask = visible(page, '.e2e-guide-ask');
    await scrollTo(ask);
    assert((await text(ask.locator('.e2e-guide-consult'))).includes('我要咨询'), 'no 我要咨询 at the end');
    assert((await text(ask.locator('.e2e-guide-feedback'))).includes('办不成事？去反映'), 'no 办不成事？去反映');
  });

  test('feedback: 办不成事？去反映 opens the form about the matter with no kind chosen, 提交反映 disabled and what is missing said', async () => {
    await visible(page, '.e2e-guide-feedback').tap();
    await visible(page, '.e2e-feedback-kinds').waitFor();
    await settle(page);
    assert((await visible(page, '.e2e-feedback-kind').count()) === 6, 'not six kinds');
    assert((await chosenKinds()) === 0, `${await chosenKinds()} kinds preselected`);
    const linked = await text(visible(page, '.e2e-feedback-linked'));
    assert(linked.includes(guideName), `the form is about “${linked}”, the guide is ${guideName}`);
    assert((await visible(page, '.e2e-feedback-text textarea').inputValue()) === '', 'the text is prefilled');
    const submit = visible(page, '.e2e-feedback-submit');
    assert((await submit.getAttribute('aria-disabled')) === 'true', '提交反映 is enabled with nothing given');
    const missing = await text(visible(page, '.e2e-feedback-missing'));
    assert(missing.includes('选择遇到的问题') && missing.includes('写清楚情况'), `the hint reads “${missing}”`);
    // Tapping the disabled button sends nothing.
    const posts: string[] = [];
    const onReq = (r: { url: () => string; method: () => string }) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/feedback') posts.push(r.url());
    };
    page.on('request', onReq);
    await submit.tap({ force: true });
    await page.waitForTimeout(300);
    page.off('request', onReq);
    assert(posts.length === 0, 'the disabled 提交反映 sent a report');
  });

  test('feedback: a kind and too few words: the kind is marked, the counter and the hint say how many more are needed', async () => {
    await visible(page, '.e2e-feedback-kind-window_failed').tap();
    assert(
      (await visible(page, '.e2e-feedback-kind-window_failed').getAttribute('aria-checked')) === 'true',
      '窗口办不成 is not marked chosen',
    );
    assert((await chosenKinds()) === 1, `${await chosenKinds()} kinds chosen`);
    const box = visible(page, '.e2e-feedback-text textarea');
    await box.fill('没办成');
    const counter = await text(visible(page, '.e2e-feedback-counter'));
    assert(counter.includes('至少 5 个字') && counter.endsWith('3/1000'), `the counter reads “${counter}”`);
    const missing = await text(visible(page, '.e2e-feedback-missing'));
    assert(
      missing.includes('写清楚情况') && missing.includes('还差 2 个字') && !missing.includes('选择遇到的问题'),
      `the hint reads “${missing}”`,
    );
    assert(
      (await visible(page, '.e2e-feedback-submit').getAttribute('aria-disabled')) === 'true',
      '提交反映 is enabled with three characters',
    );
    // What is typed reads at the page's body size (15 CSS px), not the browser's small textarea font.
    const typed = await box.evaluate((el) => getComputedStyle(el).fontSize);
    assert(parseFloat(typed) >= 15, `the words are typed at ${typed}`);
    const problems = [
      ...(await shortTargets(visible(page, '.e2e-feedback-kind'), 44, 'kind')),
      ...(await shortTargets(visible(page, '.e2e-feedback-submit'), 44, '提交反映')),
      ...(await cutOff(page, [
        '.e2e-feedback-kind',
        '.choice__label',
        '.e2e-feedback-submit',
        '.e2e-feedback-missing',
      ])),
    ];
    // From the top (what it is about, then the kinds): scrolled to the kinds, the 返回 bar would hide their question.
    await scrollTo(visible(page, '.e2e-feedback-linked'));
    await shot(page, 'h5-feedback-form.png');
    await scrollTo(visible(page, '.e2e-feedback-text-box'));
    await shot(page, 'h5-feedback-form-text.png');
    assert(problems.length === 0, problems.join('; '));
  });

  test('feedback: the words written, 提交反映 lands on the case: ✓ 已提交, BC…, 已受理, the owner center and 答复期限', async () => {
    await visible(page, '.e2e-feedback-text textarea').fill(caseText);
    const submit = visible(page, '.e2e-feedback-submit');
    await until(
      async () => submit.getAttribute('aria-disabled'),
      (v) => v === 'false',
      5000,
      '提交反映 to be enabled',
    );
    assert(
      (await text(visible(page, '.e2e-feedback-missing'))) === '提交后会有编号和答复期限',
      'something is still said to be missing',
    );
    await submit.tap();
    await visible(page, '.e2e-feedback-done').waitFor();
    const id = idInUrl(page);
    caseFiled = await feedbackOf(id);
    const number = await text(visible(page, '.e2e-feedback-number'));
    assert(/^BC\d{14}$/.test(number) && number === caseFiled.number, `the number reads ${number}`);
    const done = await text(visible(page, '.e2e-feedback-done'));
    assert(done.includes('已提交') && done.includes(number) && done.includes(caseFiled.ownerName), `“${done}”`);
    assert((await text(visible(page, '.e2e-feedback-state'))) === '已受理', 'the case is not 已受理');
    assert((await text(visible(page, '.e2e-feedback-kind'))) === '窗口办不成', 'the kind is not 窗口办不成');
    const owner = await text(visible(page, '.e2e-feedback-owner'));
    assert(
      owner.length > 2 && owner === caseFiled.ownerName,
      `答复单位 reads “${owner}”, the API ${caseFiled.ownerName}`,
    );
    const dueRow = await text(visible(page, '.fact').filter({ has: page.locator('.e2e-feedback-due') }));
    assert(/^答复期限 ?\d{4}年\d{1,2}月\d{1,2}日前$/.test(dueRow), `答复期限 reads “${dueRow}”`);
    assert((await text(visible(page, '.e2e-feedback-matter'))) === guideName, 'the matter is not named');
    assert((await text(visible(page, '.e2e-feedback-body'))) === caseText, 'the words are not shown as written');
    const steps = await visible(page, '.e2e-feedback-step .tl__label').allTextContents();
    assert(steps.join() === '已受理', `timeline: ${JSON.stringify(steps)}`);
    assert(
      caseFiled.type === 'case' &&
        caseFiled.kind === 'window_failed' &&
        caseFiled.state === 'received' &&
        caseFiled.text === caseText &&
        !caseFiled.overdue,
      `stored: ${JSON.stringify(caseFiled)}`,
    );
    await shot(page, 'h5-feedback-filed.png');
  });

  test('feedback: the browser’s back from the case does not show the form as if unsent: it lands on the guide', async () => {
    await page.goBack();
    await settle(page);
    const form = visible(page, '.e2e-feedback-submit');
    if (await form.count()) {
      // If the form's page comes back at all, it must not offer to send the same words again.
      const typed = await visible(page, '.e2e-feedback-text textarea').inputValue();
      const enabled = (await form.getAttribute('aria-disabled')) === 'false';
      assert(!(enabled && typed === caseText), 'the form is back with the sent words and 提交反映 enabled');
    }
    await guideShown('back from the case');
    assert((await text(visible(page, '.e2e-guide-name'))) === guideName, 'back shows another guide');
  });

  test('consult: 我要咨询 from the same guide names the matter; the question is sent and lands on ZX…, 已受理', async () => {
    await visible(page, '.e2e-guide-consult').tap();
    const name = visible(page, '.e2e-consult-matter-name');
    await name.waitFor();
    assert((await text(name)) === guideName, `the consultation is about “${await text(name)}”`);
    const submit = visible(page, '.e2e-feedback-submit');
    assert((await submit.getAttribute('aria-disabled')) === 'true', '提交咨询 is enabled with no question');
    assert((await text(visible(page, '.e2e-feedback-missing'))).includes('写清楚问题'), 'no hint says what is left');
    await visible(page, '.e2e-feedback-text textarea').fill(question);
    await until(
      async () => submit.getAttribute('aria-disabled'),
      (v) => v === 'false',
      5000,
      '提交咨询 to be enabled',
    );
    await settle(page);
    await scrollTo(visible(page, '.e2e-consult-matter'));
    await shot(page, 'h5-consult.png');
    await submit.tap();
    await visible(page, '.e2e-feedback-done').waitFor();
    consultFiled = await feedbackOf(idInUrl(page));
    const number = await text(visible(page, '.e2e-feedback-number'));
    assert(/^ZX\d{14}$/.test(number) && number === consultFiled.number, `the number reads ${number}`);
    assert((await text(visible(page, '.e2e-feedback-state'))) === '已受理', 'the question is not 已受理');
    assert((await text(visible(page, '.e2e-feedback-kind'))) === '咨询', 'the page does not say 咨询');
    assert((await text(visible(page, '.e2e-feedback-matter'))) === guideName, 'the matter is not named');
    assert((await text(visible(page, '.e2e-feedback-owner'))) === consultFiled.ownerName, 'another 答复单位');
    assert(
      consultFiled.type === 'consultation' && consultFiled.kind === null && consultFiled.text === question,
      `stored: ${JSON.stringify(consultFiled)}`,
    );
  });

  test('back: 返回 from the question’s page renders the guide; the case’s page opened by its address → 返回 renders 我的', async () => {
    await visible(page, '.e2e-back').tap();
    await guideShown('返回 from the question');
    await freshLoad(page, pageUrl(base, 'feedback', { id: caseFiled.id }));
    await visible(page, '.e2e-feedback-number').waitFor();
    assert((await visible(page, '.e2e-feedback-done').count()) === 0, 'a case opened later says ✓ 已提交');
    await visible(page, '.e2e-back').tap();
    await shows(page, '/pages/mine/index', '.e2e-mine-feedback', '返回 from a case opened by its address');
  });

  test('staff: staff.mjs makes another resident staff of the center both were filed with (ownerName names it)', async () => {
    const { bffEnv, databaseUrl } = servers();
    if (!databaseUrl)
      throw new Error('needs PostgreSQL (PG_ADMIN_URL): staff.mjs cannot grant while the BFF holds PGlite');
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    let owners: string[];
    try {
      const rows = await Promise.all(
        [caseFiled, consultFiled].map((f) =>
          db.query<{ owner_center_id: string }>('SELECT owner_center_id FROM feedback WHERE id = $1', [f.id]),
        ),
      );
      owners = rows.map((r) => r.rows[0]?.owner_center_id ?? '');
    } finally {
      await db.end();
    }
    assert(owners[0] && owners[0] === owners[1], `owner centers in the database: ${JSON.stringify(owners)}`);
    centerId = owners[0];
    assert(caseFiled.ownerName === consultFiled.ownerName, 'the two name different owners');
    const out = await staffScript(bffEnv, ['grant', clerkResident.phone, centerId]);
    assert(out.includes(centerId), `staff.mjs said: ${out.trim()}`);
    const scopes = await clerk.api<StaffScopes>('/api/v1/staff/me', { headers: clerk.auth });
    const center = scopes.centers.find((c) => c.id === centerId);
    assert(center, `staff/me answers ${JSON.stringify(scopes)}`);
    assert(center.name === caseFiled.ownerName, `the center is ${center.name}, the case names ${caseFiled.ownerName}`);
  });

  test('staff: 我的 › 工作人员 › 反映和咨询 lists both: masked name, the words, no ID number or phone in the page', async () => {
    await setStorage(page, base, { 'zsb.session': clerk.session, 'zsb.staff': null });
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-staff-feedback').tap();
    for (const [f, words, kind] of [
      [caseFiled, caseText, '窗口办不成'],
      [consultFiled, question, '咨询'],
    ] as const) {
      const card = visible(page, '.e2e-staff-feedback').filter({ hasText: f.number });
      await card.waitFor();
      const shown = await text(card);
      assert(shown.includes(me.session.resident.nameMasked ?? '\0'), `the card reads “${shown.slice(0, 160)}”`);
      assert(!shown.includes(resident.name), 'the full name is shown');
      assert(shown.includes(words) && shown.includes(guideName), `the card reads “${shown.slice(0, 160)}”`);
      assert((await text(card.locator('.e2e-staff-feedback-kind'))) === kind, `the card is not ${kind}`);
      assert((await text(card.locator('.e2e-staff-feedback-state'))) === '已受理', `${f.number} is not 已受理`);
      assert(/答复期限 \d{4}年\d{1,2}月\d{1,2}日前/.test(shown), `the deadline reads “${shown}”`);
    }
    const pageText = await page.evaluate(() => document.body.innerText);
    for (const secret of [resident.id_number, resident.phone, resident.id_number.slice(-8), resident.name])
      assert(!pageText.includes(secret), `the page text holds ${secret}`);
    assert(!(await page.content()).includes(resident.id_number), 'the page source holds the ID number');
    await settle(page);
    await scrollTo(visible(page, '.st-head'));
    await shot(page, 'h5-staff-feedback.png');
  });

  test('staff: 记录办理情况 on the case (a note is required), then 书面答复 on each; they read 办理中 and 已答复', async () => {
    const step = async (f: Feedback, action: 'progress' | 'answer', note: string, after: string) => {
      const card = visible(page, '.e2e-staff-feedback').filter({ hasText: f.number });
      await card.locator(`.e2e-staff-feedback-${action}`).tap();
      // Without its note it is refused on the phone.
      await card.locator('.e2e-staff-feedback-submit').tap();
      await card.locator('.e2e-staff-feedback-problem').waitFor();
      await card.locator('.e2e-staff-feedback-note textarea').fill(note);
      await card.locator('.e2e-staff-feedback-submit').tap();
      await until(
        async () => text(card.locator('.e2e-staff-feedback-state')),
        (s) => s === after,
        15_000,
        `${f.number} to read ${after}`,
      );
      assert((await card.locator('.e2e-staff-feedback-refusal').count()) === 0, `${action} was refused`);
    };
    await step(caseFiled, 'progress', progressNote, '办理中');
    await step(caseFiled, 'answer', caseAnswer, '已答复');
    await step(consultFiled, 'answer', consultAnswer, '已答复');
    for (const f of [caseFiled, consultFiled]) {
      const card = visible(page, '.e2e-staff-feedback').filter({ hasText: f.number });
      assert((await card.locator('.e2e-staff-feedback-action').count()) === 0, `${f.number} can still be acted on`);
    }
    const [c, q] = await Promise.all([feedbackOf(caseFiled.id), feedbackOf(consultFiled.id)]);
    assert(c.state === 'answered' && c.answer === caseAnswer, `the case is stored ${c.state}: ${c.answer}`);
    assert(q.state === 'answered' && q.answer === consultAnswer, `the question is stored ${q.state}: ${q.answer}`);
  });

  test('resident: the case reads 已答复 with the answer first, and the timeline 已受理 → 办理中 → 已答复 by the center', async () => {
    await setStorage(page, base, { 'zsb.session': me.session });
    await freshLoad(page, pageUrl(base, 'feedback', { id: caseFiled.id }));
    const answer = visible(page, '.e2e-feedback-answer');
    await answer.waitFor();
    assert((await text(visible(page, '.e2e-feedback-state'))) === '已答复', 'the case is not 已答复');
    assert((await text(answer.locator('.e2e-feedback-answer-text'))) === caseAnswer, 'the answer is not shown');
    assert((await text(answer)).includes(caseFiled.ownerName), 'the answer does not say who answered');
    const labels = await visible(page, '.e2e-feedback-step .tl__label').allTextContents();
    assert(labels.join() === '已答复,办理中,已受理', `timeline, latest first: ${JSON.stringify(labels)}`);
    const steps = visible(page, '.e2e-feedback-step');
    assert((await text(steps.nth(0))).includes(caseAnswer), 'the 已答复 step does not hold the answer');
    assert((await text(steps.nth(1))).includes(progressNote), 'the 办理中 step does not hold the 办理情况');
    for (const i of [0, 1])
      assert(
        (await text(steps.nth(i).locator('.tl__by'))) === caseFiled.ownerName,
        `step ${i + 1} is by “${await text(steps.nth(i).locator('.tl__by'))}”`,
      );
    assert(
      (await text(visible(page, '.e2e-feedback-due'))).endsWith('（已答复）'),
      '答复期限 does not say it was answered',
    );
    assert((await visible(page, '.e2e-feedback-overdue').count()) === 0, 'an answered case is flagged 已超期');
    await shot(page, 'h5-feedback-answered.png');
    await scrollTo(visible(page, '.e2e-feedback-progress'));
    await shot(page, 'h5-feedback-timeline.png');
    await freshLoad(page, pageUrl(base, 'feedback', { id: consultFiled.id }));
    await visible(page, '.e2e-feedback-answer').waitFor();
    assert((await text(visible(page, '.e2e-feedback-answer-text'))) === consultAnswer, 'the answer is not shown');
    const qLabels = await visible(page, '.e2e-feedback-step .tl__label').allTextContents();
    assert(qLabels.join() === '已答复,已受理', `the question's timeline: ${JSON.stringify(qLabels)}`);
  });

  test('resident: 消息 has a message for each answer; each opens its case or question', async () => {
    for (const [f, answer] of [
      [caseFiled, caseAnswer],
      [consultFiled, consultAnswer],
    ] as const) {
      await freshLoad(page, base);
      await openTab(page, '我的');
      await visible(page, '.e2e-mine-messages').tap();
      const notice = visible(page, '.e2e-notification').filter({ hasText: f.number });
      await notice.first().waitFor();
      assert((await notice.count()) === 1, `${await notice.count()} messages about ${f.number}`);
      const shown = await text(notice);
      assert(shown.includes('已答复'), `the message reads “${shown}”`);
      await notice.tap();
      const answerText = visible(page, '.e2e-feedback-answer-text');
      await answerText.waitFor();
      assert(idInUrl(page) === f.id, `the message opened ${page.url()}`);
      assert((await text(answerText)) === answer, 'the page opened shows another answer');
    }
  });

  test('resident: 我的 › 我的反映 lists both as 已答复, newest first; a row opens its page', async () => {
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-feedback').tap();
    const rows = visible(page, '.e2e-feedback-row');
    await rows.first().waitFor();
    const all = await rows.allTextContents();
    assert(all.length === 2, `${all.length} rows: ${JSON.stringify(all)}`);
    assert(all[0].includes(consultFiled.number) && all[1].includes(caseFiled.number), `order: ${JSON.stringify(all)}`);
    for (const [i, kind] of ['咨询', '窗口办不成'].entries()) {
      assert((await text(rows.nth(i).locator('.e2e-feedback-row-kind'))) === kind, `row ${i + 1} is not ${kind}`);
      assert((await text(rows.nth(i).locator('.e2e-feedback-row-state'))) === '已答复', `row ${i + 1} not 已答复`);
    }
    await settle(page);
    await shot(page, 'h5-my-feedback.png');
    await rows.nth(1).tap();
    await visible(page, '.e2e-feedback-answer').waitFor();
    assert(idInUrl(page) === caseFiled.id, `the row opened ${page.url()}`);
  });

  test('elder: in 长辈模式 the case form is usable: large type (typed words too), kinds and 提交反映 ≥ 60 px, nothing cut off', async () => {
    await setStorage(page, base, { 'zsb.elderMode': true });
    await freshLoad(page, pageUrl(base, 'feedbackNew', { matterCode }));
    await visible(page, '.e2e-root.elder .e2e-feedback-kinds').waitFor();
    assert((await chosenKinds()) === 0, 'a kind is preselected in 长辈模式');
    await visible(page, '.e2e-feedback-kind-repeat_visits').tap();
    await visible(page, '.e2e-feedback-text textarea').fill('跑了三趟');
    await visible(page, '.e2e-feedback-missing').waitFor();
    const problems = [
      ...(await elderProblems(page, {
        body: [
          '.choice__label',
          '.choice__hint',
          '.fb-q__hint',
          '.e2e-feedback-text textarea',
          '.e2e-feedback-counter',
          '.e2e-feedback-missing',
          '.fb-who__line',
          '.e2e-feedback-linked-name',
        ],
        titles: [],
        buttons: ['.e2e-feedback-submit', '.e2e-feedback-photo-add'],
      })),
      ...(await shortTargets(visible(page, '.e2e-feedback-kind'), 60, 'kind')),
      ...(await shortTargets(visible(page, '.e2e-feedback-submit'), 60, '提交反映')),
      ...(await cutOff(page, [
        '.e2e-feedback-kind',
        '.choice__label',
        '.choice__hint',
        '.fb-q',
        '.e2e-feedback-counter',
        '.e2e-feedback-missing',
        '.e2e-feedback-submit',
        '.e2e-feedback-linked-name',
      ])),
    ];
    await scrollTo(visible(page, '.e2e-feedback-linked'));
    await shot(page, 'h5-feedback-form-elder.png');
    await scrollTo(visible(page, '.e2e-feedback-text-box'));
    await shot(page, 'h5-feedback-form-text-elder.png');
    assert(problems.length === 0, problems.join('; '));
  });

  test('elder: in 长辈模式 the answered case with its timeline is large and whole', async () => {
    await freshLoad(page, pageUrl(base, 'feedback', { id: caseFiled.id }));
    await visible(page, '.e2e-root.elder .e2e-feedback-answer').waitFor();
    assert((await visible(page, '.e2e-feedback-step').count()) === 3, 'the timeline does not have three steps');
    const problems = [
      ...(await elderProblems(page, {
        body: [
          '.e2e-feedback-answer-text',
          '.fb-answer__time',
          '.fb-answer__more',
          '.fact__label',
          '.fact__value',
          '.e2e-feedback-body',
          '.tl__label',
          '.tl__time',
          '.tl__by',
          '.tl__note',
        ],
        titles: ['.fb-answer__title', '.e2e-feedback-progress .section__title'],
        buttons: ['.e2e-feedback-all', '.e2e-back'],
      })),
      ...(await cutOff(page, [
        '.fb-answer__title',
        '.e2e-feedback-answer-text',
        '.e2e-feedback-number',
        '.e2e-feedback-state',
        '.e2e-feedback-owner',
        '.e2e-feedback-due',
        '.tl__label',
        '.tl__time',
        '.tl__by',
        '.tl__note',
        '.e2e-feedback-all',
      ])),
    ];
    await shot(page, 'h5-feedback-answered-elder.png');
    await scrollTo(visible(page, '.e2e-feedback-progress'));
    await shot(page, 'h5-feedback-timeline-elder.png');
    await setStorage(page, base, { 'zsb.elderMode': false });
    assert(problems.length === 0, problems.join('; '));
  });
});

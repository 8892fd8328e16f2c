// 帮办代办 (issue 18) over the UI, by the read-back path: an elderly principal who has verified once (her phone is on
// file) has no smartphone with her; her daughter, beside her, enters her name and ID number under 我的 › 委托代办 ›
// 帮没有智能手机的人办, picks two matters, 可以办理 and 30 天; the code goes to the mother's phone, the mother reads it
// out, a wrong one is refused and the right one grants. From the 委托's page the daughter opens 在线申请 and 预约 for
// her mother: a banner on every page says for whom, requests carry X-Acting-For only where the BFF allows it, the
// application and the booking are the mother's. The mother, in 长辈模式, sees the 委托 and its 代办记录 (提交申请,
// 预约窗口) and revokes it in a large dialog; the daughter's next request is refused, acting ends and she is told why.
// Each new page is shot in normal and elder mode at 390×844 CSS px.
import type { Browser, Locator, Page, Request } from '@playwright/test';
import type {
  ApplicationForm,
  ApplicationList,
  BookingList,
  CenterAreas,
  CenterList,
  FormField,
  Mandate,
  MandateActionList,
  MandateInvite,
  MandateList,
  MatterPage,
  MatterSummary,
} from '@zsb/contracts';
import { isDelegableRoute } from '@zsb/domain';
import type { Resident } from '@zsb/sandbox';
import {
  answerFor,
  assert,
  cleanShot as shot,
  closeApp,
  cutOff,
  elderProblems,
  freshLoad,
  noisePng,
  openApp,
  openTab,
  scrollTo,
  setStorage,
  settle,
  shortTargets,
  test,
  text,
  until,
  visible,
} from './support/app';
import { sandboxResidents, verifiedResident, type Api, type Auth, type Verified } from './support/api';
import { pageUrl, servers } from './support/servers';

// The screenshots are taken on the phone the docs show (390×844), not the tests' default 375×812.
const SHOT_SIZE = { width: 390, height: 844 };
const BOOK_QUERY = '社保卡';

interface Sms {
  text: string;
  params: { code?: string };
}

async function lastSms(sandboxUrl: string, phone: string): Promise<Sms | undefined> {
  const res = await fetch(`${sandboxUrl}/__sandbox/sms?phone=${phone}`);
  return ((await res.json()) as { messages: Sms[] }).messages[0];
}

/** A 掌上办 matter to apply for: no date fields to type, 窗口领取 offered, every material a photo can answer. */
async function pickApplyMatter(api: Api, auth: Auth, not: string): Promise<ApplicationForm> {
  for (let p = 1; p <= 4; p++) {
    const { items } = await api<MatterPage>(`/api/v1/matters?mobileReady=true&pageSize=50&page=${p}`);
    for (const m of items) {
      if (m.code === not) continue;
      const form = await api<ApplicationForm>(`/api/v1/matters/${m.code}/form`, { headers: auth });
      if (form.delivery.methods.includes('window') && !form.fields.some((f) => !f.locked && f.type === 'date'))
        return form;
    }
  }
  throw new Error('no 掌上办 matter offers 窗口领取 without a date to type');
}

/** The matter to book, and a county/township with a center that handles it and has a free slot. */
async function pickPlace(api: Api): Promise<{ matter: MatterSummary; county: string; township: string }> {
  const q = encodeURIComponent(BOOK_QUERY);
  const matter = (await api<MatterPage>(`/api/v1/matters?q=${q}&pageSize=1`)).items[0];
  const { items: areas } = await api<CenterAreas>('/api/v1/center-areas');
  for (const area of areas)
    for (const township of area.townships) {
      const query = `county=${encodeURIComponent(area.county)}&township=${encodeURIComponent(township)}&matterCode=${matter.code}`;
      const { items } = await api<CenterList>(`/api/v1/centers?${query}`);
      if (items.some((c) => c.bookable && c.nextSlot)) return { matter, county: area.county, township };
    }
  throw new Error(`no township has a bookable center with a free slot for ${matter.name}`);
}

async function phone(browser: Browser): Promise<Page> {
  const page = await openApp(browser);
  await page.setViewportSize(SHOT_SIZE);
  return page;
}

test.describe.serial('帮办代办', () => {
  let base: string;
  let sandboxUrl: string;
  let daughterPage: Page;
  let mumPage: Page;
  let mumR: Resident;
  let daughterR: Resident;
  let mum: Verified;
  let daughter: Verified;
  let applyForm: ApplicationForm;
  let bookMatter: MatterSummary;
  let county: string;
  let township: string;
  let mandate: Mandate;
  let readBackCode: string;
  const acted: { method: string; path: string; header: string | undefined }[] = [];
  const onRequest = (req: Request) => {
    const url = new URL(req.url());
    if (!url.pathname.startsWith('/api/')) return;
    acted.push({ method: req.method(), path: url.pathname, header: req.headers()['x-acting-for'] });
  };
  const mumName = () => mum.session.resident.nameMasked ?? '\0';
  const daughterName = () => daughter.session.resident.nameMasked ?? '\0';
  const field = (page: Page, f: Pick<FormField, 'key' | 'type'>) =>
    visible(page, `.e2e-field-${f.key} ${f.type === 'textarea' ? 'textarea' : 'input'}`);
  /** Ticks a matter found by its name in the picker. */
  const pickMatter = async (page: Page, name: string) => {
    await visible(page, '.e2e-mandate-matter-search input').fill(name);
    await visible(page, '.e2e-mandate-matter').filter({ hasText: name }).first().tap();
    await visible(page, '.e2e-mandate-chosen-item').filter({ hasText: name }).first().waitFor();
  };
  const uploadPhoto = async (page: Page, box: Locator, name: string) => {
    const chooser = page.waitForEvent('filechooser');
    await box.locator('.e2e-material-upload').tap();
    await (await chooser).setFiles({ name, mimeType: 'image/png', buffer: await noisePng(48, 36) });
    await box.locator('.e2e-upload-thumb').first().waitFor({ timeout: 15_000 });
  };

  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    daughterPage = await phone(browser);
    mumPage = await phone(browser);
    daughterPage.on('request', onRequest);
  });
  test.afterAll(async () => {
    await closeApp(daughterPage);
    await closeApp(mumPage);
  });

  test('setup: the mother verifies once (her phone on file), the daughter verifies; a 掌上办 matter and a bookable one', async () => {
    // Residents no other H5 spec signs in.
    const registry = await sandboxResidents(sandboxUrl);
    [mumR, daughterR] = [registry[16], registry[17]];
    assert(mumR && daughterR, `the sandbox has ${registry.length} residents`);
    mum = await verifiedResident(base, sandboxUrl, mumR);
    daughter = await verifiedResident(base, sandboxUrl, daughterR);
    ({ matter: bookMatter, county, township } = await pickPlace(mum.api));
    applyForm = await pickApplyMatter(mum.api, mum.auth, bookMatter.code);
    await setStorage(daughterPage, base, {
      'zsb.session': daughter.session,
      'zsb.elderMode': false,
      'zsb.acting': null,
    });
    await setStorage(mumPage, base, { 'zsb.session': mum.session, 'zsb.elderMode': false, 'zsb.acting': null });
  });

  test('daughter: 我的 › 委托代办 shows 我委托的 and 我帮谁办, each empty one saying in plain words what 委托 is', async () => {
    await freshLoad(daughterPage, base);
    await openTab(daughterPage, '我的');
    await visible(daughterPage, '.e2e-mine-mandates').tap();
    await visible(daughterPage, '.e2e-mandates-held').waitFor();
    const granted = await text(visible(daughterPage, '.e2e-mandates-granted-empty'));
    const held = await text(visible(daughterPage, '.e2e-mandates-held-empty'));
    assert(granted.includes('委托') && granted.includes('代办码'), `我委托的 reads “${granted}”`);
    assert(held.includes('还没有人委托您'), `我帮谁办 reads “${held}”`);
    assert((await text(visible(daughterPage, '.e2e-mandates-invite'))) === '出示代办码', 'no 出示代办码');
    assert((await text(visible(daughterPage, '.e2e-mandates-request'))) === '帮没有智能手机的人办', 'no read-back');
    const problems = await cutOff(daughterPage, ['.md-empty', '.md-wide', '.section__title']);
    await shot(daughterPage, 'h5-mandates-empty.png');
    assert(problems.length === 0, problems.join('; '));
  });

  test('daughter: 出示代办码 (亲友: nothing else to choose) shows the QR of 确认委托 with a countdown, for the principal’s own phone', async () => {
    await visible(daughterPage, '.e2e-mandates-invite').tap();
    await visible(daughterPage, '.e2e-invite-show').tap();
    const invite = visible(daughterPage, '.e2e-invite');
    await invite.waitFor();
    assert((await text(invite)).includes('请委托人用自己的手机扫码'), 'the page does not say whose phone scans');
    assert((await visible(daughterPage, '.e2e-invite-qr .qr__cell').count()) > 50, 'no QR drawn');
    const countdown = await text(visible(daughterPage, '.e2e-invite-countdown'));
    assert(/有效时间还剩 (10 分 00|9 分 \d\d) 秒/.test(countdown), `the countdown reads “${countdown}”`);
    const token = await text(visible(daughterPage, '.e2e-invite-token'));
    assert(/^[A-Za-z0-9_-]{20,64}$/.test(token), `the code shown is “${token}”`);
    const label = await visible(daughterPage, '.e2e-invite-qr').getAttribute('aria-label');
    assert(label === '代办码', `the QR is labelled ${label}`);
    const problems = await cutOff(daughterPage, ['.e2e-invite-qr', '.e2e-invite-countdown', '.md-lead', '.md-title']);
    await shot(daughterPage, 'h5-mandate-invite.png');
    assert(problems.length === 0, problems.join('; '));
  });

  test('daughter: 帮没有智能手机的人办 chooses nothing for her; 发送 says what is missing and a mistyped ID number is refused at its field', async () => {
    await freshLoad(daughterPage, pageUrl(base, 'mandateRequest'));
    await visible(daughterPage, '.e2e-request-who').waitFor();
    const chosen = await daughterPage.evaluate(
      () =>
        [...document.querySelectorAll('.e2e-mandate-level, .e2e-mandate-days')].filter(
          (el) => el.checkVisibility() && el.getAttribute('aria-checked') === 'true',
        ).length,
    );
    assert(chosen === 0, `${chosen} choices made for her`);
    const hint = await text(visible(daughterPage, '.e2e-request-who'));
    assert(hint.includes('对方从没用过掌上办时才需要，必须是对方本人名下的手机号'), `the phone hint reads “${hint}”`);
    await visible(daughterPage, '.e2e-request-name input').fill(mumR.name);
    // The last digit changed: the check digit no longer matches.
    const wrong = `${mumR.id_number.slice(0, 17)}${mumR.id_number.endsWith('1') ? '2' : '1'}`;
    await visible(daughterPage, '.e2e-request-id-number input').fill(wrong);
    const posts: string[] = [];
    const onPost = (r: Request) =>
      r.method() === 'POST' && r.url().includes('/mandate-requests') && posts.push(r.url());
    daughterPage.on('request', onPost);
    await visible(daughterPage, '.e2e-request-send').tap();
    const problems = await visible(daughterPage, '.field__problem').allTextContents();
    daughterPage.off('request', onPost);
    assert(posts.length === 0, 'a request was sent with a wrong ID number');
    const all = problems.join(' ');
    for (const words of [
      '身份证号码有一位输错了',
      '请至少选择一件委托办理的事',
      '只查询，还是可以办理',
      '委托多长时间',
    ])
      assert(all.includes(words), `the problems read “${all}”`);
    await scrollTo(visible(daughterPage, '.e2e-request-intro'));
    await shot(daughterPage, 'h5-mandate-request.png');
    await scrollTo(visible(daughterPage, '.e2e-mandate-matters'));
    await shot(daughterPage, 'h5-mandate-request-scope.png');
  });

  test('daughter: with the right ID number, two matters, 可以办理 and 30 天, a code goes to the mother’s phone naming her; the page asks for it read back', async () => {
    await visible(daughterPage, '.e2e-request-id-number input').fill(mumR.id_number);
    await pickMatter(daughterPage, applyForm.matterName);
    await pickMatter(daughterPage, bookMatter.name);
    await visible(daughterPage, '.e2e-mandate-level-handle').tap();
    await visible(daughterPage, '.e2e-mandate-days-30').tap();
    const before = await lastSms(sandboxUrl, mumR.phone);
    await scrollTo(visible(daughterPage, '.e2e-mandate-matters'));
    await shot(daughterPage, 'h5-mandate-request-filled.png');
    await visible(daughterPage, '.e2e-request-send').tap();
    const readback = visible(daughterPage, '.e2e-request-readback');
    await readback.waitFor();
    assert(
      (await text(readback)).includes('请对方把收到的验证码念给您'),
      'the page does not ask for the code read back',
    );
    const sms = await until(
      () => lastSms(sandboxUrl, mumR.phone),
      (m) => m && m.text !== before?.text && m.params.code,
      10_000,
      'the code to the mother’s phone',
    );
    assert(sms?.text.includes(daughterName()), `the SMS reads “${sms?.text}”`);
    readBackCode = sms!.params.code!;
    await shot(daughterPage, 'h5-mandate-readback.png');
  });

  test('daughter: a wrong code is refused with the BFF’s words; the code the mother read out grants the 委托', async () => {
    await visible(daughterPage, '.e2e-request-code input').fill(readBackCode === '000000' ? '111111' : '000000');
    await visible(daughterPage, '.e2e-request-confirm').tap();
    const problem = visible(daughterPage, '.e2e-request-problem');
    await problem.waitFor();
    assert((await text(problem)).includes('验证码'), `the refusal reads “${await text(problem)}”`);
    await visible(daughterPage, '.e2e-request-code input').fill(readBackCode);
    await visible(daughterPage, '.e2e-request-confirm').tap();
    await visible(daughterPage, '.e2e-request-done').waitFor();
    const { held } = await daughter.api<MandateList>('/api/v1/mandates', { headers: daughter.auth });
    assert(held.length === 1 && held[0].state === 'active', `held: ${JSON.stringify(held)}`);
    mandate = held[0];
    assert(
      mandate.kind === 'family' && mandate.level === 'handle' && mandate.grantedVia === 'readback-sms',
      `stored: ${JSON.stringify(mandate)}`,
    );
    assert(
      new Set(mandate.matters.map((m) => m.code)).size === 2 &&
        mandate.matters.some((m) => m.code === applyForm.matterCode) &&
        mandate.matters.some((m) => m.code === bookMatter.code),
      `matters: ${JSON.stringify(mandate.matters)}`,
    );
    assert((await text(visible(daughterPage, '.e2e-mandate-principal'))) === mumName(), 'the principal is not named');
    await shot(daughterPage, 'h5-mandate-request-done.png');
  });

  test('daughter: 为TA办理 › 在线申请 opens the normal form as her mother’s: a banner 正在为 … 代办, the applicant is the mother', async () => {
    await visible(daughterPage, '.e2e-request-open').tap();
    const act = visible(daughterPage, '.e2e-mandate-act');
    await act.waitFor();
    await scrollTo(act);
    await shot(daughterPage, 'h5-mandate-act.png');
    acted.length = 0;
    await visible(daughterPage, '.e2e-mandate-act-matter')
      .filter({ hasText: applyForm.matterName })
      .locator('.e2e-mandate-act-apply')
      .tap();
    await visible(daughterPage, '.e2e-apply-matter').waitFor();
    const banner = await text(visible(daughterPage, '.e2e-acting-banner'));
    assert(banner.includes(`正在为 ${mumName()} 代办`) && banner.includes('结束代办'), `the banner reads “${banner}”`);
    const applicant = await text(visible(daughterPage, '.e2e-applicant'));
    assert(applicant.includes(mumName()) && !applicant.includes(daughterName()), `the applicant reads “${applicant}”`);
    await shot(daughterPage, 'h5-mandate-acting-apply.png');
  });

  test('daughter: she fills it in, uploads a photo for each material (no licence offered while acting), 窗口领取, and submits: it is the mother’s', async () => {
    for (const f of applyForm.fields.filter((x) => !x.locked && x.required)) {
      if (f.type === 'choice') await visible(daughterPage, `.e2e-field-${f.key} .e2e-field-choice`).first().tap();
      else await field(daughterPage, f).fill(answerFor(f));
    }
    await visible(daughterPage, '.e2e-apply-next').tap();
    await visible(daughterPage, '.e2e-materials-step').waitFor();
    assert(
      (await visible(daughterPage, '.e2e-material-use-licence').count()) === 0,
      'a licence is offered while acting (the helper cannot list the mother’s licences)',
    );
    for (const m of applyForm.materials.filter((x) => x.required))
      await uploadPhoto(daughterPage, visible(daughterPage, `.e2e-material-${m.key}`), `${m.key}.png`);
    await visible(daughterPage, '.e2e-apply-next').tap();
    await visible(daughterPage, '.e2e-delivery-step').waitFor();
    await visible(daughterPage, '.e2e-delivery-window').tap();
    await visible(daughterPage, '.e2e-apply-next').tap();
    await visible(daughterPage, '.e2e-review-form').waitFor();
    await visible(daughterPage, '.e2e-apply-submit').tap();
    await visible(daughterPage, '.e2e-apply-success').waitFor({ timeout: 20_000 });
    const mine = await mum.api<ApplicationList>('/api/v1/applications', { headers: mum.auth });
    assert(
      mine.items.some((a) => a.matterCode === applyForm.matterCode),
      `the mother's applications: ${JSON.stringify(mine.items.map((a) => a.matterName))}`,
    );
    const own = await daughter.api<ApplicationList>('/api/v1/applications', { headers: daughter.auth });
    assert(own.items.length === 0, 'the application landed in the daughter’s own list');
  });

  test('daughter: X-Acting-For went with every request the BFF lets a helper make and with no other (the guide, her account)', async () => {
    const sent = acted.filter((r) => r.header !== undefined);
    assert(sent.length > 0, 'no request carried X-Acting-For');
    assert(
      sent.every((r) => r.header === mandate.id),
      `headers: ${JSON.stringify([...new Set(sent.map((r) => r.header))])}`,
    );
    const wrong = acted.filter((r) => (r.header !== undefined) !== isDelegableRoute(r.method, r.path));
    assert(wrong.length === 0, `mismatched: ${JSON.stringify(wrong)}`);
    for (const [method, path] of [
      ['GET', `/api/v1/matters/${applyForm.matterCode}/form`],
      ['POST', '/api/v1/uploads'],
      ['POST', '/api/v1/applications'],
    ])
      assert(
        sent.some((r) => r.method === method && r.path === path),
        `${method} ${path} was not sent under the 委托: ${JSON.stringify(acted.map((r) => `${r.method} ${r.path}`))}`,
      );
  });

  test('daughter: a reload keeps acting; 预约 from the 委托 opens the booking flow for it and books a slot for the mother (预约人 is her)', async () => {
    await freshLoad(daughterPage, pageUrl(base, 'mandate', { id: mandate.id }));
    await visible(daughterPage, '.e2e-acting-banner').waitFor();
    await visible(daughterPage, '.e2e-mandate-act-matter')
      .filter({ hasText: bookMatter.name })
      .locator('.e2e-mandate-act-book')
      .tap();
    await visible(daughterPage, '.e2e-location-fallback').waitFor();
    assert((await text(visible(daughterPage, '.e2e-book-matter'))).includes(bookMatter.name), 'another matter');
    await visible(daughterPage, '.e2e-area-county').filter({ hasText: county }).first().tap();
    await visible(daughterPage, '.e2e-area-township').filter({ hasText: township }).first().tap();
    await visible(daughterPage, '.e2e-center-item .e2e-center-book').first().tap();
    await visible(daughterPage, '.e2e-slot-open').first().tap();
    const who = visible(daughterPage, '.e2e-booking-resident');
    await who.waitFor();
    assert((await text(who)).includes(`预约人：${mumName()}`), `the confirm page reads “${await text(who)}”`);
    await scrollTo(who);
    await shot(daughterPage, 'h5-mandate-acting-book.png');
    await visible(daughterPage, '.e2e-book-confirm').tap();
    await visible(daughterPage, '.e2e-booking-success').waitFor();
    const { items } = await mum.api<BookingList>('/api/v1/bookings', { headers: mum.auth });
    assert(
      items.some((b) => b.matterCode === bookMatter.code && b.status === 'confirmed'),
      `the mother's bookings: ${JSON.stringify(items.map((b) => [b.matterName, b.status]))}`,
    );
  });

  test('daughter: 结束代办 ends it everywhere; 查看TA的办件 starts it again and lists the mother’s application', async () => {
    await visible(daughterPage, '.e2e-acting-end').tap();
    await until(
      () => visible(daughterPage, '.e2e-acting-banner').count(),
      (n) => n === 0,
      5000,
      'the banner to go',
    );
    const stored = await daughterPage.evaluate(() => localStorage.getItem('zsb.acting'));
    assert(stored === null, `zsb.acting is still stored: ${stored}`);
    await freshLoad(daughterPage, pageUrl(base, 'mandate', { id: mandate.id }));
    await visible(daughterPage, '.e2e-mandate-act-applications').tap();
    const item = visible(daughterPage, '.e2e-application-item').filter({ hasText: applyForm.matterName });
    await item.first().waitFor();
    assert((await text(visible(daughterPage, '.e2e-acting-banner'))).includes(mumName()), 'not acting');
    await shot(daughterPage, 'h5-mandate-acting-applications.png');
  });

  test('daughter: 我帮谁办 says what to do next for her mother: the window visit and the application in progress', async () => {
    await freshLoad(daughterPage, pageUrl(base, 'mandates'));
    const todos = visible(daughterPage, '.e2e-mandates-held .e2e-mandate-card-todo');
    await todos.first().waitFor();
    const lines = await todos.allInnerTexts();
    assert(
      lines.some((l) => l.includes(applyForm.matterName)),
      `no to-do for the application: ${lines.join(' | ')}`,
    );
    assert(
      lines.some((l) => /到.+(中心|服务站|大厅)/.test(l)),
      `no to-do for the window visit: ${lines.join(' | ')}`,
    );
    await shot(daughterPage, 'h5-mandates-todos.png');
  });

  test('elder: the helper’s 为TA办理 in 长辈模式: one large button a row, the acting banner large, nothing cut off', async () => {
    await setStorage(daughterPage, base, { 'zsb.elderMode': true });
    await freshLoad(daughterPage, pageUrl(base, 'mandate', { id: mandate.id }));
    const act = visible(daughterPage, '.e2e-root.elder .e2e-mandate-act');
    await act.waitFor();
    await scrollTo(act);
    const problems = [
      ...(await elderProblems(daughterPage, {
        body: ['.acting__text', '.md-lead', '.md-act__name'],
        titles: ['.e2e-mandate-act .section__title'],
        buttons: ['.e2e-acting-end', '.e2e-mandate-act-apply', '.e2e-mandate-act-book', '.e2e-mandate-act-bookings'],
      })),
      ...(await cutOff(daughterPage, ['.acting', '.acting__end', '.md-act__btn', '.md-act__name'])),
    ];
    await shot(daughterPage, 'h5-mandate-act-elder.png');
    await setStorage(daughterPage, base, { 'zsb.elderMode': false });
    assert(problems.length === 0, problems.join('; '));
  });

  test('mother: a 代办码 opened on her phone (确认委托) says who asks and chooses nothing for her; normal and 长辈模式', async () => {
    const invite = await daughter.api<MandateInvite>('/api/v1/mandate-invites', {
      method: 'POST',
      headers: daughter.auth,
      body: JSON.stringify({ as: 'family' }),
    });
    for (const elder of [false, true]) {
      await setStorage(mumPage, base, { 'zsb.elderMode': elder });
      await freshLoad(mumPage, pageUrl(base, 'mandateGrant', { invite: invite.token }));
      const who = visible(mumPage, '.e2e-grant-helper');
      await who.waitFor();
      assert((await text(who)).includes(daughterName()), `确认委托 reads “${await text(who)}”`);
      const chosen = await visible(mumPage, '.e2e-mandate-level[aria-checked="true"]').count();
      assert(chosen === 0, 'a level is chosen for her');
      const problems = [
        ...(await cutOff(mumPage, ['.md-title', '.choice', '.e2e-mandate-days', '.e2e-grant-send'])),
        ...(elder
          ? await elderProblems(mumPage, {
              body: ['.md-lead', '.choice__label', '.md-q__hint', '.field__label'],
              titles: ['.md-title'],
              buttons: ['.e2e-mandate-level', '.e2e-mandate-days', '.e2e-grant-submit'],
            })
          : []),
      ];
      await shot(mumPage, elder ? 'h5-mandate-grant-elder.png' : 'h5-mandate-grant.png');
      await scrollTo(visible(mumPage, '.e2e-grant-send'), 'center');
      await shot(mumPage, elder ? 'h5-mandate-grant-code-elder.png' : 'h5-mandate-grant-code.png');
      assert(problems.length === 0, problems.join('; '));
    }
  });

  test('mother (长辈模式): 我的 › 委托代办 lists it under 我委托的: the daughter (masked), 亲友, 可以办理, the matters, 到 date, 有效', async () => {
    await freshLoad(mumPage, base);
    await openTab(mumPage, '我的');
    await visible(mumPage, '.e2e-root.elder .e2e-mine-mandates').tap();
    const card = visible(mumPage, '.e2e-mandates-granted .e2e-mandate-card');
    await card.first().waitFor();
    assert((await card.count()) === 1, `${await card.count()} granted`);
    assert((await text(card.locator('.e2e-mandate-card-name'))) === daughterName(), 'another helper');
    assert((await text(card.locator('.e2e-mandate-card-kind'))) === '亲友 · 可以办理', 'kind and level');
    const matters = await text(card.locator('.e2e-mandate-card-matters'));
    assert(matters.includes(applyForm.matterName) && matters.includes(bookMatter.name), `matters: ${matters}`);
    assert(/^到 \d{4}-\d{2}-\d{2}$/.test(await text(card.locator('.e2e-mandate-card-until'))), 'no end date');
    assert((await text(card.locator('.e2e-mandate-card-state'))) === '有效', 'not 有效');
    const problems = [
      ...(await elderProblems(mumPage, {
        body: ['.md-card__line', '.md-empty'],
        titles: ['.section__title'],
        buttons: ['.e2e-mandates-invite', '.e2e-mandates-request', '.e2e-back'],
      })),
      ...(await cutOff(mumPage, ['.md-card', '.md-card__line', '.e2e-mandate-card-state', '.md-wide'])),
    ];
    await shot(mumPage, 'h5-mandates-elder.png');
    assert(problems.length === 0, problems.join('; '));
  });

  test('mother (长辈模式): the 委托’s page says how it was agreed and lists 代办记录: 提交申请 and 预约窗口 by her daughter', async () => {
    await visible(mumPage, '.e2e-mandates-granted .e2e-mandate-card').first().tap();
    await visible(mumPage, '.e2e-mandate-facts').waitFor();
    assert(
      (await text(visible(mumPage, '.e2e-mandate-via'))) === '本人收到短信验证码后告知代办人',
      'how it was granted',
    );
    assert((await visible(mumPage, '.e2e-mandate-act').count()) === 0, 'the principal is offered 为TA办理');
    const { items } = await mum.api<MandateActionList>(`/api/v1/mandates/${mandate.id}/actions`, {
      headers: mum.auth,
    });
    const labels = await visible(mumPage, '.e2e-mandate-action-step .tl__label').allTextContents();
    assert(labels.includes('提交申请') && labels.includes('预约窗口'), `代办记录: ${JSON.stringify(labels)}`);
    assert(labels.length === items.length, `${labels.length} shown, ${items.length} stored`);
    const bys = await visible(mumPage, '.e2e-mandate-action-step .tl__by').allTextContents();
    assert(
      bys.every((b) => b === daughterName()),
      `by: ${JSON.stringify(bys)}`,
    );
    const notes = (await visible(mumPage, '.e2e-mandate-action-step .tl__note').allTextContents()).join();
    assert(notes.includes(applyForm.matterName) && notes.includes(bookMatter.name), `matters: ${notes}`);
    const problems = [
      ...(await elderProblems(mumPage, {
        body: ['.fact__label', '.fact__value', '.tl__label', '.tl__time', '.tl__by'],
        titles: ['.md-title', '.e2e-mandate-actions .section__title'],
        buttons: ['.e2e-mandate-revoke', '.e2e-mandate-all'],
      })),
      ...(await cutOff(mumPage, ['.fact__value', '.md-title', '.tl__label', '.tl__note', '.e2e-mandate-revoke'])),
    ];
    await shot(mumPage, 'h5-mandate-elder.png');
    await scrollTo(visible(mumPage, '.e2e-mandate-actions'));
    await shot(mumPage, 'h5-mandate-actions-elder.png');
    assert(problems.length === 0, problems.join('; '));
  });

  test('mother (长辈模式): 撤销委托 asks in a large, plain dialog; after 撤销 the 委托 reads 已撤销', async () => {
    await visible(mumPage, '.e2e-mandate-revoke').tap();
    const dialog = visible(mumPage, '.e2e-revoke-dialog');
    await dialog.waitFor();
    assert(
      (await text(dialog)).includes(`${daughterName()} 马上就不能再替您办`),
      `the dialog reads “${await text(dialog)}”`,
    );
    const problems = [
      ...(await elderProblems(mumPage, {
        body: ['.dialog__text'],
        titles: ['.dialog__title'],
        buttons: ['.e2e-revoke-dialog-confirm', '.e2e-revoke-dialog-cancel'],
      })),
      ...(await shortTargets(visible(mumPage, '.e2e-revoke-dialog .btn'), 60, 'dialog button')),
      ...(await cutOff(mumPage, ['.dialog__title', '.dialog__text', '.dialog__btn'])),
    ];
    await shot(mumPage, 'h5-mandate-revoke-elder.png');
    assert(problems.length === 0, problems.join('; '));
    await visible(mumPage, '.e2e-revoke-dialog-confirm').tap();
    await until(
      () => text(visible(mumPage, '.e2e-mandate-state')),
      (s) => s === '已撤销',
      10_000,
      '已撤销',
    );
    assert((await visible(mumPage, '.e2e-mandate-revoke').count()) === 0, '撤销委托 is still offered');
    const stored = await mum.api<Mandate>(`/api/v1/mandates/${mandate.id}`, { headers: mum.auth });
    assert(stored.state === 'revoked', `stored ${stored.state}`);
    await settle(mumPage);
    await shot(mumPage, 'h5-mandate-revoked-elder.png');
  });

  test('daughter: her next request under it is refused; acting ends and she is told 委托已被撤销或已到期', async () => {
    await freshLoad(daughterPage, pageUrl(base, 'applications'));
    const error = visible(daughterPage, '.e2e-error');
    await error.waitFor();
    assert((await text(error)).includes('委托已被撤销或已到期'), `the page reads “${await text(error)}”`);
    const ended = visible(daughterPage, '.e2e-acting-ended');
    await ended.waitFor();
    assert((await text(ended)).includes('委托已被撤销或已到期'), `the notice reads “${await text(ended)}”`);
    assert((await visible(daughterPage, '.e2e-acting-banner').count()) === 0, 'still acting');
    assert((await daughterPage.evaluate(() => localStorage.getItem('zsb.acting'))) === null, 'acting still stored');
    await shot(daughterPage, 'h5-mandate-acting-ended.png');
    // Not stuck: after 知道了 her own 我的办件 opens as hers.
    await visible(daughterPage, '.e2e-acting-ended-ok').tap();
    await freshLoad(daughterPage, pageUrl(base, 'applications'));
    await visible(daughterPage, '.e2e-tab-applications').waitFor();
    assert((await visible(daughterPage, '.e2e-error').count()) === 0, 'her own list is refused');
  });

  test('daughter: 我帮谁办 shows it 已撤销 and its page offers no 为TA办理', async () => {
    await freshLoad(daughterPage, pageUrl(base, 'mandates'));
    const card = visible(daughterPage, '.e2e-mandates-held .e2e-mandate-card');
    await card.first().waitFor();
    assert((await text(card.locator('.e2e-mandate-card-state'))) === '已撤销', 'not 已撤销');
    assert((await text(card.locator('.e2e-mandate-card-name'))) === mumName(), 'another principal');
    await shot(daughterPage, 'h5-mandates.png');
    await card.first().tap();
    await visible(daughterPage, '.e2e-mandate-facts').waitFor();
    assert((await visible(daughterPage, '.e2e-mandate-act').count()) === 0, '为TA办理 on a revoked 委托');
    await shot(daughterPage, 'h5-mandate.png');
  });

  test('elder: 出示代办码 and 代办申请 in 长辈模式: large type, big buttons, nothing cut off', async () => {
    await setStorage(daughterPage, base, { 'zsb.elderMode': true });
    await freshLoad(daughterPage, pageUrl(base, 'mandateInvite'));
    await visible(daughterPage, '.e2e-root.elder .e2e-invite-show').tap();
    await visible(daughterPage, '.e2e-invite-qr').waitFor();
    const problems = [
      ...(await elderProblems(daughterPage, {
        body: ['.md-lead', '.e2e-invite-countdown', '.copy-row__value'],
        titles: ['.md-title'],
        buttons: ['.e2e-invite-refresh', '.e2e-invite-token-copy', '.e2e-back'],
      })),
      ...(await cutOff(daughterPage, ['.e2e-invite-qr', '.md-title', '.e2e-invite-countdown', '.copy-row'])),
    ];
    await shot(daughterPage, 'h5-mandate-invite-elder.png');
    await freshLoad(daughterPage, pageUrl(base, 'mandateRequest'));
    await visible(daughterPage, '.e2e-root.elder .e2e-request-who').waitFor();
    await visible(daughterPage, '.e2e-request-send').tap();
    problems.push(
      ...(await elderProblems(daughterPage, {
        body: ['.md-lead', '.field__label', '.field__hint', '.field__problem', '.choice__label'],
        titles: ['.md-title'],
        buttons: ['.e2e-request-send', '.e2e-mandate-level', '.e2e-mandate-days'],
      })),
      ...(await cutOff(daughterPage, ['.field__input', '.field__hint', '.choice', '.e2e-mandate-days'])),
    );
    await scrollTo(visible(daughterPage, '.e2e-request-intro'));
    await shot(daughterPage, 'h5-mandate-request-elder.png');
    await scrollTo(visible(daughterPage, '.e2e-mandate-matters'));
    await shot(daughterPage, 'h5-mandate-request-scope-elder.png');
    await setStorage(daughterPage, base, { 'zsb.elderMode': false });
    assert(problems.length === 0, problems.join('; '));
  });
});

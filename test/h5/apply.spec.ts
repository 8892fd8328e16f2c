// 在线办理 from a guide (locked identity, typed fields checked on the phone, a licence used with consent, a photo
// uploaded with progress, 邮寄 with an address, review, submit), nothing lost when the network drops (draft and
// submit), the success page with the 办件编号 and 查询码, 我的办件 with its timeline, the public progress query, a 补正
// asked by the (sandbox) platform and answered, the messages; then the same pages in 长辈模式.
import type { Page, Request } from '@playwright/test';
import type {
  ApplicationDetail,
  ApplicationDraft,
  ApplicationForm,
  ApplicationList,
  ApplicationRequest,
  DraftList,
  FormField,
  FormMaterial,
  LicenceConsentList,
  LicenceList,
  LicenceSummary,
  MatterPage,
  NotificationList,
  Session,
  SupplementItem,
  Upload,
} from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';
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
} from './support/app';
import { json, sandboxResidents, verifiedResident, type Api, type Auth } from './support/api';
import { ARTIFACTS, pageUrl, servers } from './support/servers';

const CALLBACK_SECRET = 'sandbox-approval-callback-secret';

interface Picked {
  form: ApplicationForm;
  licenceMaterial: FormMaterial;
  licence: LicenceSummary;
}

/** A 掌上办 matter whose form offers 邮寄 and has a material of a licence type the resident holds. */
async function pickMatter(api: Api, auth: Auth): Promise<Picked> {
  const held = (await api<LicenceList>('/api/v1/licences', { headers: auth })).items.filter(
    (l) => l.status === 'valid',
  );
  for (let p = 1; p <= 4; p++) {
    const { items } = await api<MatterPage>(`/api/v1/matters?mobileReady=true&pageSize=50&page=${p}`);
    for (const m of items) {
      const form = await api<ApplicationForm>(`/api/v1/matters/${m.code}/form`, { headers: auth });
      if (!form.delivery.methods.includes('mail') || form.fields.some((f) => !f.locked && f.type === 'date')) continue;
      const material = form.materials.find(
        (x) => x.licenceType && held.some((l) => l.typeCode === x.licenceType!.code),
      );
      if (material && form.materials.some((x) => x.required && x.key !== material.key && !x.licenceType)) {
        return {
          form,
          licenceMaterial: material,
          licence: held.find((l) => l.typeCode === material.licenceType!.code)!,
        };
      }
    }
  }
  throw new Error('no 掌上办 matter with 邮寄 takes a licence this resident holds and a photo besides');
}

async function uploadOverApi(base: string, auth: Auth, bytes: Buffer, name: string): Promise<Upload> {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)], { type: 'image/png' }), name);
  const res = await fetch(new URL('/api/v1/uploads', base), {
    method: 'POST',
    headers: { authorization: auth.authorization },
    body,
  });
  if (res.status !== 201) throw new Error(`upload over the API answered ${res.status}`);
  return (await res.json()) as Upload;
}

async function sandbox(sandboxUrl: string, path: string, body: unknown, method = 'POST'): Promise<unknown> {
  const res = await fetch(`${sandboxUrl}${path}`, { method, headers: json, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
  return res.json();
}

test.describe.serial('在线办理', () => {
  let base: string;
  let sandboxUrl: string;
  let page: Page;
  let api: Api;
  let auth: Auth;
  let session: Session;
  let resident: Resident;
  let form: ApplicationForm;
  let licenceMaterial: FormMaterial;
  let licence: LicenceSummary;
  let guideUrl: string;
  let open: FormField[];
  let reasonKey: string;
  let application: ApplicationDetail;
  const offlineText = '社保卡丢失，申请补办（断网时写的）';
  const address = { region: '河南省安阳市林州市任村镇', detail: '任村村 8 号' };

  const posts: { headers: Record<string, string>; body: ApplicationRequest }[] = [];
  const deletes: string[] = [];
  const onRequest = (req: Request) => {
    const url = new URL(req.url());
    if (url.pathname === '/api/v1/applications' && req.method() === 'POST')
      posts.push({ headers: req.headers(), body: req.postDataJSON() as ApplicationRequest });
    if (url.pathname.startsWith('/api/v1/uploads/') && req.method() === 'DELETE') deletes.push(url.pathname);
  };
  const fieldInput = (f: Pick<FormField, 'key' | 'type'>) =>
    visible(page, `.e2e-field-${f.key} ${f.type === 'textarea' ? 'textarea' : 'input'}`);
  const reasonInput = () => fieldInput({ key: reasonKey, type: 'textarea' });
  const serverDraft = async (): Promise<ApplicationDraft | undefined> =>
    (await api<DraftList>('/api/v1/application-drafts', { headers: auth })).items.find(
      (d) => d.matterCode === form.matterCode,
    );
  const detailOf = (id: string) => api<ApplicationDetail>(`/api/v1/applications/${id}`, { headers: auth });
  /** The platform asks for a 补正 (sandbox back door); resolves once the BFF knows. */
  const askSupplement = async (
    target: { id: string; number: string | null },
    items: SupplementItem[],
    what: string,
  ) => {
    await sandbox(sandboxUrl, `/__sandbox/approval/applications/${target.number}/supplement-request`, { items });
    await until(async () => (await detailOf(target.id)).actionNeeded, Boolean, 10_000, what);
  };

  test.beforeAll(async ({ browser }) => {
    ({ base, sandboxUrl } = servers());
    page = await openApp(browser);
    page.on('request', onRequest);
  });
  test.afterAll(async () => {
    await page
      ?.context()
      .setOffline(false)
      .catch(() => undefined);
    await closeApp(page);
  });

  test('apply: a fourth resident signs in over the API; a 掌上办 matter (with 邮寄) takes a licence she holds', async () => {
    resident = (await sandboxResidents(sandboxUrl))[3];
    ({ api, auth, session } = await verifiedResident(base, sandboxUrl, resident));
    ({ form, licenceMaterial, licence } = await pickMatter(api, auth));
    guideUrl = pageUrl(base, 'guide', { code: form.matterCode });
    open = form.fields.filter((f) => !f.locked);
    reasonKey = open.find((f) => f.type === 'textarea' && f.required)?.key ?? 'reason';
    // Status changes reach the BFF by the platform's signed callbacks, as in production.
    await sandbox(
      sandboxUrl,
      '/__sandbox/approval/callback',
      { url: new URL('/api/v1/callbacks/approval', base).toString(), secret: CALLBACK_SECRET },
      'PUT',
    );
    await setStorage(page, base, { 'zsb.session': session, 'zsb.elderMode': false });
  });

  test('apply: the guide’s 在线办理 opens the form: identity locked and masked (来自实名认证), required fields checked at the field', async () => {
    await freshLoad(page, guideUrl);
    await visible(page, '.e2e-guide-name').waitFor();
    const apply = visible(page, '.e2e-apply');
    assert((await text(apply)) === '在线办理', `the guide button reads “${await text(apply)}”`);
    await apply.tap();
    await visible(page, '.e2e-apply-matter').waitFor();
    assert((await text(visible(page, '.e2e-apply-matter'))) === form.matterName, 'the form names another matter');
    const locked = visible(page, '.e2e-field-locked');
    assert((await locked.count()) === 3, `${await locked.count()} locked fields`);
    const lockedText = await text(visible(page, '.e2e-applicant'));
    assert(
      lockedText.includes('来自实名认证') && lockedText.includes(session.resident.nameMasked ?? '\0'),
      `the applicant reads “${lockedText}”`,
    );
    assert(!(await page.content()).includes(resident.id_number), 'the full ID number is on the page');
    assert((await visible(page, '.e2e-field-locked input').count()) === 0, 'a locked field can be typed into');
    await settle(page);
    await shot(page, 'h5-apply-form.png');
    // 下一步 with nothing typed: each required field says what is missing, at the field.
    await visible(page, '.e2e-apply-next').tap();
    const error = visible(page, `.e2e-field-${reasonKey} .e2e-field-error`);
    await error.waitFor();
    assert((await text(error)).startsWith('请填写'), `the field says “${await text(error)}”`);
    for (const f of open.filter((x) => x.required)) {
      if (f.type === 'choice') await visible(page, `.e2e-field-${f.key} .e2e-field-choice`).first().tap();
      else await fieldInput(f).fill(answerFor(f));
    }
    await visible(page, '.e2e-save-ok').waitFor({ timeout: 10_000 });
    const saved = await serverDraft();
    assert(
      saved?.values[reasonKey] === answerFor(open.find((f) => f.key === reasonKey)!),
      `the server draft holds ${JSON.stringify(saved?.values)}`,
    );
  });

  test('apply: offline mid-form, what was typed stays and the save shows 重试; back online the draft reaches the server', async () => {
    const context = page.context();
    await context.setOffline(true);
    await visible(page, '.e2e-offline').waitFor();
    await reasonInput().fill(offlineText);
    await visible(page, '.e2e-save-failed').waitFor({ timeout: 10_000 });
    assert((await visible(page, '.e2e-save-retry').count()) === 1, 'no 重试 on the failed save');
    assert((await reasonInput().inputValue()) === offlineText, 'the typed text is gone');
    await shot(page, 'h5-apply-offline.png');
    await context.setOffline(false);
    // Back online the draft goes by itself; 重试 does the same by hand when it is still shown.
    const retry = visible(page, '.e2e-save-retry');
    if (await retry.count()) await retry.tap().catch(() => undefined);
    await visible(page, '.e2e-save-ok').waitFor({ timeout: 10_000 });
    await until(serverDraft, (d) => d?.values[reasonKey] === offlineText, 10_000, 'the offline text on the server');
    assert((await reasonInput().inputValue()) === offlineText, 'the typed text changed after the retry');
  });

  test('apply: the guide offers 继续上次填写 and 我的办件 → 草稿 lists it; both bring back what was typed', async () => {
    await freshLoad(page, guideUrl);
    const resume = visible(page, '.e2e-apply-resume');
    await resume.waitFor();
    assert((await text(resume)) === '继续上次填写', `the guide button reads “${await text(resume)}”`);
    await settle(page);
    await shot(page, 'h5-guide-resume.png');
    await resume.tap();
    await visible(page, '.e2e-apply-matter').waitFor();
    assert((await reasonInput().inputValue()) === offlineText, 'the resumed form lost the text');
    await freshLoad(page, pageUrl(base, 'applications', { tab: 'drafts' }));
    const item = visible(page, '.e2e-draft-item').filter({ hasText: form.matterName });
    await item.first().waitFor();
    await item.first().locator('.e2e-draft-resume').tap();
    await visible(page, '.e2e-apply-matter').waitFor();
    assert((await reasonInput().inputValue()) === offlineText, 'the draft from 我的办件 lost the text');
  });

  test('apply: 使用电子证照 asks consent once (授权 stored); a photo uploads with progress, shows a thumbnail, can be removed', async () => {
    const context = page.context();
    await visible(page, '.e2e-apply-next').tap();
    await visible(page, '.e2e-materials-step').waitFor();
    // The licence: one tap, the consent explained once, then it is used.
    const lic = visible(page, `.e2e-material-${licenceMaterial.key}`);
    await lic.locator('.e2e-material-use-licence').tap();
    await lic.locator('.e2e-consent').waitFor();
    assert((await text(lic.locator('.e2e-consent'))).includes(form.matterName), 'the consent does not name the matter');
    await scrollTo(lic);
    await shot(page, 'h5-apply-consent.png');
    await lic.locator('.e2e-consent-agree').tap();
    await lic.locator('.e2e-material-licence-used').waitFor();
    const consents = (await api<LicenceConsentList>('/api/v1/licence-consents', { headers: auth })).items;
    assert(
      consents.some((c) => c.matterCode === form.matterCode && c.typeCode === licence.typeCode && !c.revokedAt),
      'no consent stored',
    );
    // Photos for the other required materials; the first one on a slow line, to see its progress.
    const photoKeys = form.materials.filter((m) => m.required && m.key !== licenceMaterial.key).map((m) => m.key);
    const cdp = await context.newCDPSession(page);
    const bigPhoto = await noisePng(240, 180);
    for (const [i, key] of photoKeys.entries()) {
      const box = visible(page, `.e2e-material-${key}`);
      if (i === 0)
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 50,
          downloadThroughput: -1,
          uploadThroughput: 40 * 1024,
        });
      const chooser = page.waitForEvent('filechooser');
      await box.locator('.e2e-material-upload').tap();
      await (
        await chooser
      ).setFiles({ name: `${key}.png`, mimeType: 'image/png', buffer: i === 0 ? bigPhoto : await noisePng(40, 30) });
      if (i === 0) {
        const progress = box.locator('.e2e-upload-progress');
        await progress.waitFor();
        assert(/正在上传 \d+%/.test(await text(progress)), `progress reads “${await text(progress)}”`);
        await scrollTo(box);
        await page.screenshot({ path: `${ARTIFACTS}/h5-apply-uploading.png` });
        await box.locator('.e2e-upload-thumb').waitFor({ timeout: 20_000 });
        await cdp.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 0,
          downloadThroughput: -1,
          uploadThroughput: -1,
        });
        // Remove it and upload again: the first file is deleted on the server.
        await box.locator('.e2e-upload-remove').tap();
        await until(
          async () => box.locator('.e2e-upload-thumb').count(),
          (n) => n === 0,
          5000,
          'the thumbnail to go',
        );
        assert(deletes.length === 1, `DELETE requests: ${JSON.stringify(deletes)}`);
        const again = page.waitForEvent('filechooser');
        await box.locator('.e2e-material-upload').tap();
        await (await again).setFiles({ name: `${key}.png`, mimeType: 'image/png', buffer: await noisePng(64, 48) });
      }
      await box.locator('.e2e-upload-thumb img').waitFor({ timeout: 15_000 });
    }
    await cdp.detach();
    await scrollTo(visible(page, '.e2e-materials-step'));
    await shot(page, 'h5-apply-materials.png');
  });

  test('apply: 邮寄 with an address; the draft saves it half typed, and a wrong phone is refused at its field on 下一步', async () => {
    await visible(page, '.e2e-apply-next').tap();
    await visible(page, '.e2e-delivery-step').waitFor();
    await visible(page, '.e2e-delivery-mail').tap();
    await visible(page, '.e2e-address').waitFor();
    await visible(page, '.e2e-address-recipient input').fill(resident.name);
    // The draft saves the address half typed (a half phone number included): formats are checked on 下一步.
    const saved = page.waitForResponse(
      (r) =>
        r.url().includes('/application-drafts/') &&
        r.request().method() === 'PUT' &&
        (r.request().postData() ?? '').includes('"1380000"'),
      { timeout: 15_000 },
    );
    await visible(page, '.e2e-address-phone input').fill('1380000');
    const draftSave = await saved;
    assert(draftSave.status() === 200, `the draft with a half-typed phone answered ${draftSave.status()}`);
    await visible(page, '.e2e-save-ok').waitFor();
    await visible(page, '.e2e-address-region input').fill(address.region);
    await visible(page, '.e2e-address-detail input').fill(address.detail);
    await visible(page, '.e2e-apply-next').tap();
    const phoneError = visible(page, '.e2e-address-phone .e2e-field-error');
    await phoneError.waitFor();
    assert((await text(phoneError)).includes('11 位手机号'), `the phone field says “${await text(phoneError)}”`);
    await visible(page, '.e2e-address-phone input').fill(resident.phone);
    await shot(page, 'h5-apply-delivery.png');
    await visible(page, '.e2e-apply-next').tap();
    await visible(page, '.e2e-review-form').waitFor();
  });

  test('apply: the review shows everything with 修改 links back to a step', async () => {
    const fields = await text(visible(page, '.e2e-review-form'));
    assert(
      fields.includes(offlineText) && fields.includes(session.resident.nameMasked ?? '\0'),
      `申请信息 reads “${fields.slice(0, 120)}”`,
    );
    const materials = await text(visible(page, '.e2e-review-materials'));
    assert(
      materials.includes(`电子证照：${licenceMaterial.licenceType!.name}`) && materials.includes('已上传'),
      `申请材料 reads “${materials.slice(0, 160)}”`,
    );
    const delivery = await text(visible(page, '.e2e-review-delivery'));
    assert(delivery.includes('邮寄') && delivery.includes(address.region), `领取方式 reads “${delivery}”`);
    await visible(page, '.e2e-review-edit-delivery').tap();
    await visible(page, '.e2e-delivery-step').waitFor();
    await visible(page, '.e2e-step-review').tap();
    await visible(page, '.e2e-review-form').waitFor();
    await shot(page, 'h5-apply-review.png');
  });

  test('apply: submit offline fails with 重新提交 and keeps everything; the retry submits once (Idempotency-Key, notify=false on H5)', async () => {
    const context = page.context();
    await context.setOffline(true);
    await visible(page, '.e2e-offline').waitFor();
    await visible(page, '.e2e-apply-submit').tap();
    await visible(page, '.e2e-submit-failed').waitFor();
    assert((await text(visible(page, '.e2e-review-form'))).includes(offlineText), 'the review lost what was typed');
    await shot(page, 'h5-apply-submit-failed.png');
    await context.setOffline(false);
    await page.waitForFunction(() => navigator.onLine);
    await visible(page, '.e2e-submit-retry').tap();
    await visible(page, '.e2e-apply-success').waitFor();
    assert(posts.length === 1, `${posts.length} POST /applications`);
    const [{ headers, body }] = posts;
    assert(
      /^[A-Za-z0-9_.:-]{8,128}$/.test(headers['idempotency-key'] ?? ''),
      `Idempotency-Key: ${headers['idempotency-key']}`,
    );
    assert(
      body.notify === false && body.delivery?.method === 'mail' && typeof body.draftId === 'string',
      `body: ${JSON.stringify({ notify: body.notify, delivery: body.delivery?.method, draftId: body.draftId })}`,
    );
    assert(!('applicantName' in body.values), 'a locked field was sent');
  });

  test('apply: the success page says 已提交, then shows the 办件编号 and 查询码 (polled), as stored; the draft is gone', async () => {
    await settle(page);
    await shot(page, 'h5-apply-success.png');
    const number = visible(page, '.e2e-apply-number');
    await number.waitFor({ timeout: 35_000 });
    const mine = (await api<ApplicationList>('/api/v1/applications', { headers: auth })).items.filter(
      (a) => a.matterCode === form.matterCode,
    );
    assert(mine.length === 1, `${mine.length} applications stored`);
    application = await detailOf(mine[0].id);
    assert(
      (await text(number)) === application.number && /^HN/.test(application.number ?? ''),
      `number shown ${await text(number)}, stored ${application.number}`,
    );
    assert(
      (await text(visible(page, '.e2e-apply-query-code'))) === application.queryCode,
      'the query code shown is not the stored one',
    );
    assert((await serverDraft()) === undefined, 'the draft is still on the server');
    await settle(page);
    await shot(page, 'h5-apply-number.png');
  });

  test('apply: 我的办件 lists it; the detail shows the timeline with times and offices, the number, the query code and 承诺办结', async () => {
    // Two steps on: 预审 and 受理, each with its office.
    await sandbox(sandboxUrl, '/__sandbox/approval/advance', { application_no: application.number, steps: 2 });
    await until(
      async () => (await detailOf(application.id)).status,
      (s) => s === 'accepted',
      10_000,
      '受理',
    );
    await freshLoad(page, pageUrl(base, 'applications'));
    const item = visible(page, '.e2e-application-item').filter({ hasText: form.matterName }).first();
    await item.waitFor();
    assert((await text(item)).includes(application.number!), 'the list item has no number');
    await item.tap();
    await visible(page, '.e2e-timeline').waitFor();
    const steps = await visible(page, '.e2e-timeline-step .e2e-timeline-label').allTextContents();
    assert(
      steps[0] === '受理' && steps.includes('已提交') && steps.length >= 4,
      `timeline, latest first: ${JSON.stringify(steps)}`,
    );
    const offices = await visible(page, '.e2e-timeline-office').allTextContents();
    assert(offices.length >= 2 && offices.every((o) => o.trim().length > 2), `offices: ${JSON.stringify(offices)}`);
    const times = await visible(page, '.e2e-timeline-time').allTextContents();
    assert(
      times.every((x) => /\d{2}:\d{2}/.test(x)),
      `times: ${JSON.stringify(times)}`,
    );
    assert(
      (await text(visible(page, '.e2e-application-number'))) === application.number,
      'the detail shows another number',
    );
    assert(
      (await text(visible(page, '.e2e-application-query-code'))) === application.queryCode,
      'the detail shows another query code',
    );
    if (form.promisedDays > 0)
      assert((await text(visible(page, '.e2e-application-promised'))).includes('前'), 'no 承诺办结 date');
    await settle(page);
    await shot(page, 'h5-application-detail.png');
  });

  test('apply: 首页 → 查办件进度 without sign-in: a wrong code is “没有查到”, number + code show the timeline', async () => {
    await setStorage(page, base, { 'zsb.session': null });
    await freshLoad(page, base);
    await visible(page, '.e2e-home-progress').tap();
    await visible(page, '.e2e-query-number input').fill(application.number!);
    await visible(page, '.e2e-query-code input').fill(
      application.queryCode === '0000000000' ? '1111111111' : '0000000000',
    );
    await visible(page, '.e2e-query-submit').tap();
    await visible(page, '.e2e-query-not-found').waitFor();
    await visible(page, '.e2e-query-code input').fill(application.queryCode!);
    await visible(page, '.e2e-query-submit').tap();
    const result = visible(page, '.e2e-query-result');
    await result.waitFor();
    const shown = await text(result);
    assert(shown.includes(form.matterName) && shown.includes('受理'), `the result reads “${shown.slice(0, 120)}”`);
    assert(!shown.includes(resident.name) && !shown.includes(address.detail), 'the public result shows personal data');
    assert((await visible(page, '.e2e-query-result .e2e-timeline-step').count()) >= 4, 'the public timeline is short');
    await shot(page, 'h5-progress-query.png');
    await setStorage(page, base, { 'zsb.session': session });
  });

  test('apply: a 补正 from the platform is highlighted in 我的办件; the 补正 page asks only that field with its reason and sends it', async () => {
    await askSupplement(
      application,
      [{ key: reasonKey, label: '申请事由', kind: 'field', reason: '请写明原因' }],
      '补正 at the BFF',
    );
    await freshLoad(page, pageUrl(base, 'applications'));
    const item = visible(page, '.e2e-application-action').filter({ hasText: form.matterName }).first();
    await item.waitFor();
    assert((await text(item.locator('.e2e-application-status'))) === '需要补正', 'the chip does not say 需要补正');
    await shot(page, 'h5-applications.png');
    await item.tap();
    await visible(page, '.e2e-application-supplement').tap();
    const asked = visible(page, '.e2e-supplement-item');
    await asked.first().waitFor();
    assert((await asked.count()) === 1, `${await asked.count()} items asked`);
    assert((await text(visible(page, '.e2e-supplement-reason'))).includes('请写明原因'), 'the reason is not shown');
    assert(
      (await visible(page, '.e2e-supplement-items .e2e-field').count()) === 1 &&
        (await visible(page, '.e2e-material-input').count()) === 0,
      'more than the asked item is offered',
    );
    await visible(page, `.e2e-supplement-item .e2e-field-${reasonKey} textarea`).fill('社保卡在集市上丢失，申请补办');
    await settle(page);
    await shot(page, 'h5-supplement.png');
    await visible(page, '.e2e-supplement-submit').tap();
    await visible(page, '.e2e-timeline').waitFor();
    const after = await until(
      async () => detailOf(application.id),
      (d) => d.supplement?.answeredAt,
      10_000,
      'the answer',
    );
    assert(after.supplement!.items.length === 1, 'the answer changed the request');
    assert((await visible(page, '.e2e-application-supplement').count()) === 0, 'the detail still asks for the 补正');
  });

  test('apply: a 补正 asking for a material offers only that upload; a new photo goes up and the answer reaches the platform', async () => {
    const photo = form.materials.find((m) => !m.licenceType && m.accept.includes('image'))!;
    await askSupplement(
      application,
      [{ key: photo.key, label: photo.name, kind: 'material', reason: '照片看不清，请重新拍摄上传' }],
      'the photo 补正 at the BFF',
    );
    await freshLoad(page, pageUrl(base, 'applications'));
    await visible(page, '.e2e-application-action').filter({ hasText: form.matterName }).first().tap();
    await visible(page, '.e2e-application-supplement').tap();
    const asked = visible(page, '.e2e-supplement-item');
    await asked.first().waitFor();
    assert((await text(visible(page, '.e2e-supplement-reason'))).includes('照片看不清'), 'the reason is not shown');
    assert(
      (await asked.count()) === 1 &&
        (await visible(page, '.e2e-supplement-items .e2e-field').count()) === 0 &&
        (await visible(page, `.e2e-material-input`).count()) === 1,
      'more than the asked material is offered',
    );
    const box = visible(page, `.e2e-material-${photo.key}`);
    const chooser = page.waitForEvent('filechooser');
    await box.locator('.e2e-material-upload').tap();
    await (await chooser).setFiles({ name: 'retake.png', mimeType: 'image/png', buffer: await noisePng(80, 60) });
    await box.locator('.e2e-upload-thumb img').waitFor({ timeout: 15_000 });
    await settle(page);
    await shot(page, 'h5-supplement-photo.png');
    await visible(page, '.e2e-supplement-submit').tap();
    await visible(page, '.e2e-timeline').waitFor();
    // The platform took the answer (it checks each file's SHA-256 on arrival) and went back to 预审.
    await until(
      async () =>
        (
          (await (await fetch(`${sandboxUrl}/__sandbox/approval/applications`)).json()) as {
            items: { application_no: string; status: string }[];
          }
        ).items,
      (items) => items.find((a) => a.application_no === application.number)?.status === 'PRE_REVIEW',
      15_000,
      'the platform to take the photo',
    );
    assert((await visible(page, '.e2e-application-supplement').count()) === 0, 'the detail still asks for the 补正');
  });

  test('apply: 消息通知 lists the progress messages; opening one shows the application and marks it read', async () => {
    // One more step on the platform: a message nobody has read yet.
    await sandbox(sandboxUrl, '/__sandbox/approval/advance', { application_no: application.number, steps: 1 });
    const target = `/applications/${application.id}`;
    const unreadOfIt = async () =>
      (await api<NotificationList>('/api/v1/notifications', { headers: auth })).items.filter(
        (n) => n.target === target && n.readAt === null,
      ).length;
    await until(unreadOfIt, (n) => n > 0, 10_000, 'an unread message');
    await freshLoad(page, base);
    await openTab(page, '我的');
    await visible(page, '.e2e-mine-messages').tap();
    const unread = visible(page, '.e2e-notification-unread').filter({ hasText: form.matterName });
    await unread.first().waitFor();
    await shot(page, 'h5-messages.png');
    await unread.first().tap();
    await visible(page, '.e2e-timeline').waitFor();
    assert(page.url().includes(application.id), `the message opened ${page.url()}`);
    await until(unreadOfIt, (n) => n === 0, 10_000, 'the messages of the application to be read');
  });

  test('apply: form, materials, delivery (the last address offered again), review, success, detail, 补正 and query in 长辈模式 (body ≥ 18 px, titles ≥ 30 px, buttons ≥ 60 px)', async () => {
    await setStorage(page, base, { 'zsb.elderMode': true });
    const problems: string[] = [];
    const body = ['.fm-field__label', '.fm-field__hint'];
    // A second application, filled over the API up to the review (a photo, the licence, window pickup).
    const photo = await uploadOverApi(base, auth, await noisePng(48, 36), 'elder.png');
    const values = Object.fromEntries(open.filter((f) => f.required).map((f) => [f.key, answerFor(f)]));
    const materials = Object.fromEntries(
      form.materials
        .filter((m) => m.required)
        .map((m) => [
          m.key,
          m.key === licenceMaterial.key
            ? { kind: 'licence', licenceId: licence.id }
            : { kind: 'upload', uploadIds: [photo.id] },
        ]),
    );
    const draftId = `d-elder-${Date.now().toString(36)}`;
    const applyUrl = (step: string) => pageUrl(base, 'apply', { code: form.matterCode, draft: draftId, step });
    await freshLoad(page, applyUrl('form'));
    await visible(page, '.e2e-root.elder .e2e-apply-matter').waitFor();
    problems.push(...(await elderProblems(page, { body, buttons: ['.e2e-apply-next'] })));
    await settle(page);
    await shot(page, 'h5-apply-form-elder.png');
    await api(`/api/v1/application-drafts/${draftId}`, {
      method: 'PUT',
      headers: auth,
      body: JSON.stringify({
        matterCode: form.matterCode,
        values,
        materials,
        delivery: { method: 'window' },
        step: 'materials',
      }),
    });
    await freshLoad(page, applyUrl('materials'));
    await visible(page, '.e2e-material-licence-used').first().waitFor();
    await visible(page, '.e2e-upload-thumb img').first().waitFor();
    problems.push(
      ...(await elderProblems(page, {
        body: ['.material-input__name', '.mi-licence__title'],
        buttons: ['.e2e-apply-next', '.thumb__remove'],
      })),
    );
    await shot(page, 'h5-apply-materials-elder.png');
    // 邮寄 again: the address of the first application is offered, typed once.
    await visible(page, '.e2e-step-delivery').tap();
    await visible(page, '.e2e-delivery-mail').tap();
    await visible(page, '.e2e-address-suggest').tap();
    const detail = await visible(page, '.e2e-address-detail input').inputValue();
    assert(detail === address.detail, `the suggested address filled in “${detail}”`);
    problems.push(
      ...(await elderProblems(page, { body: ['.ap-method__hint', '.fm-field__label'], buttons: ['.ap-method'] })),
    );
    await shot(page, 'h5-apply-delivery-elder.png');
    await visible(page, '.e2e-step-review').tap();
    await visible(page, '.e2e-review-form').waitFor();
    problems.push(...(await elderProblems(page, { body: ['.ap-fact__value'], buttons: ['.e2e-apply-submit'] })));
    await shot(page, 'h5-apply-review-elder.png');
    await visible(page, '.e2e-apply-submit').tap();
    await visible(page, '.e2e-apply-number').waitFor({ timeout: 35_000 });
    await settle(page);
    await shot(page, 'h5-apply-success-elder.png');
    const second = (await api<ApplicationList>('/api/v1/applications', { headers: auth })).items.find(
      (a) => a.id !== application.id,
    )!;
    await askSupplement(
      second,
      [{ key: reasonKey, label: '申请事由', kind: 'field', reason: '请写清楚丢失的时间和地点' }],
      'the second 补正',
    );
    await visible(page, '.e2e-apply-detail').tap();
    await visible(page, '.e2e-application-supplement').waitFor();
    problems.push(
      ...(await elderProblems(page, {
        body: ['.pg-tl__office', '.pg-action__text'],
        buttons: ['.e2e-application-supplement'],
      })),
    );
    await settle(page);
    await shot(page, 'h5-application-detail-elder.png');
    await visible(page, '.e2e-application-supplement').tap();
    await visible(page, '.e2e-supplement-item').waitFor();
    problems.push(
      ...(await elderProblems(page, {
        body: ['.e2e-supplement-reason', '.fm-field__label'],
        buttons: ['.e2e-supplement-submit'],
      })),
    );
    await visible(page, `.e2e-supplement-item .e2e-field-${reasonKey} textarea`).fill('5 月 3 日在镇上集市丢失');
    await settle(page);
    await shot(page, 'h5-supplement-elder.png');
    await visible(page, '.e2e-supplement-submit').tap();
    await visible(page, '.e2e-timeline').waitFor();
    await until(async () => (await detailOf(second.id)).supplement?.answeredAt, Boolean, 10_000, 'the second answer');
    await freshLoad(page, pageUrl(base, 'progressQuery'));
    await visible(page, '.e2e-query-number input').fill(application.number!);
    await visible(page, '.e2e-query-code input').fill(application.queryCode!);
    await visible(page, '.e2e-query-submit').tap();
    await visible(page, '.e2e-query-result').waitFor();
    problems.push(
      ...(await elderProblems(page, {
        body: ['.pg-tl__office', '.fm-field__label'],
        buttons: ['.e2e-query-submit'],
      })),
    );
    await shot(page, 'h5-progress-query-elder.png');
    assert(problems.length === 0, problems.join('; '));
  });
});

import { createHash } from 'node:crypto';
import { idNumberCheckDigit } from '@zsb/domain';
import {
  APPROVAL_STATUSES,
  type ApplicationListing,
  type ApplicationReceipt,
  type ApplicationView,
  type SupplementReceipt,
} from './approval-wire';
import { createSandbox, type Sandbox } from './server';
import type { Envelope } from './wire';

let sandbox: Sandbox;
let now = Date.parse('2026-11-23T09:00:00+08:00');

const MATTER = '410500-016020-132'; // 企业职工基本养老保险与城乡居民基本养老保险互转申请, 县（市、区）人力资源和社会保障局, 7 days
const LINZHOU_ID = `41058119900101123${idNumberCheckDigit('41058119900101123')}`;

interface Answer<T> {
  status: number;
  body: Envelope<T>;
}

async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Envelope<T> };
}

let keys = 0;
const newKey = (): string => `test-key-${Date.now()}-${++keys}`;

const file = (key: string, content: string) => {
  const bytes = Buffer.from(content);
  return {
    key,
    name: '近期免冠照片',
    kind: 'file' as const,
    file_name: `${key}.jpg`,
    content_type: 'image/jpeg',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    content_base64: bytes.toString('base64'),
  };
};

function application(overrides: Record<string, unknown> = {}) {
  return {
    matter_code: MATTER,
    matter_name: '企业职工基本养老保险与城乡居民基本养老保险互转申请',
    applicant: { name: '张建国', id_number: '410502198001010036', phone: '13800000001' },
    form: { employer: '安阳市某某机械有限公司', start_date: '2026-11-01' },
    materials: [
      {
        key: 'id_card',
        name: '居民身份证',
        kind: 'licence',
        licence_id: '0123456789abcdef0123456789abcdef',
        licence_type: '11100000000013127D001',
      },
      file('photo', 'jpeg bytes'),
    ],
    delivery: { method: 'window' },
    theme_id: null,
    linked_key: null,
    ...overrides,
  };
}

const submit = (body: unknown, key = newKey()) =>
  call<ApplicationReceipt>('POST', '/approval/v1/applications', body, { 'idempotency-key': key });
const view = async (no: string): Promise<ApplicationView> => {
  const res = await call<ApplicationView>('GET', `/approval/v1/applications/${no}`);
  expect(res.status).toBe(200);
  return res.body.data!;
};
const advance = (body: Record<string, unknown>) => call<unknown>('POST', '/__sandbox/approval/advance', body);
const listing = async (): Promise<ApplicationListing[]> =>
  ((await (await fetch(`${sandbox.url}/__sandbox/approval/applications`)).json()) as { items: ApplicationListing[] })
    .items;

async function submitted(overrides: Record<string, unknown> = {}): Promise<string> {
  const res = await submit(application(overrides));
  expect(res.status).toBe(200);
  return res.body.data!.application_no;
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0, clock: () => now });
});
afterEach(() => sandbox.clearFaults());
afterAll(() => sandbox.close());

describe('approval system stand-in: submission', () => {
  it('accepts an application with a number, a query code and a first SUBMITTED event', async () => {
    const res = await submit(application());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: '200',
      msg: 'success',
      data: {
        application_no: expect.stringMatching(/^HN41050020261123\d{8}$/),
        query_code: expect.stringMatching(/^\d{6}$/),
        status: 'SUBMITTED',
        accepted_at: '2026-11-23T09:00:00+08:00',
      },
    });
    const app = await view(res.body.data!.application_no);
    expect(app).toEqual({
      application_no: res.body.data!.application_no,
      matter_code: MATTER,
      status: 'SUBMITTED',
      query_code: res.body.data!.query_code,
      submitted_at: '2026-11-23T09:00:00+08:00',
      promised_days: 7,
      events: [
        {
          event_id: expect.any(String),
          seq: 1,
          status: 'SUBMITTED',
          at: '2026-11-23T09:00:00+08:00',
          office: '安阳市文峰区人力资源和社会保障局（网上办事大厅）',
          note: '申请已提交，等待窗口预审。',
          supplement: null,
        },
      ],
    });
  });

  it('makes 20 concurrent submissions with one key into one application with 20 receipts', async () => {
    const key = newKey();
    const body = application();
    const answers = await Promise.all(Array.from({ length: 20 }, () => submit(body, key)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    const numbers = new Set(answers.map((a) => a.body.data!.application_no));
    expect(numbers.size).toBe(1);
    expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
    const rows = (await listing()).filter((r) => r.idempotency_key === key);
    expect(rows).toEqual([
      {
        application_no: [...numbers][0],
        idempotency_key: key,
        receipts: 20,
        status: 'SUBMITTED',
        matter_code: MATTER,
        applicant_name: '张*国',
      },
    ]);
  });

  it('answers the same receipt after the application moved on, and a key reused with another body with 422 40022', async () => {
    const key = newKey();
    const first = await submit(application(), key);
    await advance({ application_no: first.body.data!.application_no, steps: 2 });
    expect(await submit(application(), key)).toEqual(first);
    const other = await submit(application({ form: { employer: '另一家公司' } }), key);
    expect(other).toEqual({
      status: 422,
      body: { code: '40022', msg: expect.stringContaining('Idempotency-Key'), data: null },
    });
    const rows = (await listing()).filter((r) => r.idempotency_key === key);
    expect(rows).toHaveLength(1);
    expect(rows[0].receipts).toBe(3);
  });

  it('takes the same body with its keys in another order as the same request', async () => {
    const key = newKey();
    const body = application();
    const first = await submit(body, key);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expect((await submit(reordered, key)).body).toEqual(first.body);
  });

  it.each([
    [{}, 'Idempotency-Key'],
    [{ 'idempotency-key': 'short' }, 'Idempotency-Key'],
    [{ 'idempotency-key': 'x'.repeat(129) }, 'Idempotency-Key'],
  ])('refuses headers %j with a 400 naming %s', async (headers, what) => {
    const res = await call('POST', '/approval/v1/applications', application(), headers);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(what), data: null });
  });

  const badPhoto = { ...file('photo', 'jpeg bytes'), sha256: 'a'.repeat(64) };
  it.each([
    ['an unknown matter', { matter_code: '410500-000000-000' }, 'matter_code'],
    [
      'a wrong ID check digit',
      { applicant: { name: '张建国', id_number: '410502198001010037', phone: '13800000001' } },
      'applicant.id_number',
    ],
    [
      'a malformed phone',
      { applicant: { name: '张建国', id_number: '410502198001010036', phone: '12345' } },
      'applicant.phone',
    ],
    ['a sha256 that does not match', { materials: [badPhoto] }, 'materials[0].sha256'],
    ['a size that does not match', { materials: [{ ...file('photo', 'jpeg bytes'), size: 3 }] }, 'materials[0].size'],
    ['a repeated material key', { materials: [file('photo', 'a'), file('photo', 'b')] }, 'materials[1].key'],
    ['an unknown material kind', { materials: [{ key: 'x', name: 'x', kind: 'paper' }] }, 'materials[0].kind'],
    ['mail without an address', { delivery: { method: 'mail' } }, 'delivery.address'],
    ['a number in the form', { form: { age: 40 } }, 'form.age'],
    ['a theme without the matter', { theme_id: 'T01' }, 'theme_id'],
  ])('refuses %s with a 400 naming the field and records nothing', async (_what, overrides, field) => {
    const key = newKey();
    const res = await submit(application(overrides), key);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(field), data: null });
    expect(res.body.msg).not.toContain('410502198001010');
    expect((await listing()).some((r) => r.idempotency_key === key)).toBe(false);
  });

  it('takes a 5 MB upload and refuses a body over 30 MB with 413', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 7).toString('latin1');
    expect((await submit(application({ materials: [file('scan', big)] }))).status).toBe(200);
    const huge = await submit(
      application({ materials: [{ ...file('scan', 'x'), content_base64: 'A'.repeat(31 * 1024 * 1024) }] }),
    );
    expect(huge.status).toBe(413);
    expect(huge.body.code).toBe('413');
  });

  it('fingerprints a body nested 100,000 deep and answers 400, not 500', async () => {
    const depth = 100_000;
    const res = await fetch(`${sandbox.url}/approval/v1/applications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
      body: `{"matter_code":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code: '400', msg: expect.stringContaining('matter_code'), data: null });
  });

  it('names the bureau of the applicant’s county as the office', async () => {
    const no = await submitted({ applicant: { name: '林晓红', id_number: LINZHOU_ID, phone: '13900000011' } });
    expect((await view(no)).events[0].office).toBe('林州市人力资源和社会保障局（网上办事大厅）');
  });

  it('answers 404 in the envelope for an unknown application', async () => {
    const res = await call('GET', '/approval/v1/applications/HN4105002026112300000000');
    expect(res).toEqual({ status: 404, body: { code: '404', msg: expect.any(String), data: null } });
  });
});

describe('approval system stand-in: progress', () => {
  it('walks a window application to COMPLETED and stops there', async () => {
    const no = await submitted();
    now += 60_000;
    const moved = await advance({ application_no: no, steps: 20 });
    expect(moved.body).toEqual({ advanced: [{ application_no: no, status: 'COMPLETED', moved: 5 }] });
    const app = await view(no);
    expect(app.events.map((e) => e.status)).toEqual([
      'SUBMITTED',
      'PRE_REVIEW',
      'ACCEPTED',
      'IN_REVIEW',
      'DECIDED',
      'COMPLETED',
    ]);
    expect(app.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(app.events.map((e) => e.event_id)).size).toBe(6);
    expect(app.events[2].note).toBe('申请材料齐全、符合法定形式，予以受理，承诺7个工作日内办结。');
    expect(app.events[5]).toMatchObject({
      office: '安阳市文峰区人力资源和社会保障局（窗口）',
      note: expect.stringContaining('到窗口领取'),
      at: '2026-11-23T09:01:00+08:00',
    });
    expect((await advance({ application_no: no })).body).toEqual({
      advanced: [{ application_no: no, status: 'COMPLETED', moved: 0 }],
    });
  });

  it('walks a mail application one step at a time to DELIVERED', async () => {
    const no = await submitted({
      delivery: {
        method: 'mail',
        address: { recipient: '张建国', phone: '13800000001', region: '河南省安阳市文峰区', detail: '文峰大道1号' },
      },
    });
    const seen: string[] = [];
    for (let i = 0; i < 7; i++) {
      await advance({ application_no: no });
      seen.push((await view(no)).status);
    }
    expect(seen).toEqual(['PRE_REVIEW', 'ACCEPTED', 'IN_REVIEW', 'DECIDED', 'COMPLETED', 'DELIVERED', 'DELIVERED']);
    const delivered = (await view(no)).events.at(-1)!;
    expect(delivered).toMatchObject({ seq: 7, status: 'DELIVERED', note: expect.stringMatching(/EMS.*运单号\d{13}/) });
  });

  it('advances every open application when no number is given', async () => {
    const a = await submitted();
    const b = await submitted();
    const res = await advance({ steps: 2 });
    const rows = (res.body as unknown as { advanced: { application_no: string; status: string }[] }).advanced;
    expect(rows.find((r) => r.application_no === a)?.status).toBe('ACCEPTED');
    expect(rows.find((r) => r.application_no === b)?.status).toBe('ACCEPTED');
  });

  it('refuses bad advance bodies and unknown numbers', async () => {
    expect((await advance({ steps: 0 })).status).toBe(400);
    expect((await advance({ steps: 1.5 })).status).toBe(400);
    expect((await advance({ application_no: 'HN0' })).status).toBe(404);
  });

  it('asks for a supplement, waits for it, takes exactly the asked keys, and goes back to PRE_REVIEW', async () => {
    const no = await submitted();
    await advance({ application_no: no });
    const items = [
      { key: 'employer', label: '用人单位名称', kind: 'field', reason: '与营业执照不一致' },
      { key: 'labour_contract', label: '劳动合同', kind: 'material', reason: '缺少签字页' },
    ];
    const asked = await call<unknown>('POST', `/__sandbox/approval/applications/${no}/supplement-request`, { items });
    expect(asked.status).toBe(200);
    const app = await view(no);
    expect(app.status).toBe('NEED_SUPPLEMENT');
    const event = app.events.at(-1)!;
    expect(event).toMatchObject({
      seq: 3,
      status: 'NEED_SUPPLEMENT',
      note: '申请材料需补齐补正：用人单位名称、劳动合同。请按要求补正后重新提交。',
    });
    expect(event.supplement).toEqual({ request_id: expect.stringMatching(/^BZ[0-9A-F]{16}$/), items });
    const requestId = event.supplement!.request_id;

    // the resident has to answer; the clock alone does not move it
    expect((await advance({ application_no: no, steps: 3 })).body).toEqual({
      advanced: [{ application_no: no, status: 'NEED_SUPPLEMENT', moved: 0 }],
    });

    const answerPath = `/approval/v1/applications/${no}/supplements`;
    const fullAnswer = {
      request_id: requestId,
      form: { employer: '安阳市某某机械有限公司' },
      materials: [file('labour_contract', 'contract pages')],
    };
    const missing = await call('POST', answerPath, { ...fullAnswer, materials: [] }, { 'idempotency-key': newKey() });
    expect(missing).toEqual({ status: 409, body: { code: '40901', msg: expect.any(String), data: null } });
    const extra = await call(
      'POST',
      answerPath,
      { ...fullAnswer, form: { employer: 'x', phone: 'y' } },
      { 'idempotency-key': newKey() },
    );
    expect(extra.body.code).toBe('40901');
    const wrongRequest = await call(
      'POST',
      answerPath,
      { ...fullAnswer, request_id: 'BZ0000000000000000' },
      { 'idempotency-key': newKey() },
    );
    expect(wrongRequest.body.code).toBe('40901');
    expect((await view(no)).status).toBe('NEED_SUPPLEMENT');

    const key = newKey();
    const answered = await call<SupplementReceipt>('POST', answerPath, fullAnswer, { 'idempotency-key': key });
    expect(answered).toEqual({
      status: 200,
      body: {
        code: '200',
        msg: 'success',
        data: { application_no: no, request_id: requestId, status: 'PRE_REVIEW', accepted_at: expect.any(String) },
      },
    });
    expect(await call('POST', answerPath, fullAnswer, { 'idempotency-key': key })).toEqual(answered);
    const after = await view(no);
    expect(after.events.map((e) => e.status)).toEqual(['SUBMITTED', 'PRE_REVIEW', 'NEED_SUPPLEMENT', 'PRE_REVIEW']);
    expect(after.events[3].note).toBe('已收到补正材料，窗口重新预审。');
    // a second answer with a new key finds nothing outstanding
    expect((await call('POST', answerPath, fullAnswer, { 'idempotency-key': newKey() })).body.code).toBe('40901');
    await advance({ application_no: no });
    expect((await view(no)).status).toBe('ACCEPTED');
  });

  it('refuses a supplement request after the decision', async () => {
    const no = await submitted();
    await advance({ application_no: no, steps: 4 });
    const res = await call('POST', `/__sandbox/approval/applications/${no}/supplement-request`, {
      items: [{ key: 'a', label: 'A', kind: 'field', reason: 'r' }],
    });
    expect(res.status).toBe(409);
  });

  it('rejects an application for good', async () => {
    const no = await submitted();
    await advance({ application_no: no });
    const res = await call('POST', `/__sandbox/approval/applications/${no}/reject`, {
      reason: '申请人不属于本辖区参保范围',
    });
    expect(res.status).toBe(200);
    const app = await view(no);
    expect(app.status).toBe('REJECTED');
    expect(app.events.at(-1)).toMatchObject({
      seq: 3,
      status: 'REJECTED',
      note: '不予受理：申请人不属于本辖区参保范围',
    });
    expect((await advance({ application_no: no, steps: 5 })).body).toEqual({
      advanced: [{ application_no: no, status: 'REJECTED', moved: 0 }],
    });
    expect((await call('POST', `/__sandbox/approval/applications/${no}/reject`, { reason: '再次' })).status).toBe(409);
    expect((await call('POST', `/__sandbox/approval/applications/${no}/reject`, {})).status).toBe(400);
  });

  it('only ever uses the documented statuses, with strictly increasing seq', async () => {
    const app = await view(await submitted());
    for (const e of app.events) expect(APPROVAL_STATUSES).toContain(e.status);
    expect(app.events.every((e, i) => e.seq === i + 1)).toBe(true);
  });

  it('advances open applications by itself when approvalAutoAdvanceMs is set', async () => {
    const auto = await createSandbox({ port: 0, approvalAutoAdvanceMs: 30 });
    try {
      const res = await fetch(`${auto.url}/approval/v1/applications`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': newKey() },
        body: JSON.stringify(application()),
      });
      const no = ((await res.json()) as Envelope<ApplicationReceipt>).data!.application_no;
      const statuses: string[] = [];
      for (let waited = 0; statuses.at(-1) !== 'COMPLETED' && waited < 5000; waited += 20) {
        await new Promise((r) => setTimeout(r, 20));
        const app = await fetch(`${auto.url}/approval/v1/applications/${no}`);
        statuses.push(((await app.json()) as Envelope<ApplicationView>).data!.status);
      }
      expect(statuses.at(-1)).toBe('COMPLETED');
      // one step per tick, in path order
      expect([...new Set(statuses)]).toEqual(
        ['SUBMITTED', 'PRE_REVIEW', 'ACCEPTED', 'IN_REVIEW', 'DECIDED', 'COMPLETED'].filter((s) =>
          statuses.includes(s),
        ),
      );
    } finally {
      await auto.close();
    }
  });
});

describe('approval system stand-in: faults and restarts', () => {
  it('is faulted like any upstream route, and an injected error records nothing', async () => {
    const no = await submitted();
    sandbox.setFaults({ errorRate: 1 });
    const key = newKey();
    const res = await submit(application(), key);
    expect(res).toEqual({ status: 503, body: { code: '503', msg: 'sandbox: injected fault', data: null } });
    expect((await call('GET', `/approval/v1/applications/${no}`)).status).toBe(503);
    expect(
      (await call('POST', `/approval/v1/applications/${no}/supplements`, {}, { 'idempotency-key': newKey() })).status,
    ).toBe(503);
    // back doors are never faulted
    expect((await listing()).some((r) => r.idempotency_key === key)).toBe(false);
    sandbox.setFaults({ outage: true, pathPrefix: '/approval/' });
    await expect(fetch(`${sandbox.url}/approval/v1/applications/${no}`)).rejects.toThrow();
    expect((await advance({ application_no: no })).status).toBe(200);
  });

  it('keeps its applications across stop() and start() on the same port', async () => {
    const key = newKey();
    const first = await submit(application(), key);
    await sandbox.stop();
    await expect(fetch(`${sandbox.url}/approval/v1/applications/${first.body.data!.application_no}`)).rejects.toThrow();
    await sandbox.stop(); // stopping twice is harmless
    await sandbox.start();
    expect((await view(first.body.data!.application_no)).status).toBe('SUBMITTED');
    expect(await submit(application(), key)).toEqual(first);
    expect((await listing()).find((r) => r.idempotency_key === key)?.receipts).toBe(2);
  });
  it('closes cleanly while stopped', async () => {
    const other = await createSandbox({ port: 0 });
    await other.stop();
    await expect(other.close()).resolves.toBeUndefined();
  });
});

import { createHash } from 'node:crypto';
import type { Evaluation, EvaluationListing } from './evaluation-wire';
import { createSandbox, type Sandbox } from './server';
import type { Envelope } from './wire';

let sandbox: Sandbox;
let now = Date.parse('2026-11-23T09:00:00+08:00');

const ID_NUMBER = '410502198001010036';
const PHONE = '13800000001';

interface Answer<T> {
  status: number;
  body: Envelope<T>;
  /** The exact text answered, to look for what must never be in it. */
  raw: string;
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
  const raw = await res.text();
  return { status: res.status, body: JSON.parse(raw) as Envelope<T>, raw };
}

let serial = 0;
const newKey = (): string => `eval-key-${++serial}`;
const newApplicationNo = (): string => `HN41050020261123${String(++serial).padStart(8, '0')}`;

const photo = (content: string) => {
  const bytes = Buffer.from(content);
  return {
    file_name: 'window.jpg',
    content_type: 'image/jpeg',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    content_base64: bytes.toString('base64'),
  };
};

const GOOD = { level: 5, indicators: { overall: 5, efficiency: 5, guide: 5, convenience: 5, usability: 5 } };
const BAD = {
  level: 1,
  indicators: { overall: 1, efficiency: 2, guide: 1, convenience: 1, usability: 3 },
  bad_reasons: ['slow', 'repeat_visits'],
};

/** An affair evaluation with a fresh application number unless overridden. */
function evaluation(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'mobile',
    object: {
      type: 'affair',
      application_no: newApplicationNo(),
      matter_code: '410500-016020-132',
      matter_name: '企业职工基本养老保险与城乡居民基本养老保险互转申请',
      office: '安阳市文峰区人力资源和社会保障局',
    },
    evaluator: { name: '张建国', id_number: ID_NUMBER, phone: PHONE },
    agent: null,
    level: 4,
    indicator_set: 'online-2019',
    indicators: { overall: 4, efficiency: 4, guide: 5, convenience: 4, usability: 4 },
    bad_reasons: [],
    content: '',
    photos: [],
    ...overrides,
  };
}

const windowObject = (bookingRef: string | null) => ({
  type: 'window',
  center_id: 'C410502001',
  center_name: '南关街道便民服务中心',
  window: '3号窗口',
  booking_ref: bookingRef,
});
const windowIndicators = { overall: 2, efficiency: 2, service: 3, attitude: 1 };

const submit = (body: unknown, key = newKey()) =>
  call<Evaluation>('POST', '/evaluation/v1/evaluations', body, { 'idempotency-key': key });
const get = (id: string) => call<Evaluation>('GET', `/evaluation/v1/evaluations/${id}`);
const revise = (id: string, body: unknown, key = newKey()) =>
  call<Evaluation>('POST', `/evaluation/v1/evaluations/${id}/revisions`, body, { 'idempotency-key': key });
const office = { name: '李明', office: '安阳市文峰区人力资源和社会保障局' };
const reviewer = { name: '赵敏', office: '安阳市政务服务和大数据管理局' };
const act = (id: string, action: string, extra: Record<string, unknown> = {}, key = newKey()) =>
  call<Evaluation>(
    'POST',
    `/evaluation/v1/evaluations/${id}/case/actions`,
    { action, actor: action.startsWith('decide_') ? reviewer : office, note: `${action} 的说明`, ...extra },
    { 'idempotency-key': key },
  );
const answerCase = (id: string, satisfied: boolean, key = newKey()) =>
  call<Evaluation>(
    'POST',
    `/evaluation/v1/evaluations/${id}/case/answer`,
    { satisfied, note: satisfied ? '满意' : '还是没解决' },
    { 'idempotency-key': key },
  );
const listing = async (): Promise<EvaluationListing[]> =>
  ((await (await fetch(`${sandbox.url}/__sandbox/evaluations`)).json()) as { items: EvaluationListing[] }).items;

async function submitted(overrides: Record<string, unknown> = {}): Promise<Evaluation> {
  const res = await submit(evaluation(overrides));
  expect(res.status).toBe(200);
  return res.body.data!;
}

/** The case's state after an answered request, checking the request succeeded. */
function stateOf(res: Answer<Evaluation>): string | undefined {
  expect(res.status).toBe(200);
  return res.body.data!.case?.state;
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0, clock: () => now });
});
afterEach(() => sandbox.clearFaults());
afterAll(() => sandbox.close());

describe('好差评 stand-in: submission', () => {
  it('records a good review without a case, with a masked evaluator and no ID number or phone', async () => {
    const res = await submit(evaluation({ content: '窗口服务很好', photos: [photo('jpeg bytes')] }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      code: '200',
      msg: 'success',
      data: {
        evaluation_id: expect.stringMatching(/^PJ20261123\d{10}$/),
        channel: 'mobile',
        object: expect.objectContaining({ type: 'affair' }),
        agent: null,
        evaluator_name: '张*国',
        level: 4,
        indicator_set: 'online-2019',
        indicators: { overall: 4, efficiency: 4, guide: 5, convenience: 4, usability: 4 },
        bad_reasons: [],
        content: '窗口服务很好',
        photo_count: 1,
        evaluated_at: '2026-11-23T09:00:00+08:00',
        revised_at: null,
        case: null,
      },
    });
    expect(await get(res.body.data!.evaluation_id)).toMatchObject({ status: 200, body: { data: res.body.data } });
  });

  it('opens a case in VERIFYING for a level of 1 or 2, with one opened event', async () => {
    for (const level of [1, 2]) {
      const e = await submitted({ ...BAD, level });
      expect(e.case).toEqual({
        case_no: expect.stringMatching(/^CP20261123\d{8}$/),
        state: 'VERIFYING',
        opened_at: '2026-11-23T09:00:00+08:00',
        reopened: false,
        answer: null,
        appeal: null,
        events: [
          {
            event_id: `${e.case!.case_no}-001`,
            seq: 1,
            kind: 'opened',
            state: 'VERIFYING',
            at: '2026-11-23T09:00:00+08:00',
            actor: { role: 'system', name: null, office: null },
            note: expect.any(String),
          },
        ],
      });
    }
  });

  it('lists every evaluation in submission order with its key, receipts, object and case state', async () => {
    const bookingRef = `BK-${newKey()}`;
    const a = await submitted();
    const b = await submitted({
      channel: 'qrcode',
      object: windowObject(bookingRef),
      indicator_set: 'window-2019',
      indicators: windowIndicators,
      level: 2,
      bad_reasons: ['attitude'],
    });
    const c = await submitted({
      object: windowObject(null),
      indicator_set: 'window-2019',
      indicators: windowIndicators,
      level: 3,
    });
    const rows = await listing();
    const mine = rows.filter((r) => [a, b, c].some((e) => e.evaluation_id === r.evaluation_id));
    expect(mine).toEqual([
      {
        evaluation_id: a.evaluation_id,
        idempotency_key: expect.any(String),
        receipts: 1,
        level: 4,
        object_type: 'affair',
        object_ref: (a.object as { application_no: string }).application_no,
        case_state: null,
        agent: null,
      },
      expect.objectContaining({
        evaluation_id: b.evaluation_id,
        object_type: 'window',
        object_ref: bookingRef,
        case_state: 'VERIFYING',
      }),
      expect.objectContaining({ evaluation_id: c.evaluation_id, object_ref: 'C410502001', case_state: null }),
    ]);
  });

  it('answers a replay with the evaluation as it is now, a key reused with another body with 422 40022, and counts receipts', async () => {
    const key = newKey();
    const body = evaluation(BAD);
    const first = await submit(body, key);
    const id = first.body.data!.evaluation_id;
    now += 60_000;
    await act(id, 'verify');
    const again = await submit(Object.fromEntries(Object.entries(body).reverse()), key);
    expect(again.status).toBe(200);
    expect(again.body.data!.evaluation_id).toBe(id);
    expect(again.body.data!.case!.state).toBe('RECTIFYING');
    const other = await submit({ ...body, content: '另一段话' }, key);
    expect(other).toMatchObject({
      status: 422,
      body: { code: '40022', msg: expect.stringContaining('Idempotency-Key'), data: null },
    });
    const rows = (await listing()).filter((r) => r.idempotency_key === key);
    expect(rows).toEqual([expect.objectContaining({ evaluation_id: id, receipts: 3 })]);
  });

  it('makes 10 concurrent submissions with one key into one evaluation', async () => {
    const key = newKey();
    const body = evaluation(BAD);
    const answers = await Promise.all(Array.from({ length: 10 }, () => submit(body, key)));
    expect(new Set(answers.map((a) => a.body.data?.evaluation_id)).size).toBe(1);
    expect((await listing()).filter((r) => r.idempotency_key === key)).toEqual([
      expect.objectContaining({ receipts: 10, case_state: 'VERIFYING' }),
    ]);
  });

  it('takes one evaluation per application and per booking, answering 409 40902 with the first id', async () => {
    const body = evaluation();
    const first = (await submit(body)).body.data!;
    const second = await submit({ ...body, level: 5, indicators: GOOD.indicators });
    expect(second).toMatchObject({ status: 409, body: { code: '40902', data: null } });
    expect(second.body.msg).toContain(first.evaluation_id);

    const booked = {
      object: windowObject(`BK-${newKey()}`),
      indicator_set: 'window-2019',
      indicators: windowIndicators,
      level: 3,
    };
    const firstVisit = (await submit(evaluation(booked))).body.data!;
    const again = await submit(evaluation({ ...booked, channel: 'qrcode' }));
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ code: '40902', msg: expect.stringContaining(firstVisit.evaluation_id), data: null });

    // QR evaluations without a booking are not limited
    const unbooked = { ...booked, object: windowObject(null) };
    expect((await submit(evaluation(unbooked))).status).toBe(200);
    expect((await submit(evaluation(unbooked))).status).toBe(200);
    const rows = await listing();
    expect(
      rows.filter((r) => r.object_ref === (body.object as { application_no: string }).application_no),
    ).toHaveLength(1);
  });

  it.each([
    [{}, 'Idempotency-Key'],
    [{ 'idempotency-key': 'short' }, 'Idempotency-Key'],
    [{ 'idempotency-key': 'ä'.repeat(10) }, 'Idempotency-Key'],
  ])('refuses headers %j with a 400 naming %s', async (headers, what) => {
    const before = (await listing()).length;
    const res = await call('POST', '/evaluation/v1/evaluations', evaluation(), headers);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(what), data: null });
    expect(await listing()).toHaveLength(before);
  });

  const affair = evaluation().object;
  const big = Buffer.alloc(5 * 1024 * 1024 + 1, 1).toString('latin1');
  const bad: [string, Record<string, unknown>, string][] = [
    ['a body that is not an object', { __array: true }, 'body'],
    ['an unknown channel', { channel: 'email' }, 'channel'],
    ['an unknown object type', { object: { ...affair, type: 'hotline' } }, 'object.type'],
    ['an empty application_no', { object: { ...affair, application_no: '' } }, 'object.application_no'],
    ['an empty matter_code', { object: { ...affair, matter_code: ' ' } }, 'object.matter_code'],
    ['an empty center_id', { object: { ...windowObject(null), center_id: '' } }, 'object.center_id'],
    ['an empty evaluator name', { evaluator: { name: '', id_number: ID_NUMBER, phone: PHONE } }, 'evaluator.name'],
    [
      'an evaluator name over 50',
      { evaluator: { name: '张'.repeat(51), id_number: ID_NUMBER, phone: PHONE } },
      'evaluator.name',
    ],
    [
      'a wrong ID check digit',
      { evaluator: { name: '张建国', id_number: '410502198001010037', phone: PHONE } },
      'evaluator.id_number',
    ],
    [
      'an impossible birth date',
      { evaluator: { name: '张建国', id_number: '410502198013010036', phone: PHONE } },
      'evaluator.id_number',
    ],
    [
      'a malformed phone',
      { evaluator: { name: '张建国', id_number: ID_NUMBER, phone: '12800000001' } },
      'evaluator.phone',
    ],
    ['a level of 0', { level: 0 }, 'level'],
    ['a level of 6', { level: 6 }, 'level'],
    ['a level of 4.5', { level: 4.5 }, 'level'],
    ['a level as a string', { level: '4' }, 'level'],
    ['an unknown indicator set', { indicator_set: 'online-2025' }, 'indicator_set'],
    ['an indicator missing', { indicators: { overall: 4, efficiency: 4, guide: 5, convenience: 4 } }, 'indicators'],
    ['an extra indicator', { indicators: { ...GOOD.indicators, attitude: 5 } }, 'indicators'],
    ['the other set’s indicators', { indicators: windowIndicators }, 'indicators'],
    ['an indicator level of 6', { indicators: { ...GOOD.indicators, guide: 6 } }, 'indicators.guide'],
    ['no bad reason for a 差评', { level: 2, indicators: BAD.indicators, bad_reasons: [] }, 'bad_reasons'],
    ['a bad reason for a good review', { bad_reasons: ['slow'] }, 'bad_reasons'],
    ['an unknown bad reason', { ...BAD, bad_reasons: ['rude'] }, 'bad_reasons[0]'],
    ['a repeated bad reason', { ...BAD, bad_reasons: ['slow', 'slow'] }, 'bad_reasons[1]'],
    ['content over 500', { content: '好'.repeat(501) }, 'content'],
    ['four photos', { photos: [photo('a'), photo('b'), photo('c'), photo('d')] }, 'photos'],
    [
      'base64 that is not canonical',
      { photos: [{ ...photo('ab'), content_base64: 'YWI' }] },
      'photos[0].content_base64',
    ],
    [
      'base64url',
      {
        photos: [
          { ...photo('\u00fb\u00ff'), content_base64: Buffer.from('\u00fb\u00ff', 'latin1').toString('base64url') },
        ],
      },
      'photos[0]',
    ],
    ['a size that does not match', { photos: [{ ...photo('jpeg'), size: 3 }] }, 'photos[0].size'],
    ['a photo over 5 MB', { photos: [photo(big)] }, 'photos[0].size'],
    ['a SHA-256 that differs', { photos: [{ ...photo('jpeg'), sha256: 'a'.repeat(64) }] }, 'photos[0].sha256'],
    [
      'a photo that is not an image',
      { photos: [{ ...photo('pdf'), content_type: 'application/pdf' }] },
      'photos[0].content_type',
    ],
    ['an agent without a relation', { agent: { name: '张小明' } }, 'agent.relation'],
  ];
  it.each(bad)('refuses %s with a 400 naming the field and records nothing', async (_what, overrides, field) => {
    const key = newKey();
    const body = '__array' in overrides ? [evaluation()] : evaluation(overrides);
    const res = await submit(body, key);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(field), data: null });
    expect(res.raw).not.toContain('410502198001010');
    expect(res.raw).not.toContain(PHONE);
    expect((await listing()).some((r) => r.idempotency_key === key)).toBe(false);
  });

  it('takes a photo of exactly 5 MB', async () => {
    const exact = Buffer.alloc(5 * 1024 * 1024, 2).toString('latin1');
    expect((await submit(evaluation({ photos: [photo(exact)] }))).status).toBe(200);
  });

  it('answers 404 in the envelope for an unknown evaluation', async () => {
    expect(await get('PJ202611230000000000')).toMatchObject({
      status: 404,
      body: { code: '404', msg: expect.any(String), data: null },
    });
    expect((await act('PJ202611230000000000', 'verify')).status).toBe(404);
    expect((await revise('PJ202611230000000000', GOOD)).status).toBe(404);
    expect((await answerCase('PJ202611230000000000', true)).status).toBe(404);
  });
});

describe('好差评 stand-in: revision (追加/修改评价)', () => {
  const revisedGood = { ...GOOD, bad_reasons: [], content: '问题已解决，改为满意', photos: [] };
  const revisedBad = { ...BAD, content: '再次去还是没办成', photos: [photo('photo')] };

  it('replaces the review once; the same key again answers as now, another key 409 40903', async () => {
    const e = await submitted();
    now = Date.parse('2026-11-23T15:01:00+08:00');
    const key = newKey();
    const res = await revise(e.evaluation_id, revisedGood, key);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({
      ...e,
      level: 5,
      indicators: GOOD.indicators,
      content: '问题已解决，改为满意',
      revised_at: '2026-11-23T15:01:00+08:00',
    });
    expect(await revise(e.evaluation_id, revisedGood, key)).toEqual(res);
    expect((await revise(e.evaluation_id, { ...revisedGood, content: '换一句' }, key)).body.code).toBe('40022');
    const second = await revise(e.evaluation_id, revisedGood, newKey());
    expect(second).toMatchObject({ status: 409, body: { code: '40903', data: null } });
    expect((await get(e.evaluation_id)).body.data!.content).toBe('问题已解决，改为满意');
  });

  it('checks a revision against the evaluation’s indicator set and refuses a bad one without revising', async () => {
    const e = await submitted();
    const res = await revise(e.evaluation_id, { ...revisedGood, indicators: windowIndicators });
    expect(res).toMatchObject({ status: 400, body: { code: '400', msg: expect.stringContaining('indicators') } });
    expect((await revise(e.evaluation_id, { ...revisedBad, bad_reasons: [] })).body.msg).toContain('bad_reasons');
    expect((await get(e.evaluation_id)).body.data!.revised_at).toBeNull();
    expect((await revise(e.evaluation_id, revisedGood)).status).toBe(200);
  });

  it('opens a case when a good review is revised to 1–2', async () => {
    const e = await submitted();
    const res = await revise(e.evaluation_id, revisedBad);
    expect(res.body.data!.case).toMatchObject({ state: 'VERIFYING', events: [{ seq: 1, kind: 'opened' }] });
    expect(res.body.data!.photo_count).toBe(1);
  });

  it.each(['VERIFYING', 'RECTIFYING'])('withdraws a case in %s when revised to 3–5', async (state) => {
    const e = await submitted(BAD);
    if (state === 'RECTIFYING') await act(e.evaluation_id, 'verify');
    const res = await revise(e.evaluation_id, revisedGood);
    const c = res.body.data!.case!;
    expect(c.state).toBe('WITHDRAWN');
    expect(c.events.at(-1)).toMatchObject({
      kind: 'withdrawn',
      state: 'WITHDRAWN',
      actor: { role: 'evaluator', name: '张*国', office: null },
    });
    expect((await act(e.evaluation_id, 'rectify')).body.code).toBe('40901');
  });

  it('leaves a case that is already rectified as it is', async () => {
    const e = await submitted(BAD);
    await act(e.evaluation_id, 'verify');
    await act(e.evaluation_id, 'rectify');
    const res = await revise(e.evaluation_id, revisedGood);
    expect(res.body.data!.case!.state).toBe('RECTIFIED');
    expect(res.body.data!.case!.events).toHaveLength(3);
  });

  it('leaves an open case alone when a 差评 is revised to another 差评, and opens a new one after a closed case', async () => {
    const open = await submitted(BAD);
    const res = await revise(open.evaluation_id, { ...revisedBad, level: 2 });
    expect(res.body.data!.case).toMatchObject({ case_no: open.case!.case_no, state: 'VERIFYING' });
    expect(res.body.data!.case!.events).toHaveLength(1);

    const closed = await submitted(BAD);
    await act(closed.evaluation_id, 'appeal', { ground: 'mistaken' });
    await act(closed.evaluation_id, 'decide_appeal', { upheld: true });
    const reopened = await revise(closed.evaluation_id, revisedBad);
    expect(reopened.body.data!.case).toMatchObject({ state: 'VERIFYING', appeal: null, reopened: false });
    expect(reopened.body.data!.case!.case_no).not.toBe(closed.case!.case_no);
    expect(reopened.body.data!.case!.events.map((ev) => ev.event_id)).toEqual([
      `${reopened.body.data!.case!.case_no}-001`,
    ]);
  });
});

describe('好差评 stand-in: the case', () => {
  it('walks 核实 → 整改 → 追评, reopens once on 不满意, and closes unsatisfied the second time', async () => {
    const e = await submitted(BAD);
    const id = e.evaluation_id;
    now = Date.parse('2026-11-23T16:30:00+08:00');
    const verified = await act(id, 'verify');
    expect(stateOf(verified)).toBe('RECTIFYING');
    expect(verified.body.data!.case!.events[1]).toEqual({
      event_id: `${e.case!.case_no}-002`,
      seq: 2,
      kind: 'verified',
      state: 'RECTIFYING',
      at: '2026-11-23T16:30:00+08:00',
      actor: { role: 'office', ...office },
      note: 'verify 的说明',
    });
    expect(stateOf(await act(id, 'rectify'))).toBe('RECTIFIED');
    const unhappy = await answerCase(id, false);
    expect(stateOf(unhappy)).toBe('RECTIFYING');
    expect(unhappy.body.data!.case).toMatchObject({
      reopened: true,
      answer: { satisfied: false, via: 'evaluator', at: '2026-11-23T16:30:00+08:00' },
    });
    expect(unhappy.body.data!.case!.events.at(-1)).toMatchObject({
      kind: 'reopened',
      state: 'RECTIFYING',
      actor: { role: 'evaluator', name: '张*国', office: null },
      note: '还是没解决',
    });
    expect(stateOf(await act(id, 'rectify'))).toBe('RECTIFIED');
    const closed = await act(id, 'follow_up', { satisfied: false, method: 'phone' });
    expect(stateOf(closed)).toBe('FOLLOWED_UP');
    const c = closed.body.data!.case!;
    expect(c.answer).toEqual({ satisfied: false, via: 'office', at: expect.any(String) });
    expect(c.events.map((ev) => [ev.seq, ev.kind, ev.state])).toEqual([
      [1, 'opened', 'VERIFYING'],
      [2, 'verified', 'RECTIFYING'],
      [3, 'rectified', 'RECTIFIED'],
      [4, 'reopened', 'RECTIFYING'],
      [5, 'rectified', 'RECTIFIED'],
      [6, 'followed_up', 'FOLLOWED_UP'],
    ]);
    expect(c.events.map((ev) => ev.event_id)).toEqual(
      ['001', '002', '003', '004', '005', '006'].map((n) => `${c.case_no}-${n}`),
    );
    expect((await answerCase(id, true)).body.code).toBe('40901');
  });

  it('closes on a satisfied 追评 or 回访', async () => {
    const a = await submitted(BAD);
    await act(a.evaluation_id, 'verify');
    await act(a.evaluation_id, 'rectify');
    const res = await answerCase(a.evaluation_id, true);
    expect(stateOf(res)).toBe('FOLLOWED_UP');
    expect(res.body.data!.case!.events.at(-1)!.kind).toBe('answered');

    const b = await submitted(BAD);
    await act(b.evaluation_id, 'verify');
    await act(b.evaluation_id, 'rectify');
    const followed = await act(b.evaluation_id, 'follow_up', { satisfied: true, method: 'visit' });
    expect(stateOf(followed)).toBe('FOLLOWED_UP');
    expect(followed.body.data!.case!.answer).toMatchObject({ satisfied: true, via: 'office' });
    expect(followed.body.data!.case!.events.at(-1)).toMatchObject({ kind: 'followed_up', actor: { role: 'office' } });
  });

  it('answers the same action key again with the evaluation as it is now, without acting twice', async () => {
    const e = await submitted(BAD);
    const key = newKey();
    const first = await act(e.evaluation_id, 'verify', {}, key);
    await act(e.evaluation_id, 'rectify');
    const again = await act(e.evaluation_id, 'verify', {}, key);
    expect(stateOf(again)).toBe('RECTIFIED');
    expect(again.body.data!.case!.events).toHaveLength(3);
    expect(first.body.data!.case!.events).toHaveLength(2);
    expect((await act(e.evaluation_id, 'verify', { note: '另一段说明' }, key)).body.code).toBe('40022');
    // the key belongs to the action route: the same key on the answer route is another request
    expect((await answerCase(e.evaluation_id, true, key)).body.code).toBe('40022');
  });

  it('takes one appeal per case: upheld → INVALID, rejected → back to where it was', async () => {
    const upheld = await submitted(BAD);
    const appealed = await act(upheld.evaluation_id, 'appeal', { ground: 'malicious', note: '评价人并未到窗口办理' });
    expect(stateOf(appealed)).toBe('APPEALING');
    expect(appealed.body.data!.case!.appeal).toEqual({
      ground: 'malicious',
      note: '评价人并未到窗口办理',
      decided: null,
    });
    expect((await act(upheld.evaluation_id, 'verify')).body.code).toBe('40901');
    const decided = await act(upheld.evaluation_id, 'decide_appeal', { upheld: true, note: '经调查，申诉成立' });
    expect(stateOf(decided)).toBe('INVALID');
    expect(decided.body.data!.case!.appeal!.decided).toEqual({
      upheld: true,
      note: '经调查，申诉成立',
      at: expect.any(String),
    });
    expect(decided.body.data!.case!.events.at(-1)).toMatchObject({
      kind: 'appeal_decided',
      state: 'INVALID',
      actor: { role: 'reviewer', ...reviewer },
    });

    const rejected = await submitted(BAD);
    await act(rejected.evaluation_id, 'verify');
    await act(rejected.evaluation_id, 'appeal', { ground: 'mistaken' });
    const back = await act(rejected.evaluation_id, 'decide_appeal', { upheld: false });
    expect(stateOf(back)).toBe('RECTIFYING');
    expect(back.body.data!.case!.appeal!.decided).toMatchObject({ upheld: false });
    // once per case
    expect(await act(rejected.evaluation_id, 'appeal', { ground: 'mistaken' })).toMatchObject({
      status: 409,
      body: { code: '40901' },
    });
  });

  it('reviews a 无法整改 claim: upheld → UNRECTIFIABLE, rejected → RECTIFYING', async () => {
    const a = await submitted(BAD);
    await act(a.evaluation_id, 'verify');
    const claimed = await act(a.evaluation_id, 'claim_unrectifiable', { note: '涉及省级系统，县级无法修改' });
    expect(stateOf(claimed)).toBe('UNRECTIFIABLE_REVIEW');
    expect(claimed.body.data!.case!.events.at(-1)).toMatchObject({
      kind: 'unrectifiable_claimed',
      note: '涉及省级系统，县级无法修改',
    });
    const upheld = await act(a.evaluation_id, 'decide_unrectifiable', { upheld: true });
    expect(stateOf(upheld)).toBe('UNRECTIFIABLE');
    expect(upheld.body.data!.case!.events.at(-1)).toMatchObject({
      kind: 'unrectifiable_decided',
      actor: { role: 'reviewer' },
    });

    const b = await submitted(BAD);
    await act(b.evaluation_id, 'verify');
    await act(b.evaluation_id, 'claim_unrectifiable');
    expect(stateOf(await act(b.evaluation_id, 'decide_unrectifiable', { upheld: false }))).toBe('RECTIFYING');
    expect(stateOf(await act(b.evaluation_id, 'rectify'))).toBe('RECTIFIED');
  });

  it('answers 409 40901 for an action the state does not allow, an unknown action, and on a good review', async () => {
    const e = await submitted(BAD);
    const id = e.evaluation_id;
    const refusals = [
      await act(id, 'rectify'),
      await act(id, 'follow_up', { satisfied: true, method: 'phone' }),
      await answerCase(id, true),
      await act(id, 'claim_unrectifiable'),
      await act(id, 'decide_appeal', { upheld: true }),
      await act(id, 'decide_unrectifiable', { upheld: true }),
      await act(id, 'close'),
      await act((await submitted()).evaluation_id, 'verify'),
    ];
    for (const r of refusals) expect(r).toMatchObject({ status: 409, body: { code: '40901', data: null } });
    expect((await get(id)).body.data!.case!.events).toHaveLength(1);
  });

  it.each([
    ['no actor', { actor: undefined }, 'actor'],
    ['an empty actor name', { actor: { name: '', office: '某局' } }, 'actor.name'],
    ['an empty note', { note: '' }, 'note'],
    ['a note over 1000', { note: '说'.repeat(1001) }, 'note'],
    ['follow_up without satisfied', { action: 'follow_up', method: 'phone' }, 'satisfied'],
    ['follow_up by letter', { action: 'follow_up', satisfied: true, method: 'letter' }, 'method'],
    ['appeal without a ground', { action: 'appeal' }, 'ground'],
    ['decide_appeal without upheld', { action: 'decide_appeal' }, 'upheld'],
  ])('refuses an action with %s with a 400 naming the field', async (_what, overrides, field) => {
    const e = await submitted(BAD);
    const body = { action: 'verify', actor: office, note: '核实', ...overrides };
    const res = await call('POST', `/evaluation/v1/evaluations/${e.evaluation_id}/case/actions`, body, {
      'idempotency-key': newKey(),
    });
    expect(res).toMatchObject({ status: 400, body: { code: '400', msg: expect.stringContaining(field) } });
    expect((await get(e.evaluation_id)).body.data!.case!.events).toHaveLength(1);
  });

  it('refuses an answer without satisfied or with a note over 500', async () => {
    const e = await submitted(BAD);
    const path = `/evaluation/v1/evaluations/${e.evaluation_id}/case/answer`;
    const headers = { 'idempotency-key': newKey() };
    expect((await call('POST', path, { note: '' }, headers)).body.msg).toContain('satisfied');
    expect((await call('POST', path, { satisfied: true, note: '好'.repeat(501) }, headers)).body.msg).toContain('note');
    expect((await call('POST', path, { satisfied: true, note: '' })).body.msg).toContain('Idempotency-Key');
  });
});

describe('好差评 stand-in: back doors, privacy and faults', () => {
  it('advances a case as an office would: verify, rectify, follow_up satisfied; 409 when it cannot move', async () => {
    const e = await submitted(BAD);
    const path = `/__sandbox/evaluations/${e.evaluation_id}/advance`;
    const one = await fetch(`${sandbox.url}${path}`, { method: 'POST' });
    expect(one.status).toBe(200);
    const { evaluation: after } = (await one.json()) as { evaluation: Evaluation };
    expect(after.case!.state).toBe('RECTIFYING');
    expect(after.case!.events[1]).toMatchObject({
      kind: 'verified',
      actor: { role: 'office', office: '安阳市文峰区人力资源和社会保障局' },
    });
    const rest = await call<unknown>('POST', path, { steps: 5 });
    const done = (rest.body as unknown as { evaluation: Evaluation }).evaluation;
    expect(done.case!.events.map((ev) => ev.kind)).toEqual(['opened', 'verified', 'rectified', 'followed_up']);
    expect(done.case!.answer).toMatchObject({ satisfied: true, via: 'office' });
    expect((await call('POST', path, {})).status).toBe(409);
    expect((await call('POST', `/__sandbox/evaluations/${(await submitted()).evaluation_id}/advance`, {})).status).toBe(
      409,
    );
    expect((await call('POST', path, { steps: 6 })).status).toBe(400);
    expect((await call('POST', '/__sandbox/evaluations/PJ0/advance', {})).status).toBe(404);
  });

  it('never answers the evaluator’s ID number or phone, in a GET, an action or the listing', async () => {
    const e = await submitted(BAD);
    const texts = [
      (await get(e.evaluation_id)).raw,
      (await act(e.evaluation_id, 'verify')).raw,
      (await answerCase(e.evaluation_id, false)).raw,
      (await revise(e.evaluation_id, { ...GOOD, bad_reasons: [], content: '', photos: [] })).raw,
      await (await fetch(`${sandbox.url}/__sandbox/evaluations`)).text(),
    ];
    for (const t of texts) {
      expect(t).not.toContain(ID_NUMBER);
      expect(t).not.toContain(PHONE);
      expect(t).not.toContain('张建国');
    }
  });

  it('is faulted like any upstream route, and an injected error records nothing; back doors are not', async () => {
    const e = await submitted(BAD);
    sandbox.setFaults({ errorRate: 1, pathPrefix: '/evaluation/' });
    const key = newKey();
    expect(await submit(evaluation(), key)).toMatchObject({
      status: 503,
      body: { code: '503', msg: 'sandbox: injected fault', data: null },
    });
    expect((await get(e.evaluation_id)).status).toBe(503);
    expect((await act(e.evaluation_id, 'verify')).status).toBe(503);
    expect((await listing()).some((r) => r.idempotency_key === key)).toBe(false);
    expect((await call('POST', `/__sandbox/evaluations/${e.evaluation_id}/advance`, {})).status).toBe(200);
    sandbox.setFaults({ outage: true, pathPrefix: '/evaluation/' });
    await expect(fetch(`${sandbox.url}/evaluation/v1/evaluations/${e.evaluation_id}`)).rejects.toThrow();
    sandbox.clearFaults();
    expect((await get(e.evaluation_id)).status).toBe(200);
  });
});

import { createHmac, timingSafeEqual } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import type { ApplicationReceipt, ApprovalCallback } from './approval-wire';
import { createSandbox, type Sandbox } from './server';
import type { Envelope } from './wire';

const SECRET = 'callback-secret-for-tests';

interface Received {
  body: ApprovalCallback;
  raw: string;
  timestamp: string;
  signature: string;
}

/** A stand-in for the BFF's callback endpoint: keeps every delivery and answers what the test says. */
class Receiver {
  readonly received: Received[] = [];
  /** Statuses to answer, in turn; 204 once they run out. */
  answers: number[] = [];
  /** How long each answer takes. */
  delayMs = 0;
  private app: FastifyInstance = Fastify({ forceCloseConnections: true });
  url = '';

  async start(): Promise<void> {
    this.app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    this.app.post('/callbacks/approval', async (req, reply) => {
      const raw = req.body as string;
      this.received.push({
        body: JSON.parse(raw) as ApprovalCallback,
        raw,
        timestamp: String(req.headers['x-approval-timestamp']),
        signature: String(req.headers['x-approval-signature']),
      });
      if (this.delayMs) await new Promise((r) => setTimeout(r, this.delayMs).unref());
      return reply.code(this.answers.shift() ?? 204).send();
    });
    this.url = `${await this.app.listen({ port: 0, host: '127.0.0.1' })}/callbacks/approval`;
  }

  close(): Promise<void> {
    return this.app.close();
  }

  async waitFor(count: number, timeoutMs = 5000): Promise<Received[]> {
    const until = Date.now() + timeoutMs;
    while (this.received.length < count) {
      if (Date.now() > until) throw new Error(`expected ${count} callbacks, got ${this.received.length}`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return this.received.slice();
  }
}

/** What the BFF will do: recompute the HMAC over the exact bytes received and compare in constant time. */
function verifies(r: Received, secret = SECRET): boolean {
  const expected = Buffer.from(createHmac('sha256', secret).update(`${r.timestamp}.${r.raw}`).digest('hex'));
  const given = Buffer.from(r.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

let sandbox: Sandbox;
let receiver: Receiver;
let keys = 0;

async function post<T>(
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function submit(): Promise<string> {
  const res = await post<Envelope<ApplicationReceipt>>(
    '/approval/v1/applications',
    {
      matter_code: '410500-016020-132',
      matter_name: '企业职工基本养老保险与城乡居民基本养老保险互转申请',
      applicant: { name: '王芳', id_number: '410522199808080027', phone: '13800000003' },
      form: {},
      materials: [],
      delivery: null,
      theme_id: null,
      linked_key: null,
    },
    { 'idempotency-key': `callback-test-${++keys}` },
  );
  expect(res.status).toBe(200);
  return res.body.data!.application_no;
}

beforeEach(async () => {
  receiver = new Receiver();
  await receiver.start();
  sandbox = await createSandbox({ port: 0, approvalCallback: { url: receiver.url, secret: SECRET } });
});
afterEach(async () => {
  await sandbox.close();
  await receiver.close();
});

describe('approval status callbacks', () => {
  it('pushes every event, in order, with a signature over the timestamp and the raw body', async () => {
    const no = await submit();
    await post('/__sandbox/approval/advance', { application_no: no, steps: 5 });
    const got = await receiver.waitFor(6);
    expect(got.map((r) => r.body.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(got.map((r) => r.body.status)).toEqual([
      'SUBMITTED',
      'PRE_REVIEW',
      'ACCEPTED',
      'IN_REVIEW',
      'DECIDED',
      'COMPLETED',
    ]);
    for (const r of got) {
      expect(verifies(r)).toBe(true);
      expect(verifies(r, 'another-secret')).toBe(false);
      expect(Math.abs(Number(r.timestamp) - Date.now())).toBeLessThan(10_000);
      expect(Object.keys(r.body).sort()).toEqual([
        'application_no',
        'at',
        'event_id',
        'note',
        'office',
        'seq',
        'status',
        'supplement',
      ]);
      expect(r.body.application_no).toBe(no);
    }
    // the same events as the status query shows
    const view = (await (await fetch(`${sandbox.url}/approval/v1/applications/${no}`)).json()) as Envelope<{
      events: unknown[];
    }>;
    expect(
      got.map((r) => {
        const { application_no: _no, ...event } = r.body;
        return event;
      }),
    ).toEqual(view.data!.events);
  });

  it('carries the supplement request in a NEED_SUPPLEMENT callback', async () => {
    const no = await submit();
    const items = [{ key: 'photo', label: '近期免冠照片', kind: 'material', reason: '照片模糊' }];
    await post(`/__sandbox/approval/applications/${no}/supplement-request`, { items });
    const got = await receiver.waitFor(2);
    expect(got[1].body).toMatchObject({
      status: 'NEED_SUPPLEMENT',
      supplement: { request_id: expect.any(String), items },
    });
  });

  it('retries a callback that was refused, with backoff', async () => {
    receiver.answers = [500, 503];
    await submit();
    const got = await receiver.waitFor(3, 5000);
    expect(got.map((r) => r.body.seq)).toEqual([1, 1, 1]);
    // each attempt is signed afresh
    expect(got.every((r) => verifies(r))).toBe(true);
  });

  it('never holds up the route that caused the event, however slow the receiver', async () => {
    receiver.delayMs = 3000;
    const started = performance.now();
    const no = await submit();
    await post('/__sandbox/approval/advance', { application_no: no, steps: 2 });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(receiver.received.length).toBeLessThanOrEqual(1);
  });

  it('is not subject to fault injection', async () => {
    const no = await submit();
    await receiver.waitFor(1);
    sandbox.setFaults({ errorRate: 1 });
    await post('/__sandbox/approval/advance', { application_no: no });
    expect((await receiver.waitFor(2))[1].body.status).toBe('PRE_REVIEW');
  });

  it('replays an application’s events in reverse, or each twice, and answers their HTTP statuses', async () => {
    const no = await submit();
    await post('/__sandbox/approval/advance', { application_no: no, steps: 2 });
    await receiver.waitFor(3);
    receiver.received.length = 0;

    receiver.answers = [204, 500, 200];
    const reverse = await post<{ sent: { event_id: string; seq: number; http_status: number | null }[] }>(
      '/__sandbox/approval/callbacks/replay',
      { application_no: no, order: 'reverse' },
    );
    expect(reverse.status).toBe(200);
    expect(reverse.body.sent.map((s) => [s.seq, s.http_status])).toEqual([
      [3, 204],
      [2, 500],
      [1, 200],
    ]);
    expect(receiver.received.map((r) => r.body.seq)).toEqual([3, 2, 1]);
    receiver.received.length = 0;

    const duplicate = await post<{ sent: { event_id: string; seq: number; http_status: number | null }[] }>(
      '/__sandbox/approval/callbacks/replay',
      { application_no: no, order: 'duplicate' },
    );
    expect(duplicate.body.sent.map((s) => s.seq)).toEqual([1, 1, 2, 2, 3, 3]);
    expect(receiver.received.map((r) => r.body.event_id)).toEqual(duplicate.body.sent.map((s) => s.event_id));
    expect(receiver.received.every((r) => verifies(r))).toBe(true);
  });

  it('refuses a replay for an unknown application, a bad order, or with callbacks off', async () => {
    const no = await submit();
    expect(
      (await post('/__sandbox/approval/callbacks/replay', { application_no: 'HN0', order: 'reverse' })).status,
    ).toBe(404);
    expect((await post('/__sandbox/approval/callbacks/replay', { application_no: no, order: 'shuffle' })).status).toBe(
      400,
    );
    await fetch(`${sandbox.url}/__sandbox/approval/callback`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ url: null }),
    });
    expect((await post('/__sandbox/approval/callbacks/replay', { application_no: no, order: 'reverse' })).status).toBe(
      409,
    );
  });

  it('turns callbacks off and on again at run time, with a new secret', async () => {
    const put = (body: unknown) =>
      fetch(`${sandbox.url}/__sandbox/approval/callback`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await put({ url: null })).status).toBe(200);
    const no = await submit();
    await new Promise((r) => setTimeout(r, 100));
    expect(receiver.received).toHaveLength(0);

    expect((await put({ url: receiver.url })).status).toBe(400);
    expect((await put({ url: 'ftp://example.org', secret: 's' })).status).toBe(400);
    const on = await put({ url: receiver.url, secret: 'rotated-secret' });
    expect(await on.json()).toEqual({ url: receiver.url });
    await post('/__sandbox/approval/advance', { application_no: no });
    const [got] = await receiver.waitFor(1);
    expect(got.body.status).toBe('PRE_REVIEW');
    expect(verifies(got, 'rotated-secret')).toBe(true);
  });
});

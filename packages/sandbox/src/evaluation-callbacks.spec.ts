import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Evaluation, EvaluationCallback } from './evaluation-wire';
import { createSandbox, type Sandbox } from './server';
import { callbackSignature } from './signed-callbacks';
import type { Envelope } from './wire';

const SECRET = 'evaluation-callback-secret-for-tests';
const ID_NUMBER = '410502198001010036';
const PHONE = '13800000001';

interface Received {
  body: EvaluationCallback;
  raw: string;
  timestamp: string;
  signature: string;
}

/** A stand-in for the BFF's callback endpoint: keeps every delivery and answers the statuses the test queues. */
class Receiver {
  readonly received: Received[] = [];
  /** Statuses to answer, in turn; 204 once they run out. */
  answers: number[] = [];
  url = '';
  private readonly server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      this.received.push({
        body: JSON.parse(raw) as EvaluationCallback,
        raw,
        timestamp: String(req.headers['x-evaluation-timestamp']),
        signature: String(req.headers['x-evaluation-signature']),
      });
      res.statusCode = this.answers.shift() ?? 204;
      res.end();
    });
  });

  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/callbacks/evaluation`;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** A bounded poll: callbacks are fire and forget, so the test waits for them to arrive. */
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

async function post<T>(path: string, body: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `callback-test-${++keys}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

async function badReview(): Promise<Evaluation> {
  const res = await post<Envelope<Evaluation>>('/evaluation/v1/evaluations', {
    channel: 'qrcode',
    object: {
      type: 'window',
      center_id: 'C410502001',
      center_name: '南关街道便民服务中心',
      window: null,
      booking_ref: null,
    },
    evaluator: { name: '张建国', id_number: ID_NUMBER, phone: PHONE },
    agent: null,
    level: 1,
    indicator_set: 'window-2019',
    indicators: { overall: 1, efficiency: 1, service: 2, attitude: 1 },
    bad_reasons: ['attitude'],
    content: '工作人员态度差',
    photos: [],
  });
  expect(res.status).toBe(200);
  return res.body.data!;
}

const answer = (id: string, satisfied: boolean) =>
  post<Envelope<Evaluation>>(`/evaluation/v1/evaluations/${id}/case/answer`, { satisfied, note: '' });

beforeEach(async () => {
  receiver = new Receiver();
  await receiver.start();
  sandbox = await createSandbox({ port: 0, evaluationCallback: { url: receiver.url, secret: SECRET } });
});
afterEach(async () => {
  await sandbox.close();
  await receiver.close();
});

describe('好差评 case callbacks', () => {
  it('pushes every case event in seq order, signed over the timestamp and the raw body, as the case shows it', async () => {
    const e = await badReview();
    await post(`/__sandbox/evaluations/${e.evaluation_id}/advance`, { steps: 2 });
    await answer(e.evaluation_id, false);
    await post(`/__sandbox/evaluations/${e.evaluation_id}/advance`, { steps: 2 });
    const got = await receiver.waitFor(6);
    expect(got.map((r) => r.body.event.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(got.map((r) => r.body.event.kind)).toEqual([
      'opened',
      'verified',
      'rectified',
      'reopened',
      'rectified',
      'followed_up',
    ]);
    const view = (await (
      await fetch(`${sandbox.url}/evaluation/v1/evaluations/${e.evaluation_id}`)
    ).json()) as Envelope<Evaluation>;
    expect(got.map((r) => r.body.event)).toEqual(view.data!.case!.events);
    for (const r of got) {
      expect(Object.keys(r.body).sort()).toEqual(['case_no', 'evaluation_id', 'event']);
      expect(r.body).toMatchObject({ evaluation_id: e.evaluation_id, case_no: e.case!.case_no });
      expect(verifies(r)).toBe(true);
      expect(verifies(r, 'another-secret')).toBe(false);
      expect(r.signature).toBe(callbackSignature(SECRET, r.timestamp, r.raw));
      expect(Math.abs(Number(r.timestamp) - Date.now())).toBeLessThan(10_000);
      // the evaluator's ID number, phone and full name never travel
      expect(r.raw).not.toContain(ID_NUMBER);
      expect(r.raw).not.toContain(PHONE);
      expect(r.raw).not.toContain('张建国');
    }
  });

  it('sends nothing for a good review', async () => {
    const good = await post<Envelope<Evaluation>>('/evaluation/v1/evaluations', {
      channel: 'mobile',
      object: {
        type: 'window',
        center_id: 'C410502001',
        center_name: '南关街道便民服务中心',
        window: null,
        booking_ref: null,
      },
      evaluator: { name: '张建国', id_number: ID_NUMBER, phone: PHONE },
      agent: null,
      level: 5,
      indicator_set: 'window-2019',
      indicators: { overall: 5, efficiency: 5, service: 5, attitude: 5 },
      bad_reasons: [],
      content: '',
      photos: [],
    });
    expect(good.body.data!.case).toBeNull();
    // a bad review afterwards is the first callback to arrive
    const bad = await badReview();
    const [first] = await receiver.waitFor(1);
    expect(first.body.evaluation_id).toBe(bad.evaluation_id);
  });

  it('retries a refused callback, signed afresh, and keeps later events behind it', async () => {
    receiver.answers = [500, 503];
    const e = await badReview();
    await post(`/__sandbox/evaluations/${e.evaluation_id}/advance`, {});
    const got = await receiver.waitFor(4, 5000);
    expect(got.map((r) => r.body.event.seq)).toEqual([1, 1, 1, 2]);
    expect(got.every((r) => verifies(r))).toBe(true);
  });

  it('is turned off and on at run time with a new secret; a URL without a secret is refused', async () => {
    const put = (body: unknown) =>
      fetch(`${sandbox.url}/__sandbox/evaluation/callback`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect(await (await put({ url: null })).json()).toEqual({ url: null });
    const e = await badReview();
    expect((await put({ url: receiver.url })).status).toBe(400);
    expect((await put({ url: 'ftp://example.org', secret: 's' })).status).toBe(400);
    expect(receiver.received).toHaveLength(0);
    expect(await (await put({ url: receiver.url, secret: 'rotated' })).json()).toEqual({ url: receiver.url });
    await post(`/__sandbox/evaluations/${e.evaluation_id}/advance`, {});
    const [got] = await receiver.waitFor(1);
    expect(got.body.event).toMatchObject({ seq: 2, kind: 'verified' });
    expect(verifies(got, 'rotated')).toBe(true);
  });

  it('is not subject to fault injection', async () => {
    const e = await badReview();
    await receiver.waitFor(1);
    sandbox.setFaults({ errorRate: 1 });
    await post(`/__sandbox/evaluations/${e.evaluation_id}/advance`, {});
    expect((await receiver.waitFor(2))[1].body.event.kind).toBe('verified');
  });
});

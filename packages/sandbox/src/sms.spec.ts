import { createSandbox, type Sandbox } from './server';
import { OUTBOX_PER_PHONE } from './sms';
import type { Envelope, SmsMessage } from './wire';

let sandbox: Sandbox;

async function send(body: unknown): Promise<{ status: number; body: Envelope<{ message_id: string }> }> {
  const res = await fetch(`${sandbox.url}/sms/v1/send`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Envelope<{ message_id: string }> };
}

async function outbox(phone: string): Promise<SmsMessage[]> {
  const res = await fetch(`${sandbox.url}/__sandbox/sms?phone=${phone}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: SmsMessage[] }).messages;
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
});
afterEach(() => sandbox.clearFaults());
afterAll(() => sandbox.close());

describe('SMS gateway stand-in', () => {
  it('sends a real-name code and shows it in the outbox with the Chinese text', async () => {
    const { status, body } = await send({
      phone: '13800000001',
      template: 'REALNAME_VERIFY',
      params: { code: '123456' },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      code: '200',
      msg: 'success',
      data: { message_id: expect.stringMatching(/^SMS[0-9A-F]{20}$/) },
    });
    const [latest] = await outbox('13800000001');
    expect(latest).toEqual({
      message_id: body.data?.message_id,
      phone: '13800000001',
      template: 'REALNAME_VERIFY',
      params: { code: '123456' },
      text: '【掌上办】您的实名认证验证码为123456，5分钟内有效。如非本人操作，请忽略。',
      sent_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
    });
  });

  it('lists a phone’s messages newest first and keeps other phones apart', async () => {
    for (const code of ['1111', '2222', '3333'])
      await send({ phone: '13900000009', template: 'REALNAME_VERIFY', params: { code } });
    await send({ phone: '13900000008', template: 'BOOKING_REMINDER', params: { date: '11月24日' } });
    const messages = await outbox('13900000009');
    expect(messages.map((m) => m.params.code)).toEqual(['3333', '2222', '1111']);
    const other = await outbox('13900000008');
    expect(other).toHaveLength(1);
    expect(other[0].text).toBe('【掌上办】BOOKING_REMINDER：date=11月24日');
    expect(await outbox('13900000007')).toEqual([]);
  });

  it(`keeps the last ${OUTBOX_PER_PHONE} messages of a phone`, async () => {
    for (let i = 0; i < OUTBOX_PER_PHONE + 5; i++)
      await send({ phone: '15000000001', template: 'REALNAME_VERIFY', params: { code: String(1000 + i) } });
    const messages = await outbox('15000000001');
    expect(messages).toHaveLength(OUTBOX_PER_PHONE);
    expect(messages[0].params.code).toBe(String(1000 + OUTBOX_PER_PHONE + 4));
    expect(messages[OUTBOX_PER_PHONE - 1].params.code).toBe('1005');
  });

  it.each([
    [{ template: 'REALNAME_VERIFY', params: { code: '123456' } }, 'phone'],
    [{ phone: '12800000001', template: 'REALNAME_VERIFY', params: { code: '123456' } }, 'phone'],
    [{ phone: '1380000000', template: 'REALNAME_VERIFY', params: { code: '123456' } }, 'phone'],
    [{ phone: '13800000001', template: 'realname', params: {} }, 'template'],
    [{ phone: '13800000001', template: 'AB', params: {} }, 'template'],
    [{ phone: '13800000001', template: 'REALNAME_VERIFY' }, 'params'],
    [{ phone: '13800000001', template: 'REALNAME_VERIFY', params: { code: 123456 } }, 'params.code'],
    [{ phone: '13800000001', template: 'REALNAME_VERIFY', params: {} }, 'params.code'],
    [{ phone: '13800000001', template: 'REALNAME_VERIFY', params: { code: 'abc' } }, 'params.code'],
  ])('refuses %j with a 400 envelope naming %s and sends nothing', async (body, fieldName) => {
    const before = (await outbox('13800000001')).length;
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(fieldName), data: null });
    expect(res.body.msg).not.toContain('13800000001');
    expect(await outbox('13800000001')).toHaveLength(before);
  });

  it('refuses the back door without a valid phone', async () => {
    for (const query of ['', '?phone=abc', '?phone=10000000000']) {
      const res = await fetch(`${sandbox.url}/__sandbox/sms${query}`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as Envelope<null>).code).toBe('400');
    }
  });

  it('is faulted like any upstream and then sends nothing', async () => {
    sandbox.setFaults({ errorRate: 1 });
    const res = await send({ phone: '18600000001', template: 'REALNAME_VERIFY', params: { code: '5555' } });
    expect(res.status).toBe(503);
    sandbox.clearFaults();
    expect(await outbox('18600000001')).toEqual([]);
  });
});

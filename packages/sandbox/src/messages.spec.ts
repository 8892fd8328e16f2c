import { createSign } from 'node:crypto';
import { ALIPAY_DEFAULTS, signedContent } from './alipay';
import { SANDBOX_APP_PRIVATE_KEY } from './alipay-keys';
import type { SentMessage } from './approval-wire';
import { ALIPAY_TEMPLATE_MESSAGE, WECHAT_TOKEN_TTL_S } from './messages';
import { createSandbox, type Sandbox } from './server';
import { WECHAT_DEFAULTS } from './wechat';

let sandbox: Sandbox;
let now = Date.parse('2026-11-23T09:00:00+08:00');

const OPENID = 'oZSBsandbox00000000000000001';
const USER_ID = '2088000000000001';

async function token(
  params: Record<string, string> = {},
): Promise<{ access_token?: string; expires_in?: number; errcode?: number; errmsg?: string }> {
  const query = new URLSearchParams({
    grant_type: 'client_credential',
    appid: WECHAT_DEFAULTS.appId,
    secret: WECHAT_DEFAULTS.secret,
    ...params,
  });
  const res = await fetch(`${sandbox.url}/cgi-bin/token?${query.toString()}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { access_token?: string; expires_in?: number; errcode?: number; errmsg?: string };
}

async function subscribeSend(
  accessToken: string,
  body: unknown,
): Promise<{ status: number; body: { errcode: number; errmsg: string; msgid?: number } }> {
  const res = await fetch(
    `${sandbox.url}/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(accessToken)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  return { status: res.status, body: (await res.json()) as { errcode: number; errmsg: string; msgid?: number } };
}

async function gateway(params: Record<string, string>): Promise<{ status: number; body: Record<string, unknown> }> {
  const form: Record<string, string> = {
    method: ALIPAY_TEMPLATE_MESSAGE,
    app_id: ALIPAY_DEFAULTS.appId,
    charset: 'utf-8',
    sign_type: 'RSA2',
    version: '1.0',
    ...params,
  };
  form.sign = createSign('RSA-SHA256').update(signedContent(form), 'utf8').sign(SANDBOX_APP_PRIVATE_KEY, 'base64');
  const res = await fetch(`${sandbox.url}/gateway.do`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function sent(to?: string): Promise<SentMessage[]> {
  const res = await fetch(`${sandbox.url}/__sandbox/messages${to ? `?to=${to}` : ''}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: SentMessage[] }).messages;
}

const wechatMessage = (data: Record<string, { value: string }>) => ({
  touser: OPENID,
  template_id: 'tmpl-approval-progress',
  page: 'features/applications/detail?id=1',
  data,
});

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0, clock: () => now });
});
afterEach(() => sandbox.clearFaults());
afterAll(() => sandbox.close());

describe('WeChat access token and subscribe messages', () => {
  it('hands out a two-hour access token for the configured appid and secret', async () => {
    const answer = await token();
    expect(answer).toEqual({ access_token: expect.any(String), expires_in: WECHAT_TOKEN_TTL_S });
    expect(answer.access_token!.length).toBeGreaterThan(32);
  });

  it.each([
    [{ appid: '' }, 41002],
    [{ appid: 'wx0000000000000000' }, 40013],
    [{ secret: '' }, 41004],
    [{ secret: 'wrong' }, 40125],
    [{ grant_type: 'authorization_code' }, 40002],
  ])('answers %j with errcode %i and HTTP 200', async (params, errcode) => {
    const answer = await token(params);
    expect(answer.errcode).toBe(errcode);
    expect(answer.errmsg).toMatch(/rid: /);
    expect(answer.access_token).toBeUndefined();
  });

  it('sends a subscribe message with a valid token and records it', async () => {
    const { access_token } = await token();
    const data = {
      thing1: { value: '企业职工养老保险互转申请' },
      phrase2: { value: '已受理' },
      time3: { value: '2026-11-23 09:00' },
    };
    const res = await subscribeSend(access_token!, wechatMessage(data));
    expect(res).toEqual({ status: 200, body: { errcode: 0, errmsg: 'ok', msgid: expect.any(Number) } });
    expect(Number.isSafeInteger(res.body.msgid)).toBe(true);
    const [latest] = await sent(OPENID);
    expect(latest).toEqual({
      channel: 'wechat',
      to: OPENID,
      template_id: 'tmpl-approval-progress',
      page: 'features/applications/detail?id=1',
      data,
      at: '2026-11-23T09:00:00+08:00',
    });
  });

  it('refuses an unknown token with 40001 and an expired one with 42001, and records nothing', async () => {
    const before = (await sent(OPENID)).length;
    expect((await subscribeSend('not-a-token', wechatMessage({ thing1: { value: 'x' } }))).body.errcode).toBe(40001);
    const { access_token } = await token();
    now += WECHAT_TOKEN_TTL_S * 1000;
    expect((await subscribeSend(access_token!, wechatMessage({ thing1: { value: 'x' } }))).body.errcode).toBe(42001);
    expect(await sent(OPENID)).toHaveLength(before);
  });

  it.each([
    [{ template_id: 't', data: { a: { value: 'x' } } }, 40003],
    [{ touser: OPENID, data: { a: { value: 'x' } } }, 40037],
    [{ touser: OPENID, template_id: 't', data: { a: 'x' } }, 47003],
    [{ touser: OPENID, template_id: 't' }, 47003],
  ])('refuses %j with errcode %i', async (body, errcode) => {
    const { access_token } = await token();
    expect((await subscribeSend(access_token!, body)).body.errcode).toBe(errcode);
  });

  it('is faulted like any upstream route', async () => {
    sandbox.setFaults({ errorRate: 1, pathPrefix: '/cgi-bin/' });
    const res = await fetch(
      `${sandbox.url}/cgi-bin/token?grant_type=client_credential&appid=${WECHAT_DEFAULTS.appId}&secret=${WECHAT_DEFAULTS.secret}`,
    );
    expect(res.status).toBe(503);
  });
});

describe('Alipay mini-program template messages', () => {
  it('sends through the gateway, with data as Alipay SDKs send it (a JSON string), and records it', async () => {
    const data = { keyword1: { value: '企业职工养老保险互转申请' }, keyword2: { value: '已办结' } };
    const res = await gateway({
      biz_content: JSON.stringify({
        to_user_id: USER_ID,
        user_template_id: 'MDI4YzIxMDE2M2I5',
        page: 'pages/index/index',
        data: JSON.stringify(data),
      }),
    });
    expect(res).toEqual({
      status: 200,
      body: {
        alipay_open_app_mini_templatemessage_send_response: { code: '10000', msg: 'Success' },
        sign: expect.any(String),
      },
    });
    const [latest] = await sent(USER_ID);
    expect(latest).toEqual({
      channel: 'alipay',
      to: USER_ID,
      template_id: 'MDI4YzIxMDE2M2I5',
      page: 'pages/index/index',
      data,
      at: expect.any(String),
    });
  });

  it('takes data as an object too', async () => {
    const res = await gateway({
      biz_content: JSON.stringify({
        to_user_id: USER_ID,
        user_template_id: 'T2',
        page: 'pages/index/index',
        data: { keyword1: { value: 'x' } },
      }),
    });
    expect((res.body.alipay_open_app_mini_templatemessage_send_response as { code: string }).code).toBe('10000');
  });

  it.each([
    [{ user_template_id: 'T', data: { k: { value: 'x' } } }, 'to_user_id'],
    [{ to_user_id: USER_ID, data: { k: { value: 'x' } } }, 'user_template_id'],
    [{ to_user_id: USER_ID, user_template_id: 'T', data: 'not json' }, 'data'],
  ])('answers %j with 40002 in the method’s response naming %s', async (biz, what) => {
    const res = await gateway({ biz_content: JSON.stringify(biz) });
    expect(res.body.alipay_open_app_mini_templatemessage_send_response).toEqual({
      code: '40002',
      msg: 'Invalid Arguments',
      sub_code: 'isv.invalid-parameter',
      sub_msg: expect.stringContaining(what),
    });
  });

  it('checks the app_id first, like the login method', async () => {
    const res = await gateway({ app_id: '2021999999999999', biz_content: '{}' });
    expect(res.body).toEqual({
      error_response: {
        code: '40002',
        msg: 'Invalid Arguments',
        sub_code: 'isv.invalid-app-id',
        sub_msg: expect.any(String),
      },
      sign: expect.any(String),
    });
  });
});

describe('message back door', () => {
  it('lists a recipient’s messages newest first across both channels, and everything without ?to', async () => {
    const { access_token } = await token();
    await subscribeSend(access_token!, {
      ...wechatMessage({ a: { value: 'first' } }),
      touser: 'oZSBsandbox00000000000000077',
    });
    await subscribeSend(access_token!, {
      ...wechatMessage({ a: { value: 'second' } }),
      touser: 'oZSBsandbox00000000000000077',
    });
    await gateway({
      biz_content: JSON.stringify({
        to_user_id: '2088000000000077',
        user_template_id: 'T',
        data: { a: { value: 'third' } },
      }),
    });
    const mine = await sent('oZSBsandbox00000000000000077');
    expect(mine.map((m) => m.data.a)).toEqual([{ value: 'second' }, { value: 'first' }]);
    expect(await sent('nobody')).toEqual([]);
    const all = await sent();
    expect(all.slice(0, 3).map((m) => [m.channel, m.to, m.data.a])).toEqual([
      ['alipay', '2088000000000077', { value: 'third' }],
      ['wechat', 'oZSBsandbox00000000000000077', { value: 'second' }],
      ['wechat', 'oZSBsandbox00000000000000077', { value: 'first' }],
    ]);
  });
});

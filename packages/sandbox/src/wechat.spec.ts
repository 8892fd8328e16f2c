import { createSandbox, type Sandbox } from './server';
import { unionidOf, WECHAT_CODE_TTL_MS, WECHAT_DEFAULTS } from './wechat';
import type { WechatError, WechatSession } from './wire';

let sandbox: Sandbox;
let now = Date.parse('2026-11-23T09:00:00+08:00');

async function newCode(openid: string, on: Sandbox = sandbox): Promise<string> {
  const res = await fetch(`${on.url}/__sandbox/wechat/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { code: string }).code;
}

async function code2Session(
  params: Record<string, string>,
  on: Sandbox = sandbox,
): Promise<{ status: number; body: WechatSession & WechatError }> {
  const query = new URLSearchParams({
    appid: WECHAT_DEFAULTS.appId,
    secret: WECHAT_DEFAULTS.secret,
    grant_type: 'authorization_code',
    ...params,
  });
  const res = await fetch(`${on.url}/sns/jscode2session?${query.toString()}`);
  return { status: res.status, body: (await res.json()) as WechatSession & WechatError };
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0, clock: () => now });
});
afterEach(() => sandbox.clearFaults());
afterAll(() => sandbox.close());

describe('WeChat code2Session stand-in', () => {
  it('turns a back-door code into its openid, a 16-byte session key and a unionid derived from the openid', async () => {
    const js_code = await newCode('oZSBsandbox00000000000000001');
    expect(js_code).toMatch(/^[A-Za-z0-9]{32}$/);
    const { status, body } = await code2Session({ js_code });
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(['openid', 'session_key', 'unionid']);
    expect(body.openid).toBe('oZSBsandbox00000000000000001');
    expect(Buffer.from(body.session_key, 'base64')).toHaveLength(16);
    expect(body.unionid).toBe(unionidOf(body.openid));
    expect(body.unionid).toMatch(/^o[A-Za-z0-9_-]{27}$/);
  });

  it('gives the same unionid for the same openid on every login', async () => {
    const first = await code2Session({ js_code: await newCode('someone') });
    const second = await code2Session({ js_code: await newCode('someone') });
    expect(second.body.unionid).toBe(first.body.unionid);
    expect(second.body.session_key).not.toBe(first.body.session_key);
  });

  it('accepts a code once: the second exchange answers 40163 with HTTP 200', async () => {
    const js_code = await newCode('once');
    expect((await code2Session({ js_code })).body.openid).toBe('once');
    const again = await code2Session({ js_code });
    expect(again.status).toBe(200);
    expect(again.body.errcode).toBe(40163);
    expect(again.body.errmsg).toMatch(/^code been used, rid: /);
  });

  it('answers 40029 for an unknown code', async () => {
    const { status, body } = await code2Session({ js_code: 'nosuchcode0000000000000000000000' });
    expect(status).toBe(200);
    expect(body.errcode).toBe(40029);
    expect(body.errmsg).toMatch(/^invalid code/);
  });

  it('lets a code live five minutes', async () => {
    const fresh = await newCode('slow-but-fine');
    now += WECHAT_CODE_TTL_MS - 1000;
    expect((await code2Session({ js_code: fresh })).body.openid).toBe('slow-but-fine');
    const stale = await newCode('too-slow');
    now += WECHAT_CODE_TTL_MS;
    expect((await code2Session({ js_code: stale })).body.errcode).toBe(40029);
  });

  it.each([
    [{ appid: 'wx0000000000000000' }, 40013, 'invalid appid'],
    [{ appid: '' }, 41002, 'appid missing'],
    [{ secret: 'not-the-secret' }, 40125, 'invalid appsecret'],
    [{ secret: '' }, 41004, 'appsecret missing'],
    [{ grant_type: 'client_credential' }, 40002, 'invalid grant_type'],
    [{ js_code: '' }, 41008, 'missing code'],
  ])('answers %j with errcode %i', async (params, errcode, errmsg) => {
    const js_code = await newCode('refused');
    const { status, body } = await code2Session({ js_code, ...params });
    expect(status).toBe(200);
    expect(body).toEqual({
      errcode,
      errmsg: expect.stringMatching(new RegExp(`^${errmsg}, rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$`)),
    });
  });

  it('does not spend a code on a request refused for its credentials', async () => {
    const js_code = await newCode('kept');
    expect((await code2Session({ js_code, secret: 'wrong' })).body.errcode).toBe(40125);
    expect((await code2Session({ js_code })).body.openid).toBe('kept');
  });

  it('accepts the appid and secret it was configured with', async () => {
    const other = await createSandbox({ wechat: { appId: 'wx1111111111111111', secret: 's3cret' } });
    try {
      const js_code = await newCode('configured', other);
      expect((await code2Session({ js_code }, other)).body.errcode).toBe(40013);
      const { body } = await code2Session({ js_code, appid: 'wx1111111111111111', secret: 's3cret' }, other);
      expect(body.openid).toBe('configured');
    } finally {
      await other.close();
    }
  });

  it.each([{}, { openid: '' }, { openid: 'has space' }, { openid: 'x'.repeat(65) }, { openid: 42 }])(
    'refuses back-door body %j with the 400 envelope',
    async (body) => {
      const res = await fetch(`${sandbox.url}/__sandbox/wechat/codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: '400', msg: expect.stringContaining('openid'), data: null });
    },
  );

  it('is faulted like any upstream, while its back door is not', async () => {
    sandbox.setFaults({ errorRate: 1 });
    const js_code = await newCode('faulted');
    const res = await fetch(
      `${sandbox.url}/sns/jscode2session?appid=${WECHAT_DEFAULTS.appId}&secret=${WECHAT_DEFAULTS.secret}&js_code=${js_code}&grant_type=authorization_code`,
    );
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ code: '503', msg: 'sandbox: injected fault', data: null });
  });
});

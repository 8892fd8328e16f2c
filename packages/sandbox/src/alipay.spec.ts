import { createSign, createVerify } from 'node:crypto';
import { ALIPAY_CODE_TTL_MS, ALIPAY_DEFAULTS, openIdOf, signedContent } from './alipay';
import { SANDBOX_APP_PRIVATE_KEY, SANDBOX_GATEWAY_PUBLIC_KEY } from './alipay-keys';
import { createSandbox, type Sandbox } from './server';
import type { AlipayError, AlipayOauthToken } from './wire';

let sandbox: Sandbox;
let now = Date.parse('2026-11-23T09:30:15+08:00');

type Answer = { alipay_system_oauth_token_response?: AlipayOauthToken; error_response?: AlipayError; sign: string };

async function newCode(user_id: string, on: Sandbox = sandbox): Promise<string> {
  const res = await fetch(`${on.url}/__sandbox/alipay/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user_id }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { code: string }).code;
}

/** The parameters as the app sends them, signed with the fictional app's key (Alipay's RSA2 request rule). */
const signed = (params: Record<string, string>): Record<string, string> => ({
  ...params,
  sign: createSign('RSA-SHA256').update(signedContent(params), 'utf8').sign(SANDBOX_APP_PRIVATE_KEY, 'base64'),
});

const unsigned = (code: string): Record<string, string> => ({
  method: 'alipay.system.oauth.token',
  app_id: ALIPAY_DEFAULTS.appId,
  grant_type: 'authorization_code',
  code,
  charset: 'utf-8',
  sign_type: 'RSA2',
  timestamp: '2026-11-23 09:30:15',
  version: '1.0',
});
const common = (code: string): Record<string, string> => signed(unsigned(code));

/** The answer's `sign` checked as an app must: over the exact text of the response object it received. */
function signatureHolds(text: string): boolean {
  const m = /^\{"(\w+)":(.*),"sign":"([A-Za-z0-9+/=]+)"\}$/s.exec(text);
  return !!m && createVerify('RSA-SHA256').update(m[2], 'utf8').verify(SANDBOX_GATEWAY_PUBLIC_KEY, m[3], 'base64');
}

async function gateway(
  params: Record<string, string>,
  inQuery: Record<string, string> = {},
): Promise<{ status: number; body: Answer; signedByGateway: boolean }> {
  const query = Object.keys(inQuery).length ? `?${new URLSearchParams(inQuery).toString()}` : '';
  const res = await fetch(`${sandbox.url}/gateway.do${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' },
    body: new URLSearchParams(params).toString(),
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as Answer, signedByGateway: signatureHolds(text) };
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0, clock: () => now });
});
afterAll(() => sandbox.close());

describe('Alipay alipay.system.oauth.token stand-in', () => {
  it('exchanges a back-door code for the user id, an open_id and tokens, in an answer signed by the gateway', async () => {
    const code = await newCode('2088000000000001');
    expect(code).toMatch(/^[0-9a-f]{32}$/);
    const { status, body, signedByGateway } = await gateway(common(code));
    expect(status).toBe(200);
    expect(signedByGateway).toBe(true);
    expect(body.error_response).toBeUndefined();
    expect(body.alipay_system_oauth_token_response).toEqual({
      user_id: '2088000000000001',
      open_id: openIdOf(ALIPAY_DEFAULTS.appId, '2088000000000001'),
      access_token: expect.stringMatching(/^authusrB[0-9a-f]{32}$/),
      expires_in: 1296000,
      refresh_token: expect.stringMatching(/^authusrB[0-9a-f]{32}$/),
      re_expires_in: 2592000,
      auth_start: '2026-11-23 09:30:15',
    });
  });

  it('refuses a request without a sign, with another sign type, or whose parameters changed after signing', async () => {
    const code = await newCode('2088000000000004');
    const { sign: _sign, ...noSign } = common(code);
    const sub = async (params: Record<string, string>) => (await gateway(params)).body.error_response?.sub_code;
    expect(await sub(noSign)).toBe('isv.missing-signature');
    expect(await sub({ ...common(code), sign_type: 'RSA' })).toBe('isv.invalid-signature-type');
    expect(await sub({ ...common(code), code: '4b203fe6c11548bcabd8da5bb087a83b' })).toBe('isv.invalid-signature');
    expect(
      await sub({
        ...common(code),
        sign: createSign('RSA-SHA256').update('x').sign(SANDBOX_APP_PRIVATE_KEY, 'base64'),
      }),
    ).toBe('isv.invalid-signature');
    // The refusals are signed too, and none of them spent the code.
    expect((await gateway(noSign)).signedByGateway).toBe(true);
    expect((await gateway(common(code))).body.alipay_system_oauth_token_response?.user_id).toBe('2088000000000004');
  });

  it('reads the parameters from the query string too', async () => {
    const { code, ...rest } = common(await newCode('2088000000000002'));
    const { body } = await gateway({ code }, rest);
    expect(body.alipay_system_oauth_token_response?.user_id).toBe('2088000000000002');
  });

  const codeInvalid = {
    code: '40002',
    msg: 'Invalid Arguments',
    sub_code: 'isv.code-invalid',
    sub_msg: '授权码code无效',
  };

  it('accepts a code once', async () => {
    const code = await newCode('2088000000000003');
    expect((await gateway(common(code))).body.alipay_system_oauth_token_response?.user_id).toBe('2088000000000003');
    const again = await gateway(common(code));
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ error_response: codeInvalid, sign: expect.any(String) });
    expect(again.signedByGateway).toBe(true);
  });

  it('refuses an unknown, a missing and an expired code as isv.code-invalid', async () => {
    expect((await gateway(common('4b203fe6c11548bcabd8da5bb087a83b'))).body.error_response).toEqual(codeInvalid);
    const { code: _code, ...noCode } = unsigned('x');
    expect((await gateway(signed(noCode))).body.error_response).toEqual(codeInvalid);
    const stale = await newCode('2088000000000001');
    now += ALIPAY_CODE_TTL_MS;
    expect((await gateway(common(stale))).body.error_response).toEqual(codeInvalid);
  });

  it.each([
    [{ app_id: '2021000000009999' }, '40002', 'isv.invalid-app-id'],
    [{ app_id: '' }, '40001', 'isv.missing-app-id'],
    [{ method: 'alipay.trade.pay' }, '40002', 'isv.invalid-method'],
    [{ method: '' }, '40001', 'isv.missing-method'],
    [{ grant_type: 'password' }, '40002', 'isv.grant-type-invalid'],
  ])('answers %j with %s %s in error_response, HTTP 200', async (override, code, subCode) => {
    const auth = await newCode('2088000000000001');
    const { status, body } = await gateway(signed({ ...unsigned(auth), ...override }));
    expect(status).toBe(200);
    expect(body.alipay_system_oauth_token_response).toBeUndefined();
    expect(body.error_response).toEqual({
      code,
      msg: expect.any(String),
      sub_code: subCode,
      sub_msg: expect.any(String),
    });
    // the refused call did not spend the code
    expect((await gateway(common(auth))).body.alipay_system_oauth_token_response?.user_id).toBe('2088000000000001');
  });

  it.each([{}, { user_id: '2088123' }, { user_id: '3088000000000001' }, { user_id: 2088000000000001 }])(
    'refuses back-door body %j with the 400 envelope',
    async (body) => {
      const res = await fetch(`${sandbox.url}/__sandbox/alipay/codes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ code: '400', msg: expect.stringContaining('user_id'), data: null });
    },
  );
});

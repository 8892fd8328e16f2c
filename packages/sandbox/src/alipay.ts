import { createHash, createSign, createVerify, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { SANDBOX_APP_PUBLIC_KEY, SANDBOX_GATEWAY_PRIVATE_KEY } from './alipay-keys';
import { OneTimeCodes } from './one-time-codes';
import { fail, objectBody } from './reply';
import type { AlipayError, AlipayOauthToken } from './wire';

export interface AlipayOptions {
  appId: string;
  clock: () => number;
  /** The app's registered RSA2 public key (PEM): every request's `sign` is checked with it. */
  appPublicKeyPem?: string;
  /** The gateway's own RSA2 private key (PEM): every answer is signed with it. */
  gatewayPrivateKeyPem?: string;
  /** Further gateway methods (messages.ts): each answers the object put under `<method with _>_response`. */
  methods?: Record<string, (params: Record<string, unknown>) => Record<string, unknown>>;
}

export const ALIPAY_DEFAULTS = { appId: '2021000000000001' } as const;

/** The sandbox keeps Alipay auth codes as long as WeChat's: five minutes, once. */
export const ALIPAY_CODE_TTL_MS = 5 * 60_000;

const USER_ID = /^2088\d{12}$/;
const OAUTH_TOKEN = 'alipay.system.oauth.token';

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Alipay's open_id is per app and user: "0" and 46 more characters. */
export function openIdOf(appId: string, userId: string): string {
  return `0${createHash('sha256').update(`open_id:${appId}:${userId}`).digest('hex').slice(0, 46)}`;
}

/** yyyy-MM-dd HH:mm:ss in Beijing time. */
const beijing = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const MISSING = { code: '40001', msg: 'Missing Required Arguments' };
const INVALID = { code: '40002', msg: 'Invalid Arguments' };

type Params = Record<string, unknown>;

/** What an app signs (Alipay's RSA2 request rule): every parameter but `sign` with a value, sorted, as k=v&…. */
export function signedContent(params: Record<string, string>): string {
  return Object.keys(params)
    .filter((k) => k !== 'sign' && params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
}

/**
 * The gateway's answer as Alipay writes it: `{"<method>_response":{…},"sign":"…"}`, the sign being RSA2 over the
 * exact JSON text of the response object, so an app checks the bytes it received, not a re-serialisation.
 */
function signedAnswer(reply: FastifyReply, key: string, value: object, privateKeyPem: string): FastifyReply {
  const text = JSON.stringify(value);
  const sign = createSign('RSA-SHA256').update(text, 'utf8').sign(privateKeyPem, 'base64');
  return reply.type('application/json; charset=utf-8').send(`{"${key}":${text},"sign":"${sign}"}`);
}

function verifies(content: string, sign: string, publicKeyPem: string): boolean {
  try {
    return createVerify('RSA-SHA256').update(content, 'utf8').verify(publicKeyPem, sign, 'base64');
  } catch {
    return false;
  }
}

/** POST /gateway.do for alipay.system.oauth.token, and its back door POST /__sandbox/alipay/codes. */
export function registerAlipay(app: FastifyInstance, options: AlipayOptions): void {
  const codes = new OneTimeCodes<string>(ALIPAY_CODE_TTL_MS, options.clock, () => hex(16));

  // The gateway is called with a form body; SDKs also put the common parameters in the query string.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });

  const appKey = options.appPublicKeyPem ?? SANDBOX_APP_PUBLIC_KEY;
  const gatewayKey = options.gatewayPrivateKeyPem ?? SANDBOX_GATEWAY_PRIVATE_KEY;
  const answer = (reply: FastifyReply, key: string, value: object) => signedAnswer(reply, key, value, gatewayKey);
  const refuse = (reply: FastifyReply, base: { code: string; msg: string }, sub_code: string, sub_msg: string) =>
    answer(reply, 'error_response', { ...base, sub_code, sub_msg } satisfies AlipayError);

  // Always HTTP 200, like the gateway: the outcome is the response key.
  app.post('/gateway.do', async (req, reply) => {
    const p: Params = { ...(objectBody(req.query) ?? {}), ...(objectBody(req.body) ?? {}) };
    const param = (name: string): string => (typeof p[name] === 'string' ? (p[name] as string) : '');
    const methods = options.methods ?? {};
    const other = Object.hasOwn(methods, param('method')) ? methods[param('method')] : undefined;
    if (!param('method')) return refuse(reply, MISSING, 'isv.missing-method', '缺少方法名参数');
    if (param('method') !== OAUTH_TOKEN && !other)
      return refuse(reply, INVALID, 'isv.invalid-method', '不存在的方法名');
    if (!param('app_id')) return refuse(reply, MISSING, 'isv.missing-app-id', '缺少AppID参数');
    if (param('app_id') !== options.appId) return refuse(reply, INVALID, 'isv.invalid-app-id', '无效的AppID参数');
    if (!param('sign')) return refuse(reply, MISSING, 'isv.missing-signature', '缺少签名参数');
    if (param('sign_type') !== 'RSA2') return refuse(reply, INVALID, 'isv.invalid-signature-type', '无效的签名类型');
    const strings = Object.fromEntries(
      Object.entries(p).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    if (!verifies(signedContent(strings), param('sign'), appKey))
      return refuse(reply, INVALID, 'isv.invalid-signature', '验签出错');
    if (other) return answer(reply, `${param('method').replace(/\./g, '_')}_response`, other(p));
    if (param('grant_type') !== 'authorization_code')
      return refuse(reply, INVALID, 'isv.grant-type-invalid', 'grant_type参数不正确');
    const redeemed = param('code') ? codes.redeem(param('code')) : 'unknown';
    if (typeof redeemed === 'string') return refuse(reply, INVALID, 'isv.code-invalid', '授权码code无效');
    const userId = redeemed.value;
    return answer(reply, 'alipay_system_oauth_token_response', {
      user_id: userId,
      open_id: openIdOf(options.appId, userId),
      access_token: `authusrB${hex(16)}`,
      expires_in: 1_296_000,
      refresh_token: `authusrB${hex(16)}`,
      re_expires_in: 2_592_000,
      auth_start: beijing(options.clock()),
    } satisfies AlipayOauthToken);
  });

  app.post('/__sandbox/alipay/codes', async (req, reply) => {
    const userId = objectBody(req.body)?.user_id;
    if (typeof userId !== 'string' || !USER_ID.test(userId))
      return fail(reply, 400, 'user_id must be 2088 and 12 more digits');
    return { code: codes.issue(userId) };
  });
}

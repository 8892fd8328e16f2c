import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { OneTimeCodes } from './one-time-codes';
import { fail, objectBody } from './reply';
import type { AlipayError, AlipayOauthAnswer } from './wire';

export interface AlipayOptions {
  appId: string;
  clock: () => number;
  /** Further gateway methods (messages.ts): each answers the object put under `<method with _>_response`. */
  methods?: Record<string, (params: Record<string, unknown>) => Record<string, unknown>>;
}

export const ALIPAY_DEFAULTS = { appId: '2021000000000001' } as const;

/** The sandbox keeps Alipay auth codes as long as WeChat's: five minutes, once. */
export const ALIPAY_CODE_TTL_MS = 5 * 60_000;

const USER_ID = /^2088\d{12}$/;
const OAUTH_TOKEN = 'alipay.system.oauth.token';
// The real gateway signs its answer with Alipay's RSA2 key; the sandbox's answers carry this placeholder.
const SIGN = 'sandbox';

const hex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Alipay's open_id is per app and user: "0" and 46 more characters. */
export function openIdOf(appId: string, userId: string): string {
  return `0${createHash('sha256').update(`open_id:${appId}:${userId}`).digest('hex').slice(0, 46)}`;
}

/** yyyy-MM-dd HH:mm:ss in Beijing time. */
const beijing = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

const MISSING = { code: '40001', msg: 'Missing Required Arguments' };
const INVALID = { code: '40002', msg: 'Invalid Arguments' };
const refuse = (base: { code: string; msg: string }, sub_code: string, sub_msg: string): AlipayOauthAnswer => ({
  error_response: { ...base, sub_code, sub_msg } satisfies AlipayError,
  sign: SIGN,
});

type Params = Record<string, unknown>;

/** POST /gateway.do for alipay.system.oauth.token, and its back door POST /__sandbox/alipay/codes. */
export function registerAlipay(app: FastifyInstance, options: AlipayOptions): void {
  const codes = new OneTimeCodes<string>(ALIPAY_CODE_TTL_MS, options.clock, () => hex(16));

  // The gateway is called with a form body; SDKs also put the common parameters in the query string.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(typeof body === 'string' ? body : body.toString('utf8'))));
  });

  // Always HTTP 200, like the gateway: the outcome is the response key.
  app.post('/gateway.do', async (req): Promise<AlipayOauthAnswer | Record<string, unknown>> => {
    const p: Params = { ...(objectBody(req.query) ?? {}), ...(objectBody(req.body) ?? {}) };
    const param = (name: string): string => (typeof p[name] === 'string' ? (p[name] as string) : '');
    const methods = options.methods ?? {};
    const other = Object.hasOwn(methods, param('method')) ? methods[param('method')] : undefined;
    if (!param('method')) return refuse(MISSING, 'isv.missing-method', '缺少方法名参数');
    if (param('method') !== OAUTH_TOKEN && !other) return refuse(INVALID, 'isv.invalid-method', '不存在的方法名');
    if (!param('app_id')) return refuse(MISSING, 'isv.missing-app-id', '缺少AppID参数');
    if (param('app_id') !== options.appId) return refuse(INVALID, 'isv.invalid-app-id', '无效的AppID参数');
    if (other) return { [`${param('method').replace(/\./g, '_')}_response`]: other(p), sign: SIGN };
    // `sign` is not verified: the real gateway checks it with the app's RSA2 public key.
    if (param('grant_type') !== 'authorization_code') return refuse(INVALID, 'isv.grant-type-invalid', 'grant_type参数不正确');
    const redeemed = param('code') ? codes.redeem(param('code')) : 'unknown';
    if (typeof redeemed === 'string') return refuse(INVALID, 'isv.code-invalid', '授权码code无效');
    const userId = redeemed.value;
    return {
      alipay_system_oauth_token_response: {
        user_id: userId,
        open_id: openIdOf(options.appId, userId),
        access_token: `authusrB${hex(16)}`,
        expires_in: 1_296_000,
        refresh_token: `authusrB${hex(16)}`,
        re_expires_in: 2_592_000,
        auth_start: beijing(options.clock()),
      },
      sign: SIGN,
    };
  });

  app.post('/__sandbox/alipay/codes', async (req, reply) => {
    const userId = objectBody(req.body)?.user_id;
    if (typeof userId !== 'string' || !USER_ID.test(userId)) return fail(reply, 400, 'user_id must be 2088 and 12 more digits');
    return { code: codes.issue(userId) };
  });
}

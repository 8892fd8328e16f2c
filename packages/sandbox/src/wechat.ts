import { randomBytes, createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { OneTimeCodes } from './one-time-codes';
import { fail, objectBody } from './reply';
import type { WechatError, WechatSession } from './wire';

export interface WechatOptions {
  appId: string;
  secret: string;
  clock: () => number;
}

export const WECHAT_DEFAULTS = { appId: 'wx5a4e0b3c2d1f0001', secret: 'sandbox-wechat-secret' } as const;

/** A js_code lives five minutes, as WeChat's does. */
export const WECHAT_CODE_TTL_MS = 5 * 60_000;

const OPENID = /^[A-Za-z0-9_-]{1,64}$/;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

// WeChat's codes are 32 letters and digits.
const mintCode = (): string => [...randomBytes(32)].map((b) => ALNUM[b % ALNUM.length]).join('');

/** The same person has one unionid across an open-platform account's apps, so it depends on the openid only. */
export function unionidOf(openid: string): string {
  return `o${createHash('sha256').update(`unionid:${openid}`).digest('base64url').slice(0, 27)}`;
}

// WeChat ends every errmsg with a request id.
const rid = (): string =>
  `rid: ${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}-${randomBytes(4).toString('hex')}`;
const error = (errcode: number, what: string): WechatError => ({ errcode, errmsg: `${what}, ${rid()}` });

type Query = Record<string, string | string[] | undefined>;

/** GET /sns/jscode2session (code2Session) and its back door POST /__sandbox/wechat/codes. */
export function registerWechat(app: FastifyInstance, options: WechatOptions): void {
  const codes = new OneTimeCodes<string>(WECHAT_CODE_TTL_MS, options.clock, mintCode);

  // Always HTTP 200, like WeChat: the outcome is in errcode.
  app.get(
    '/sns/jscode2session',
    async (req: FastifyRequest<{ Querystring: Query }>): Promise<WechatSession | WechatError> => {
      const param = (name: string): string => {
        const v = req.query[name];
        return typeof v === 'string' ? v : '';
      };
      if (!param('appid')) return error(41002, 'appid missing');
      if (param('appid') !== options.appId) return error(40013, 'invalid appid');
      if (!param('secret')) return error(41004, 'appsecret missing');
      if (param('secret') !== options.secret) return error(40125, 'invalid appsecret');
      if (param('grant_type') !== 'authorization_code') return error(40002, 'invalid grant_type');
      if (!param('js_code')) return error(41008, 'missing code');
      const redeemed = codes.redeem(param('js_code'));
      if (redeemed === 'unknown') return error(40029, 'invalid code');
      if (redeemed === 'used') return error(40163, 'code been used');
      const openid = redeemed.value;
      return { openid, session_key: randomBytes(16).toString('base64'), unionid: unionidOf(openid) };
    },
  );

  app.post('/__sandbox/wechat/codes', async (req, reply) => {
    const openid = objectBody(req.body)?.openid;
    if (typeof openid !== 'string' || !OPENID.test(openid))
      return fail(reply, 400, 'openid must be 1 to 64 characters of A-Z a-z 0-9 _ -');
    return { code: codes.issue(openid) };
  });
}

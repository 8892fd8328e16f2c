import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import { WechatLogin } from './wechat-login.port';

// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/user-login/code2Session.html: always HTTP 200,
// errors carry errcode. The session_key is not kept: the BFF never decrypts WeChat user data with it.
const answer = z.union([
  z.object({ openid: z.string().min(1), session_key: z.string(), unionid: z.string().optional() }),
  z.object({ errcode: z.number(), errmsg: z.string().optional() }),
]);
/** Codes that mean "this code is no good" (the resident retries with a fresh wx.login), not a fault. */
const REFUSED = new Set([40029, 40163, 41008]);

@Injectable()
export class WechatLoginHttp extends WechatLogin {
  private readonly http: UpstreamHttp;

  constructor(private readonly config: AppConfig) {
    super();
    this.http = new UpstreamHttp('wechat', baseUrlOf(config.upstream, config.upstream.wechat.apiUrl), config.upstream);
  }

  async exchange(code: string): Promise<{ openid: string; unionid: string | null } | null> {
    const { appId, secret } = this.config.upstream.wechat;
    // A code works once, so the call is never retried.
    const res = await this.http.send('write', {
      method: 'GET',
      url: '/sns/jscode2session',
      params: { appid: appId, secret, js_code: code, grant_type: 'authorization_code' },
    });
    const parsed = answer.safeParse(res.data);
    if (res.status !== 200 || !parsed.success)
      throw new UpstreamError('wechat', 'malformed', `jscode2session: HTTP ${res.status}`);
    const body = parsed.data;
    if ('openid' in body) return { openid: body.openid, unionid: body.unionid ?? null };
    if (REFUSED.has(body.errcode)) return null;
    // 40013/40125 (our appid or secret) and -1 (busy) are our or WeChat's fault, not the resident's.
    throw new UpstreamError('wechat', 'error-status', `jscode2session errcode ${body.errcode}`);
  }
}

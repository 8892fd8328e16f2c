import { Injectable } from '@nestjs/common';
import type { Session } from '@zsb/contracts';
import { AppError } from '../common/errors';
import { AlipayLogin } from '../upstream/alipay/alipay-login.port';
import { WechatLogin } from '../upstream/wechat/wechat-login.port';
import { SessionService } from './session.service';

/** Sign-in from the WeChat and Alipay mini-programs: the platform's one-time code for the user's id there, then a session. */
@Injectable()
export class MiniSignInService {
  constructor(
    private readonly sessions: SessionService,
    private readonly wechat: WechatLogin,
    private readonly alipay: AlipayLogin,
  ) {}

  async wechatCode(code: string): Promise<Session> {
    const user = await this.wechat.exchange(code);
    if (!user) throw new AppError('LOGIN_CODE_INVALID');
    return this.sessions.signIn('wechat', user.openid);
  }

  async alipayCode(code: string): Promise<Session> {
    const user = await this.alipay.exchange(code);
    if (!user) throw new AppError('LOGIN_CODE_INVALID');
    return this.sessions.signIn('alipay', user.userId);
  }
}

/** WeChat's code-to-session exchange (jscode2session). */
export abstract class WechatLogin {
  /** The mini-program user's openid for a wx.login code, or null when WeChat refused the code. */
  abstract exchange(code: string): Promise<{ openid: string; unionid: string | null } | null>;
}

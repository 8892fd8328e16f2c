/** Alipay's auth-code exchange (alipay.system.oauth.token). */
export abstract class AlipayLogin {
  /** The Alipay user id for a my.getAuthCode code, or null when Alipay refused the code. */
  abstract exchange(code: string): Promise<{ userId: string } | null>;
}

import type { PlatformLogin } from './platformLogin';

export type { PlatformLogin } from './platformLogin';

export const signsInSilently: boolean = true;

interface AlipayMy {
  getAuthCode(options: {
    scopes: string;
    success: (res: { authCode?: string }) => void;
    fail: (err: unknown) => void;
  }): void;
}
declare const my: AlipayMy;

/** Alipay: auth_base needs no consent screen, so sign-in stays silent as on WeChat. */
export function platformLoginCode(): Promise<PlatformLogin> {
  return new Promise((resolve, reject) => {
    my.getAuthCode({
      scopes: 'auth_base',
      success: (res) => resolve(res.authCode ? { method: 'alipay', code: res.authCode } : null),
      fail: reject,
    });
  });
}

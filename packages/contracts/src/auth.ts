// Sign-in, sessions and the resident's real-name identity (实名认证).

/** POST /api/v1/auth/wechat: the code from Taro.login (wx.login). */
export interface WechatLoginRequest {
  code: string;
}

/** POST /api/v1/auth/alipay: the auth code from my.getAuthCode. */
export interface AlipayLoginRequest {
  code: string;
}

/** POST /api/v1/auth/refresh and /logout. */
export interface RefreshRequest {
  refreshToken: string;
}

/**
 * What a sign-in or refresh answers. The access token goes in `Authorization: Bearer …` and lives minutes; the
 * refresh token is kept on the device and works once: each refresh answers a new pair.
 */
export interface Session {
  accessToken: string;
  /** ISO 8601 +08:00 */
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
  resident: ResidentProfile;
}

/** GET /api/v1/me: who is signed in, with personal data masked (4105**********1234, 138****5678, 张*). */
export interface ResidentProfile {
  id: string;
  verified: boolean;
  /** Present once verified. */
  nameMasked?: string;
  idNumberMasked?: string;
  phoneMasked?: string;
  /** ISO 8601 +08:00 */
  verifiedAt?: string;
  /** Over 60 by the ID number's birth date: the app suggests elder mode. */
  elder?: boolean;
  signInMethods: SignInMethod[];
}

export type SignInMethod = 'wechat' | 'alipay' | 'h5';

/** POST /api/v1/me/identity/sms-codes: send a code to the phone the resident will verify with. */
export interface IdentitySmsCodeRequest {
  phone: string;
}

export interface IdentitySmsCodeSent {
  phoneMasked: string;
  /** Seconds the code stays valid. */
  expiresInSec: number;
  /** Seconds before another code can be asked for. */
  resendAfterSec: number;
}

/** POST /api/v1/me/identity */
export interface IdentityRequest {
  name: string;
  idNumber: string;
  phone: string;
  smsCode: string;
  /** The resident agreed to the stated purpose (个人信息保护法 第十四条: consent, informed and explicit). */
  consent: boolean;
}

/**
 * The verified profile. When the same person had already verified from another sign-in (WeChat and Alipay),
 * both sign-ins now lead to that one resident, and `session` carries new tokens for it.
 */
export interface IdentityResult {
  resident: ResidentProfile;
  session?: Session;
}

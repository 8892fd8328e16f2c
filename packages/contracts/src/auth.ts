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
  /**
   * Before verification: the identity the provincial identity service verified for this person's H5 sign-in,
   * masked. 实名认证 can use it (`useSignInIdentity`) instead of asking for name and ID number again.
   */
  signInIdentity?: { nameMasked: string; idNumberMasked: string; phoneMasked: string };
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

/**
 * POST /api/v1/me/identity. The phone must be registered to the ID number (the carriers' 三要素 check) and proven
 * by the code sent to it. When this ID number already has a resident, only the phone that resident has on file
 * joins them (IDENTITY_PHONE_PROOF_REQUIRED otherwise).
 */
export interface IdentityRequest {
  /** Omitted with `useSignInIdentity`. */
  name?: string;
  idNumber?: string;
  /** Take name and ID number from the provincial identity service's verified sign-in (`signInIdentity`). */
  useSignInIdentity?: boolean;
  phone: string;
  smsCode: string;
  /** The resident agreed to the stated purpose (个人信息保护法 第十四条: consent, informed and explicit). */
  consent: boolean;
}

/** POST /api/v1/me/identity/phone-on-file: the code sent to the phone on file (after IDENTITY_PHONE_PROOF_REQUIRED). */
export interface PhoneOnFileProof {
  smsCode: string;
}

/**
 * POST /api/v1/me/identity/window-codes: a short code (and its QR) the resident shows at a window, where staff
 * check the ID card in person and verify or re-bind this sign-in.
 */
export interface IdentityWindowCode {
  code: string;
  /** ISO 8601 +08:00 */
  expiresAt: string;
}

/** POST /api/v1/staff/identity-checks/sms-codes: a code to the phone the resident wants on file (read out at the window). */
export interface WindowPhoneCodeRequest {
  phone: string;
}

/** POST /api/v1/staff/identity-checks: window staff, having checked the ID card in person. */
export interface WindowIdentityCheckRequest {
  /** The staff member's center where this happens (one of their scopes). */
  centerId: string;
  /** The resident's window code from their app. */
  windowCode: string;
  name: string;
  idNumber: string;
  /** The phone to keep on file, proven by `smsCode` sent to it. */
  phone: string;
  smsCode: string;
  /** The staff member confirms they compared the ID card original with the person in front of them. */
  idCardChecked: true;
}

export interface WindowIdentityCheck {
  /** bound: first verification; joined: this sign-in joined the resident who already held the ID number. */
  outcome: 'bound' | 'joined' | 'unchanged';
  phoneChanged: boolean;
  nameMasked: string;
  idNumberMasked: string;
  phoneMasked: string;
}

/**
 * The verified profile. When the same person had already verified from another sign-in (WeChat and Alipay),
 * both sign-ins now lead to that one resident, and `session` carries new tokens for it.
 */
export interface IdentityResult {
  resident: ResidentProfile;
  session?: Session;
}

// Signing a sandbox resident in and through 实名认证 over HTTP, exactly as the app does, for the H5 browser tests:
// the same steps the plain-Node scripts use (test/support/sign-in.mjs, typed by sign-in.d.mts), not a copy.
export {
  registerPhone,
  sandboxResidents,
  smsCode,
  verifiedResident,
  wechatSession,
  type Api,
  type Verified,
} from '../../support/sign-in.mjs';

export const json = { 'content-type': 'application/json' };

/** Headers of a signed-in request. */
export type Auth = Record<string, string>;

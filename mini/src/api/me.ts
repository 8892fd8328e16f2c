import type {
  IdentityRequest,
  IdentityResult,
  IdentitySmsCodeSent,
  IdentityWindowCode,
  PhoneOnFileProof,
  ResidentProfile,
} from '@zsb/contracts';
import { authed } from './auth';

export const meApi = {
  profile: () => authed<ResidentProfile>('GET', '/me'),
  /**
   * The profile without ever starting a sign-in (on H5 that would leave the page): AUTH_REQUIRED when the server
   * has ended this sign-in's session, e.g. because a window check joined it to the resident who holds the ID number.
   */
  profileWithoutSignIn: () => authed<ResidentProfile>('GET', '/me', { signIn: false }),
  /** A code to the phone being verified (it must be registered to the resident's ID number). */
  sendIdentityCode: (phone: string) =>
    authed<IdentitySmsCodeSent>('POST', '/me/identity/sms-codes', { body: { phone } }),
  /**
   * IDENTITY_PHONE_NOT_REGISTERED (422), IDENTITY_PHONE_PROOF_REQUIRED (409, with `phoneOnFileMasked`),
   * IDENTITY_ALREADY_VERIFIED (409), IDENTITY_MISMATCH (422), SMS_CODE_INVALID, ID_NUMBER_INVALID (400).
   */
  verifyIdentity: (body: IdentityRequest) => authed<IdentityResult>('POST', '/me/identity', { body }),
  /** After IDENTITY_PHONE_PROOF_REQUIRED: a code to the phone on file. IDENTITY_STEP_EXPIRED when that step is gone. */
  sendPhoneOnFileCode: () => authed<IdentitySmsCodeSent>('POST', '/me/identity/phone-on-file/sms-codes'),
  /** The code from the phone on file; `session` in the answer when this sign-in joined another resident. */
  confirmPhoneOnFile: (smsCode: string) =>
    authed<IdentityResult>('POST', '/me/identity/phone-on-file', { body: { smsCode } satisfies PhoneOnFileProof }),
  /** 到窗口核验: a one-time 8-digit code (15 minutes) for window staff, who check the ID card in person. */
  windowCode: () => authed<IdentityWindowCode>('POST', '/me/identity/window-codes'),
};

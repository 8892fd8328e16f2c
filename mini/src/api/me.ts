import type { IdentityRequest, IdentityResult, IdentitySmsCodeSent, ResidentProfile } from '@zsb/contracts';
import { authed } from './auth';

export const meApi = {
  profile: () => authed<ResidentProfile>('GET', '/me'),
  sendIdentityCode: (phone: string) => authed<IdentitySmsCodeSent>('POST', '/me/identity/sms-codes', { body: { phone } }),
  verifyIdentity: (body: IdentityRequest) => authed<IdentityResult>('POST', '/me/identity', { body }),
};

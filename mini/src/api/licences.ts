import type {
  DisplayCode,
  DisplayCodeRequest,
  DisplayCodeStatus,
  LicenceConsentList,
  LicenceDetail,
  LicenceList,
  LicenceUseList,
  LicenceVerification,
} from '@zsb/contracts';
import { authed } from './auth';

// Licence and consent ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;

export const licencesApi = {
  list: () => authed<LicenceList>('GET', '/licences'),
  /** Masked by default; reveal=true answers the full values and is written to the 用证记录. */
  detail: (id: string, reveal = false) =>
    authed<LicenceDetail>('GET', `/licences/${seg(id)}`, reveal ? { query: { reveal: true } } : {}),
  issueDisplayCode: (id: string, body: DisplayCodeRequest) =>
    authed<DisplayCode>('POST', `/licences/${seg(id)}/display-codes`, { body }),
  /** Whether a shown 亮证码 was verified (by its status id, never the code). */
  displayStatus: (statusId: string) => authed<DisplayCodeStatus>('GET', `/licence-display-codes/${seg(statusId)}`),
  verify: (code: string) => authed<LicenceVerification>('POST', '/licence-verifications', { body: { code } }),
  uses: () => authed<LicenceUseList>('GET', '/licence-uses'),
  consents: () => authed<LicenceConsentList>('GET', '/licence-consents'),
  /** 204: nothing comes back. */
  revokeConsent: (id: string) => authed<undefined>('DELETE', `/licence-consents/${seg(id)}`),
};

import type {
  ApplicationDetail,
  ApplicationDraft,
  ApplicationForm,
  ApplicationList,
  ApplicationRequest,
  DraftInput,
  DraftList,
  LicenceConsent,
  LicenceConsentRequest,
  PublicProgress,
  SupplementAnswer,
  ThemeApplicationRequest,
  ThemeApplicationResult,
  ThemeForm,
} from '@zsb/contracts';
import { authed } from './auth';
import { get } from './client';

// Codes and ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;

/** 掌上办: the form of a matter, drafts, submission, progress and 补正. All but `progress` need a 实名 resident. */
export const applicationsApi = {
  form: (matterCode: string) => authed<ApplicationForm>('GET', `/matters/${seg(matterCode)}/form`),
  /** The id is the app's own (8–64 of A–Z a–z 0–9 _ -); saving again replaces the draft. */
  saveDraft: (id: string, body: DraftInput) =>
    authed<ApplicationDraft>('PUT', `/application-drafts/${seg(id)}`, { body }),
  drafts: () => authed<DraftList>('GET', '/application-drafts'),
  draft: (id: string) => authed<ApplicationDraft>('GET', `/application-drafts/${seg(id)}`),
  /** 204: nothing comes back. */
  deleteDraft: (id: string) => authed<undefined>('DELETE', `/application-drafts/${seg(id)}`),
  /** 授权用证: the resident lets applications for this matter use this licence type. */
  consent: (body: LicenceConsentRequest) => authed<LicenceConsent>('POST', '/licence-consents', { body }),
  /**
   * Send the same key again when retrying the same submission: the BFF then answers the first application (200)
   * instead of recording a second one. VALIDATION_FAILED carries `details` per field.
   */
  submit: (body: ApplicationRequest, idempotencyKey: string) =>
    authed<ApplicationDetail>('POST', '/applications', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  /** 一件事一次办: one form for the 掌上办 matters of a theme, each field and material asked once. */
  themeForm: (themeId: string) => authed<ThemeForm>('GET', `/themes/${seg(themeId)}/form`),
  /**
   * Submits a theme as linked applications (one per matter), with the same retry rule as `submit`. A licence
   * material needs the resident's consent for every matter that uses it, else LICENCE_CONSENT_REQUIRED.
   */
  submitTheme: (body: ThemeApplicationRequest, idempotencyKey: string) =>
    authed<ThemeApplicationResult>('POST', '/theme-applications', {
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  list: () => authed<ApplicationList>('GET', '/applications'),
  detail: (id: string) => authed<ApplicationDetail>('GET', `/applications/${seg(id)}`),
  supplement: (id: string, body: SupplementAnswer) =>
    authed<ApplicationDetail>('POST', `/applications/${seg(id)}/supplements`, { body }),
  /** Public, no sign-in: the 办件编号 and its 查询码. */
  progress: (number: string, code: string) => get<PublicProgress>('/progress', { number, code }),
};

import type {
  IdentitySmsCodeSent,
  Mandate,
  MandateActionList,
  MandateGrantRequest,
  MandateInvite,
  MandateInviteInfo,
  MandateInviteRequest,
  MandateList,
  MandateReadbackRequest,
  MandateReadbackSent,
  MandateWorkbench,
} from '@zsb/contracts';
import { authed, type TokenOptions } from './auth';

// Ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;

/** 帮办代办: 委托 granted, held, shown and revoked. None of these routes is ever sent under a 委托 (client.ts). */
export const mandatesApi = {
  /** 我委托的 (granted), 我帮谁办 (held), and the centers where I am a 帮办代办员. */
  list: (options?: TokenOptions) => authed<MandateList>('GET', '/mandates', options),
  /** 我代办的: each principal of a 委托 in force with what needs doing, most urgent first. */
  workbench: () => authed<MandateWorkbench>('GET', '/mandates/workbench'),
  /** MANDATE_NOT_FOUND (404) when it is not mine. */
  detail: (id: string, options?: TokenOptions) => authed<Mandate>('GET', `/mandates/${seg(id)}`, options),
  /** 代办记录, newest first. */
  actions: (id: string) => authed<MandateActionList>('GET', `/mandates/${seg(id)}/actions`),
  /** Either side; at once. MANDATE_NOT_ACTIVE (409) when it had already ended. */
  revoke: (id: string) => authed<Mandate>('POST', `/mandates/${seg(id)}/revoke`),
  /** The helper's 代办码, good for `expiresInSec`. MANDATE_NOT_ALLOWED (409) for a center I am no agent of. */
  invite: (body: MandateInviteRequest) => authed<MandateInvite>('POST', '/mandate-invites', { body }),
  /** Who showed this 代办码. MANDATE_INVITE_INVALID (400), MANDATE_NOT_ALLOWED (409: my own). */
  lookupInvite: (inviteToken: string, options?: TokenOptions) =>
    authed<MandateInviteInfo>('POST', '/mandate-invites/lookup', { body: { inviteToken }, ...options }),
  /** A code to the principal's own phone on file. */
  sendGrantCode: (inviteToken: string) =>
    authed<IdentitySmsCodeSent>('POST', '/mandates/code', { body: { inviteToken } }),
  /** 201 Mandate. SMS_CODE_INVALID (400); the same Idempotency-Key answers the first grant. */
  grant: (body: MandateGrantRequest, idempotencyKey: string) =>
    authed<Mandate>('POST', '/mandates', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
  /** 202, the same answer whether or not the person was found: a code went to their phone if they were. */
  request: (body: MandateReadbackRequest) => authed<MandateReadbackSent>('POST', '/mandate-requests', { body }),
  /** The code the principal read out. SMS_CODE_INVALID (400). */
  confirm: (requestId: string, code: string) =>
    authed<Mandate>('POST', `/mandate-requests/${seg(requestId)}/confirm`, { body: { code } }),
};

// REALNAME_VERIFY: a code to the phone being verified; ACCOUNT_LINK_VERIFY: a code to the phone on file when another
// sign-in asks to join that resident; PHONE_CHANGED: a notice to the old number after the stored phone changed;
// MANDATE_GRANT_VERIFY: a code to a principal agreeing to a 委托 (names the helper and the matters);
// MANDATE_GRANTED: the notice that a 委托 is in force and how to revoke it; APPLICATION_STATUS: a step of an
// application, to a principal who has no app (a basic phone); HANDOVER_VERIFY: a code the principal gives the
// helper who handed them a result.
export type SmsTemplate =
  | 'REALNAME_VERIFY'
  | 'ACCOUNT_LINK_VERIFY'
  | 'PHONE_CHANGED'
  | 'MANDATE_GRANT_VERIFY'
  | 'MANDATE_GRANTED'
  | 'APPLICATION_STATUS'
  | 'HANDOVER_VERIFY';

/** The provincial SMS gateway. */
export abstract class SmsGateway {
  abstract send(phone: string, template: SmsTemplate, params: Record<string, string>): Promise<void>;
}

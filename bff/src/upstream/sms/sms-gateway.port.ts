// REALNAME_VERIFY: a code to the phone being verified; ACCOUNT_LINK_VERIFY: a code to the phone on file when another
// sign-in asks to join that resident; PHONE_CHANGED: a notice to the old number after the stored phone changed.
export type SmsTemplate = 'REALNAME_VERIFY' | 'ACCOUNT_LINK_VERIFY' | 'PHONE_CHANGED';

/** The provincial SMS gateway. */
export abstract class SmsGateway {
  abstract send(phone: string, template: SmsTemplate, params: Record<string, string>): Promise<void>;
}

export type SmsTemplate = 'REALNAME_VERIFY';

/** The provincial SMS gateway. */
export abstract class SmsGateway {
  abstract send(phone: string, template: SmsTemplate, params: Record<string, string>): Promise<void>;
}

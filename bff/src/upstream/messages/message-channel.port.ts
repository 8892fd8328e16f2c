/** A status message to the resident's phone: WeChat subscribe message or Alipay template message. */
export interface OutgoingMessage {
  templateId: string;
  /** The mini-program page the message opens, e.g. features/applications/detail/index?id=… */
  page: string;
  data: Record<string, string>;
}

export abstract class MessageChannel {
  /** To a WeChat openid; the resident must have accepted the subscription at submit time. */
  abstract sendWechat(openid: string, message: OutgoingMessage): Promise<void>;
  abstract sendAlipay(userId: string, message: OutgoingMessage): Promise<void>;
}

import type { ApplicationEvent, ApprovalCallback } from './approval-wire';
import { CallbackSender, type CallbackConfig } from './signed-callbacks';

/** The approval system's callbacks: one chain per application, signed under x-approval-…. */
export class ApprovalCallbacks {
  private readonly sender: CallbackSender<ApprovalCallback>;

  constructor(config: CallbackConfig | null | undefined) {
    this.sender = new CallbackSender(config, { timestamp: 'x-approval-timestamp', signature: 'x-approval-signature' });
  }

  get url(): string | null {
    return this.sender.url;
  }

  configure(config: CallbackConfig | null): void {
    this.sender.configure(config);
  }

  enqueue(applicationNo: string, event: ApplicationEvent): void {
    this.sender.enqueue(applicationNo, { ...event, application_no: applicationNo });
  }

  /** The replay back door: one attempt each, in this order, and what each answered. */
  async sendInOrder(
    applicationNo: string,
    events: readonly ApplicationEvent[],
  ): Promise<{ event_id: string; seq: number; http_status: number | null }[]> {
    const statuses = await this.sender.sendInOrder(events.map((e) => ({ ...e, application_no: applicationNo })));
    return events.map((e, i) => ({ event_id: e.event_id, seq: e.seq, http_status: statuses[i] }));
  }

  close(): void {
    this.sender.close();
  }
}

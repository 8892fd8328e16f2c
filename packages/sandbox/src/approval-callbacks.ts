import { createHmac } from 'node:crypto';
import type { ApplicationEvent, ApprovalCallback } from './approval-wire';

export interface CallbackConfig {
  url: string;
  secret: string;
}

/** Waits between attempts of one callback: five attempts in all, then it is given up. */
export const CALLBACK_RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000, 10_000];
const ATTEMPT_TIMEOUT_MS = 5000;

/** hex HMAC-SHA256(secret, timestamp + "." + rawBody): what x-approval-signature carries. */
export function callbackSignature(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/**
 * Pushes status changes to the configured URL. Each event is sent once it is recorded, in order per
 * application (an event waits for the previous one's attempts), retried with backoff on a non-2xx answer or
 * no answer; nothing waits for it. The URL and secret are read at each attempt, so a PUT takes effect at once.
 */
export class CallbackSender {
  private config: CallbackConfig | null;
  private readonly chains = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(config: CallbackConfig | null | undefined) {
    this.config = config ?? null;
  }

  get url(): string | null {
    return this.config?.url ?? null;
  }

  configure(config: CallbackConfig | null): void {
    this.config = config;
  }

  /** Fire and forget: queued behind the application's earlier events. */
  enqueue(applicationNo: string, event: ApplicationEvent): void {
    if (!this.config || this.closed) return;
    const body: ApprovalCallback = { ...event, application_no: applicationNo };
    const previous = this.chains.get(applicationNo) ?? Promise.resolve();
    const chained = previous.then(() => this.deliver(body));
    this.chains.set(applicationNo, chained);
    void chained.then(() => {
      if (this.chains.get(applicationNo) === chained) this.chains.delete(applicationNo);
    });
  }

  /** One attempt per callback, in the given order, each after the previous answered: their HTTP statuses (null for no answer). */
  async sendInOrder(
    applicationNo: string,
    events: readonly ApplicationEvent[],
  ): Promise<{ event_id: string; seq: number; http_status: number | null }[]> {
    const sent = [];
    for (const event of events) {
      const status = await this.attempt({ ...event, application_no: applicationNo });
      sent.push({ event_id: event.event_id, seq: event.seq, http_status: status });
    }
    return sent;
  }

  /** Stops retries and aborts requests in flight (the server is closing). */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of this.inFlight) c.abort();
  }

  private async deliver(body: ApprovalCallback): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed || !this.config) return;
      const status = await this.attempt(body);
      if (status !== null && status >= 200 && status < 300) return;
      if (attempt >= CALLBACK_RETRY_DELAYS_MS.length || this.closed) return;
      await this.sleep(CALLBACK_RETRY_DELAYS_MS[attempt]);
    }
  }

  private async attempt(body: ApprovalCallback): Promise<number | null> {
    const config = this.config;
    if (!config || this.closed) return null;
    const raw = JSON.stringify(body);
    const timestamp = String(Date.now());
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(), ATTEMPT_TIMEOUT_MS).unref();
    this.inFlight.add(controller);
    try {
      const res = await fetch(config.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-approval-timestamp': timestamp,
          'x-approval-signature': callbackSignature(config.secret, timestamp, raw),
        },
        body: raw,
        signal: controller.signal,
      });
      await res.arrayBuffer().catch(() => undefined);
      return res.status;
    } catch {
      return null;
    } finally {
      clearTimeout(timeout);
      this.inFlight.delete(controller);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.timers.delete(t);
        resolve();
      }, ms).unref();
      this.timers.add(t);
    });
  }
}

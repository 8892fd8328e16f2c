import { createHmac } from 'node:crypto';
import { objectBody } from './reply';

export interface CallbackConfig {
  url: string;
  secret: string;
}

/** The header names one system signs its callbacks under (x-approval-…, x-evaluation-…). */
export interface CallbackHeaders {
  timestamp: string;
  signature: string;
}

/** Waits between attempts of one callback: five attempts in all, then it is given up. */
export const CALLBACK_RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000, 10_000];
const ATTEMPT_TIMEOUT_MS = 5000;

/** hex HMAC-SHA256(secret, timestamp + "." + rawBody): what every x-…-signature header carries. */
export function callbackSignature(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/**
 * The body of PUT /__sandbox/<system>/callback: `{ url, secret }` turns callbacks on, `{ url: null }` off; a
 * string is the 400's message.
 */
export function parseCallbackSetting(body: unknown): CallbackConfig | null | string {
  const b = objectBody(body);
  if (!b || !('url' in b)) return 'body must be { url, secret } (url null turns callbacks off)';
  if (b.url === null) return null;
  if (typeof b.url !== 'string' || !/^https?:\/\/[^\s]+$/.test(b.url) || !URL.canParse(b.url))
    return 'url must be an http(s) URL or null';
  if (typeof b.secret !== 'string' || b.secret === '') return 'secret must be a non-empty string';
  return { url: b.url, secret: b.secret };
}

/**
 * Pushes one system's status changes to the configured URL. Each body is sent once it is queued, in order per
 * chain (an application, a case: a body waits for the previous one's attempts), retried with backoff on a
 * non-2xx answer or no answer; nothing waits for it. The URL and secret are read at each attempt, so a PUT
 * takes effect at once. Generic over the body so each system keeps its own wire type and header names.
 */
export class CallbackSender<B> {
  private config: CallbackConfig | null;
  private readonly chains = new Map<string, Promise<void>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<AbortController>();
  private closed = false;

  constructor(
    config: CallbackConfig | null | undefined,
    private readonly headers: CallbackHeaders,
  ) {
    this.config = config ?? null;
  }

  get url(): string | null {
    return this.config?.url ?? null;
  }

  configure(config: CallbackConfig | null): void {
    this.config = config;
  }

  /** Fire and forget: queued behind the chain's earlier bodies. */
  enqueue(chain: string, body: B): void {
    if (!this.config || this.closed) return;
    const previous = this.chains.get(chain) ?? Promise.resolve();
    const chained = previous.then(() => this.deliver(body));
    this.chains.set(chain, chained);
    void chained.then(() => {
      if (this.chains.get(chain) === chained) this.chains.delete(chain);
    });
  }

  /** One attempt per body, in the given order, each after the previous answered: their HTTP statuses (null for no answer). */
  async sendInOrder(bodies: readonly B[]): Promise<(number | null)[]> {
    const statuses = [];
    for (const body of bodies) statuses.push(await this.attempt(body));
    return statuses;
  }

  /** Stops retries and aborts requests in flight (the server is closing). */
  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    for (const c of this.inFlight) c.abort();
  }

  private async deliver(body: B): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed || !this.config) return;
      const status = await this.attempt(body);
      if (status !== null && status >= 200 && status < 300) return;
      if (attempt >= CALLBACK_RETRY_DELAYS_MS.length || this.closed) return;
      await this.sleep(CALLBACK_RETRY_DELAYS_MS[attempt]);
    }
  }

  private async attempt(body: B): Promise<number | null> {
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
          [this.headers.timestamp]: timestamp,
          [this.headers.signature]: callbackSignature(config.secret, timestamp, raw),
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

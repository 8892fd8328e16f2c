import type { Logger } from '@nestjs/common';

/** Jittered exponential backoff of an outbox row after `attempts` tries (1, 2, …): base·2^(n−1), at most max, ±20%. */
export function outboxBackoffMs(attempts: number, timing: { retryBaseMs: number; retryMaxMs: number }): number {
  const backoff = Math.min(timing.retryMaxMs, timing.retryBaseMs * 2 ** Math.min(attempts - 1, 20));
  return backoff * (0.8 + Math.random() * 0.4);
}

/**
 * Runs an outbox's delivery passes one at a time: `nudge` starts a pass now (or one more right after the running
 * one), `sendDue` is one pass, `idle` waits for the running passes. A pass leases due rows in batches and delivers
 * each; failed rows wait out their backoff, so a batch where nothing got through means the system is down and the
 * pass ends until the next nudge. Shared by the applications' and the reviews' outboxes.
 */
export class OutboxPump<Row> {
  private sending: Promise<number> | null = null;
  private again = false;

  constructor(
    private readonly log: Logger,
    private readonly lease: () => Promise<Row[]>,
    private readonly deliver: (row: Row) => Promise<boolean>,
  ) {}

  nudge(): void {
    if (this.sending) {
      this.again = true;
      return;
    }
    this.sending = this.sendDue()
      .catch((e: unknown) => {
        this.log.error(`outbox pass failed: ${e instanceof Error ? e.message : String(e)}`);
        return 0;
      })
      .finally(() => {
        this.sending = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** One pass over what is due; answers how many were delivered. */
  async sendDue(): Promise<number> {
    let delivered = 0;
    for (;;) {
      const rows = await this.lease();
      if (rows.length === 0) return delivered;
      const results = await Promise.all(rows.map((r) => this.deliver(r)));
      delivered += results.filter(Boolean).length;
      if (results.every((ok) => !ok)) return delivered;
    }
  }

  async idle(): Promise<void> {
    while (this.sending) await this.sending;
  }
}

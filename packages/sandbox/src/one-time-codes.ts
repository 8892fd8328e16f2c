export type Redeemed<T> = { value: T } | 'unknown' | 'used';

/**
 * Login codes as WeChat and Alipay hand them out: each works once and only for `ttlMs`. An expired code reads
 * as unknown, as it does upstream. Codes live in one server's memory.
 */
export class OneTimeCodes<T> {
  private readonly codes = new Map<string, { value: T; issuedAt: number; used: boolean }>();

  constructor(
    private readonly ttlMs: number,
    private readonly clock: () => number,
    private readonly mint: () => string,
  ) {}

  issue(value: T): string {
    this.sweep();
    const code = this.mint();
    this.codes.set(code, { value, issuedAt: this.clock(), used: false });
    return code;
  }

  redeem(code: string): Redeemed<T> {
    const entry = this.codes.get(code);
    if (!entry || this.expired(entry.issuedAt)) return 'unknown';
    if (entry.used) return 'used';
    entry.used = true;
    return { value: entry.value };
  }

  private expired(issuedAt: number): boolean {
    return this.clock() - issuedAt >= this.ttlMs;
  }

  private sweep(): void {
    for (const [code, entry] of this.codes) if (this.expired(entry.issuedAt)) this.codes.delete(code);
  }
}

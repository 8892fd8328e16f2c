import { AppError } from '../../common/errors';

export type UpstreamSystem =
  'platform' | 'licence-library' | 'identity' | 'sms' | 'wechat' | 'alipay' | 'approval' | 'evaluation';

/**
 * An upstream call that failed: unreachable, timed out, breaker open, an error answer, or an answer that did not
 * parse. Adapters throw this and never return half-filled objects; features decide what to serve instead.
 */
export class UpstreamError extends AppError {
  constructor(
    readonly system: UpstreamSystem,
    readonly reason: 'unreachable' | 'timeout' | 'circuit-open' | 'error-status' | 'malformed' | 'refused',
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('UPSTREAM_UNAVAILABLE');
    this.name = 'UpstreamError';
    this.internalDetail = `${system}: ${reason}: ${detail}`;
    if (options?.cause) this.cause = options.cause;
  }
}

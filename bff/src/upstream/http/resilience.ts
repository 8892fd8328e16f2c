import { isAxiosError } from 'axios';
import {
  BrokenCircuitError,
  circuitBreaker,
  ExponentialBackoff,
  handleWhen,
  type IPolicy,
  retry,
  SamplingBreaker,
  TaskCancelledError,
  timeout,
  TimeoutStrategy,
  wrap,
} from 'cockatiel';
import { UpstreamError, type UpstreamSystem } from './upstream.error';

export interface ResilienceOptions {
  timeoutMs: number;
  readRetries: number;
  /** The breaker opens when more than this share (0–1) of calls in the window failed, after their retries. */
  breakerFailureRatio: number;
  /** The sliding window the ratio is taken over. */
  breakerWindowMs: number;
  /** Fewer calls than this in the window never open the breaker (a handful of failures is not a trend). */
  breakerMinimumCalls: number;
  breakerHalfOpenMs: number;
  /** An HTTP proxy for every call, from the configuration (never from the environment per call). */
  proxyUrl?: string | null;
}

export interface UpstreamPolicies {
  /** Idempotent reads: behind the breaker, bounded retries with backoff, a timeout per attempt. */
  read: IPolicy;
  /** Unsafe calls: timeout and breaker, never retried here (the outbox owns retries of writes). */
  write: IPolicy;
  /** 'closed' | 'open' | 'half-open' | 'isolated', for health and logs. */
  breakerState(): string;
}

/** Errors worth retrying and counting against the breaker: no answer, a timeout, 5xx or 429. 4xx are answers. */
export function isTransient(error: unknown): boolean {
  if (error instanceof TaskCancelledError) return true;
  if (error instanceof UpstreamError) return error.reason !== 'malformed';
  if (isAxiosError(error)) {
    const status = error.response?.status;
    return status === undefined || status >= 500 || status === 429;
  }
  return false;
}

export function createUpstreamPolicies(options: ResilienceOptions): UpstreamPolicies {
  const transient = handleWhen(isTransient);
  // The breaker counts calls, not attempts, and opens on a failure ratio over a sliding window. It used to be
  // consecutive failures counted per attempt behind the retries: at 50% upstream errors retries alone get 87% of reads
  // through (1 − 0.5³), but runs of failed attempts kept that breaker open and ~99% of reads were refused.
  const breaker = circuitBreaker(transient, {
    halfOpenAfter: options.breakerHalfOpenMs,
    breaker: new SamplingBreaker({
      threshold: options.breakerFailureRatio,
      duration: options.breakerWindowMs,
      minimumRps: (options.breakerMinimumCalls * 1000) / options.breakerWindowMs,
    }),
  });
  // abortOnReturn off: once the call has answered there is nothing to abort, and aborting builds a DOMException
  // with a stack trace per call (~10% of a licence request's CPU).
  const perAttempt = timeout(options.timeoutMs, { strategy: TimeoutStrategy.Aggressive, abortOnReturn: false });
  const retries = retry(transient, {
    maxAttempts: options.readRetries,
    backoff: new ExponentialBackoff({ initialDelay: 100, maxDelay: 1_000 }),
  });
  const states = ['closed', 'open', 'half-open', 'isolated'];
  return {
    read: wrap(breaker, retries, perAttempt),
    write: wrap(breaker, perAttempt),
    breakerState: () => states[breaker.state] ?? 'unknown',
  };
}

/** Turns whatever a policy-wrapped call threw into an UpstreamError naming the system. */
export function toUpstreamError(system: UpstreamSystem, error: unknown): UpstreamError {
  if (error instanceof UpstreamError) return error;
  if (error instanceof BrokenCircuitError)
    return new UpstreamError(system, 'circuit-open', 'breaker open', { cause: error });
  if (error instanceof TaskCancelledError) return new UpstreamError(system, 'timeout', 'timed out', { cause: error });
  if (isAxiosError(error)) {
    const status = error.response?.status;
    return status === undefined
      ? new UpstreamError(system, 'unreachable', error.code ?? error.message, { cause: error })
      : new UpstreamError(system, 'error-status', `HTTP ${status}`, { cause: error });
  }
  return new UpstreamError(system, 'malformed', (error as Error)?.message ?? String(error), { cause: error });
}

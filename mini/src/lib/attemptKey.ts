import { randomId } from './randomId';

/** The Idempotency-Key of one attempt at a write, and what that attempt sends. */
export interface KeyedAttempt {
  attempt: string;
  key: string;
}

/**
 * The key to send now: the kept one when this is a retry of the same attempt (the same request again after no
 * answer: a timeout may hide a write that was done), a new one for anything else.
 */
export function keyForAttempt(
  kept: KeyedAttempt | null,
  attempt: string,
  make: () => string = () => randomId('rv'),
): KeyedAttempt {
  return kept && kept.attempt === attempt ? kept : { attempt, key: make() };
}

/**
 * Whether to keep the key after a failed send: only when the server gave no real answer (nothing was refused, so
 * the outcome is unknown). A refusal makes the next send a new attempt.
 */
export function keepKeyAfter(error: { status: number | null; noAnswer: boolean }): boolean {
  return error.noAnswer || error.status === null || error.status >= 500;
}

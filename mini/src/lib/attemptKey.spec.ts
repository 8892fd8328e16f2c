import { describe, expect, it } from '@jest/globals';
import { keepKeyAfter, keyForAttempt } from './attemptKey';

describe('the Idempotency-Key of an attempt', () => {
  const make = () => 'new-key';

  it('is kept for a retry of the same request', () => {
    const first = keyForAttempt(null, 'A', () => 'k1');
    expect(keyForAttempt(first, 'A', make)).toEqual({ attempt: 'A', key: 'k1' });
  });

  it('is new once the request changed', () => {
    expect(keyForAttempt({ attempt: 'A', key: 'k1' }, 'B', make)).toEqual({ attempt: 'B', key: 'new-key' });
  });

  it('is new by default, with an id the BFF accepts', () => {
    expect(keyForAttempt(null, 'A').key).toMatch(/^rv-[A-Za-z0-9_-]{8,}$/);
  });

  it('survives only failures without a real answer', () => {
    expect(keepKeyAfter({ status: null, noAnswer: true })).toBe(true);
    expect(keepKeyAfter({ status: 503, noAnswer: true })).toBe(true);
    expect(keepKeyAfter({ status: 409, noAnswer: false })).toBe(false);
    expect(keepKeyAfter({ status: 400, noAnswer: false })).toBe(false);
  });
});

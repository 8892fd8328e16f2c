import { describe, expect, it } from '@jest/globals';
import { attemptId, newIdempotencyKey } from './idempotencyKey';

describe('idempotency key for a booking attempt', () => {
  it('has the form the BFF accepts (8–128 of letters, digits, -_.:)', () => {
    expect(newIdempotencyKey()).toMatch(/^[A-Za-z0-9_.:-]{8,128}$/);
  });

  it('differs between two attempts made in the same millisecond', () => {
    const now = Date.parse('2026-05-05T10:00:00+08:00');
    expect(newIdempotencyKey(now)).not.toBe(newIdempotencyKey(now));
  });

  it('treats another slot, center or booking as another attempt', () => {
    const base = { centerId: 'c1', matterCode: '410500-010203-001', start: '2026-05-06T09:00:00+08:00' };
    expect(attemptId(base)).toBe(attemptId({ ...base }));
    expect(attemptId(base)).not.toBe(attemptId({ ...base, start: '2026-05-06T09:30:00+08:00' }));
    expect(attemptId(base)).not.toBe(attemptId({ ...base, centerId: 'c2' }));
    expect(attemptId(base)).not.toBe(attemptId({ ...base, bookingId: 'b1' }));
  });
});

import { inLockOrder } from './slot-lock-order';

const slot = (centerId: string, iso: string, group = 'G1') => ({ centerId, startsAt: new Date(iso), group });

describe('inLockOrder', () => {
  it('gives two opposite reschedules the same order, whichever slot each moves from', () => {
    const s1 = slot('C1', '2026-12-08T01:00:00Z');
    const s2 = slot('C1', '2026-12-08T02:00:00Z');
    expect(inLockOrder([s2, s1])).toEqual([s1, s2]);
    expect(inLockOrder([s1, s2])).toEqual([s1, s2]);
  });

  it('orders by center, then start, then group', () => {
    const a = slot('C1', '2026-12-08T03:00:00Z', 'G2');
    const b = slot('C1', '2026-12-08T03:00:00Z', 'G1');
    const c = slot('C2', '2026-12-08T01:00:00Z');
    const d = slot('C1', '2026-12-08T02:00:00Z', 'G9');
    expect(inLockOrder([c, a, b, d])).toEqual([d, b, a, c]);
  });

  it('locks a slot named twice once', () => {
    expect(inLockOrder([slot('C1', '2026-12-08T01:00:00Z'), slot('C1', '2026-12-08T01:00:00Z')])).toHaveLength(1);
  });
});

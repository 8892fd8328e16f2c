import { rulesAt, type ResidentStanding } from './booking-rules';
import { type FreedSlot, handOver, type HandoverSteps, type Waiter } from './waitlist-handover';

const NOW = Date.parse('2026-12-07T07:00:00+08:00');
const rules = rulesAt(NOW, { maxActive: 3, noShowLimit: 3, noShowWindowDays: 90, suspendDays: 30 });
const slot: FreedSlot = {
  centerId: 'C1',
  startsAt: new Date(NOW + 86_400_000),
  endsAt: new Date(NOW + 86_400_000 + 1_800_000),
  group: 'G1',
};

/** A waitlist in memory: residents' standing, who is busy, and what the hand-over did. */
function fakeSteps(waiters: Waiter[], standing: Record<string, string[]>, busy: string[] = []) {
  const log: string[] = [];
  const steps: HandoverSteps = {
    nextWaiter: async (_slot, except) => waiters.find((w) => !except.includes(w.id) && !log.includes(`expire ${w.id}`)),
    lockWaiterIfFree: async (residentId) => !busy.includes(residentId),
    readStanding: async (residentId): Promise<ResidentStanding> => ({
      activeMatters: standing[residentId] ?? [],
      noShows: { count: 0, lastEndedAt: null },
    }),
    expireEntry: async (id) => void log.push(`expire ${id}`),
    bookForWaiter: async (w) => (log.push(`book ${w.id}`), `B-${w.id}`),
    freePlace: async () => void log.push('free'),
  };
  return { steps, log };
}

describe('handOver', () => {
  it('books the place for the first waiter who may take it', async () => {
    const { steps, log } = fakeSteps([{ id: 'W1', residentId: 'R1', matterCode: 'M' }], {});
    expect(await handOver(steps, slot, rules)).toEqual({
      booked: { residentId: 'R1', bookingId: 'B-W1' },
      passedOver: [],
    });
    expect(log).toEqual(['book W1']);
  });

  it('passes over a waiter at the booking limit, naming the rule, and gives the place to the next', async () => {
    const { steps, log } = fakeSteps(
      [
        { id: 'W1', residentId: 'R1', matterCode: 'M' },
        { id: 'W2', residentId: 'R2', matterCode: 'M' },
      ],
      { R1: ['A', 'B', 'C'] },
    );
    const result = await handOver(steps, slot, rules);
    expect(result.passedOver).toEqual([{ residentId: 'R1', reason: 'BOOKING_LIMIT_REACHED' }]);
    expect(result.booked).toEqual({ residentId: 'R2', bookingId: 'B-W2' });
    expect(log).toEqual(['expire W1', 'book W2']);
  });

  it('skips a waiter busy this very moment without expiring them, and frees the place when nobody else waits', async () => {
    const { steps, log } = fakeSteps([{ id: 'W1', residentId: 'R1', matterCode: 'M' }], {}, ['R1']);
    expect(await handOver(steps, slot, rules)).toEqual({ booked: null, passedOver: [] });
    expect(log).toEqual(['free']);
  });

  it('frees the place of a slot that has already started instead of handing it over', async () => {
    const { steps, log } = fakeSteps([{ id: 'W1', residentId: 'R1', matterCode: 'M' }], {});
    const started = { ...slot, startsAt: new Date(NOW - 60_000) };
    expect(await handOver(steps, started, rules)).toEqual({ booked: null, passedOver: [] });
    expect(log).toEqual(['free']);
  });
});

import type { Session } from '@zsb/contracts';
import { bearer, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The licence library failing half of its answers: retries alone get 1 − 0.5³ ≈ 87% of reads through (two retries,
// as in production). The breaker must not turn that into refusals: it used to count every failed attempt against 3–5
// consecutive failures and stay open, refusing ~99% of reads.
let sys: RunningSystem;
let alice: Session;
beforeAll(async () => {
  // The production profile's retries and breaker timings (the test profile's are shorter).
  sys = await startSystem({
    env: { UPSTREAM_READ_RETRIES: '2', UPSTREAM_BREAKER_HALF_OPEN_MS: '10000', UPSTREAM_BREAKER_MIN_CALLS: '20' },
  });
  alice = await verifiedSession(sys, (await sandboxResidents(sys))[0]);
}, 120_000);
afterAll(() => sys.close(), 120_000);

describe('licence reads while the library fails half of its answers', () => {
  it('get most reads through (about what the retries alone would), not a trickle behind an open breaker', async () => {
    sys.sandbox.setFaults({ errorRate: 0.5, pathPrefix: '/licence/' });
    const statuses: number[] = [];
    try {
      const reads = 200;
      let next = 0;
      await Promise.all(
        Array.from({ length: 5 }, async () => {
          while (next++ < reads) statuses.push((await sys.get('/api/v1/licences', { headers: bearer(alice) })).status);
        }),
      );
    } finally {
      sys.sandbox.setFaults({});
    }
    const counts = statuses.reduce<Record<number, number>>((c, s) => ({ ...c, [s]: (c[s] ?? 0) + 1 }), {});
    const share = (counts[200] ?? 0) / statuses.length;
    // 87.5% expected; 80% leaves room for chance (200 reads: ~2.3 points standard deviation).
    expect({ share: share > 0.8, counts }).toEqual({ share: true, counts });
  });
});

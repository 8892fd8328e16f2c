import { BrokenCircuitError } from 'cockatiel';
import { createUpstreamPolicies, type ResilienceOptions } from './resilience';
import { UpstreamError } from './upstream.error';

const options: ResilienceOptions = {
  timeoutMs: 1000,
  readRetries: 2,
  breakerFailureRatio: 0.5,
  breakerWindowMs: 10_000,
  breakerMinimumCalls: 20,
  breakerHalfOpenMs: 60_000,
};

const fault = (): UpstreamError => new UpstreamError('licence-library', 'error-status', 'HTTP 503');

/** A deterministic pseudo-random sequence (mulberry32), so a 50% error rate is the same in every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs `calls` reads through the policy, `concurrency` at a time; each attempt reaches `upstream` (with its number). */
async function reads(
  policies: ReturnType<typeof createUpstreamPolicies>,
  calls: number,
  concurrency: number,
  upstream: (attempt: number) => Promise<string>,
) {
  const outcomes = { ok: 0, failed: 0, refused: 0 };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < calls) {
        next++;
        let attempt = 0;
        try {
          await policies.read.execute(() => upstream(++attempt));
          outcomes.ok++;
        } catch (e) {
          if (e instanceof BrokenCircuitError) outcomes.refused++;
          else outcomes.failed++;
        }
      }
    }),
  );
  return outcomes;
}

describe('upstream breaker and retries', () => {
  it('counts a read that passed on a retry as one good call: failed attempts alone never open the breaker', async () => {
    const policies = createUpstreamPolicies(options);
    // Every call fails twice, then passes on its last attempt: two thirds of all attempts fail.
    const outcomes = await reads(policies, 100, 25, async (attempt) => {
      if (attempt < 3) throw fault();
      return 'ok';
    });
    expect(outcomes).toEqual({ ok: 100, failed: 0, refused: 0 });
    expect(policies.breakerState()).toBe('closed');
  });

  it('at 50% upstream errors lets through what the retries alone would (1 − 0.5³ ≈ 87%), breaker closed', async () => {
    const policies = createUpstreamPolicies(options);
    const random = seeded(16);
    const outcomes = await reads(policies, 400, 20, async () => {
      if (random() < 0.5) throw fault();
      return 'ok';
    });
    expect(outcomes.refused).toBe(0);
    expect(outcomes.ok / 400).toBeGreaterThan(0.8);
    expect(policies.breakerState()).toBe('closed');
  });

  it('opens when most calls fail even after their retries, and then refuses without calling the system', async () => {
    const policies = createUpstreamPolicies({ ...options, readRetries: 0 });
    let attempts = 0;
    const down = async (): Promise<string> => {
      attempts++;
      throw fault();
    };
    const outcomes = await reads(policies, 60, 1, down);
    expect(policies.breakerState()).toBe('open');
    // It opens once the window holds the minimum number of calls, all failed.
    expect(outcomes.failed).toBe(options.breakerMinimumCalls);
    expect(outcomes.refused).toBe(60 - options.breakerMinimumCalls);
    expect(attempts).toBe(options.breakerMinimumCalls);
  });

  it('stays closed on a few failures among too few calls to call it a trend', async () => {
    const policies = createUpstreamPolicies({ ...options, readRetries: 0 });
    const outcomes = await reads(policies, options.breakerMinimumCalls - 1, 1, async () => {
      throw fault();
    });
    expect(outcomes.failed).toBe(options.breakerMinimumCalls - 1);
    expect(policies.breakerState()).toBe('closed');
  });

  it('does not count answers that are not faults (a malformed answer is the system answering)', async () => {
    const policies = createUpstreamPolicies({ ...options, readRetries: 0 });
    const outcomes = await reads(policies, 40, 1, async () => {
      throw new UpstreamError('licence-library', 'malformed', 'bad body');
    });
    expect(outcomes.failed).toBe(40);
    expect(policies.breakerState()).toBe('closed');
  });
});

import { MemoryKeyValueStore, RedisKeyValueStore } from './kv-store';

describe('the in-memory key-value store', () => {
  it('forgets values nobody reads again once they expire, and keeps the live ones', async () => {
    const kv = new MemoryKeyValueStore();
    await kv.setJson('display-code:never-scanned', { n: 1 }, 60);
    await kv.setJson('display-code:still-shown', { n: 2 }, 300);
    expect(kv.sweepExpired(Date.now() + 59_000)).toBe(0);
    expect(kv.sweepExpired(Date.now() + 61_000)).toBe(1);
    expect(kv.size).toBe(1);
    expect(await kv.take('display-code:still-shown')).toEqual({ n: 2 });
    expect(await kv.take('display-code:still-shown')).toBeNull();
    await kv.onApplicationShutdown();
  });
});

describe('the Redis store when Redis cannot be reached', () => {
  it('still limits, with per-instance counters (the limiter’s insurance), instead of failing or letting everything through', async () => {
    const { createServer } = await import('node:net');
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((r) => probe.close(() => r()));
    const kv = new RedisKeyValueStore(`redis://127.0.0.1:${port}`, 'spec:');
    try {
      expect(kv.connected).toBe(false);
      const limiter = kv.rateLimiter({ name: 'spec-limit', points: 2, durationSec: 60 });
      await limiter.consume('phone-hash');
      await limiter.consume('phone-hash');
      await expect(limiter.consume('phone-hash')).rejects.toMatchObject({ remainingPoints: 0 });
      await expect(kv.setJson('k', 1, 60)).rejects.toThrow(/Stream isn't writeable|Connection is closed/);
    } finally {
      await kv.onApplicationShutdown();
    }
  });
});

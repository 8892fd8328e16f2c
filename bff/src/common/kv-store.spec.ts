import { MemoryKeyValueStore } from './kv-store';

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

import type { KeyValueFallbackRepository, Stored } from './kv-fallback.repository';
import { FallbackKeyValueStore } from './kv-fallback-store';
import type { Limiter, RateLimitSpec, RedisKeyValueStore } from './kv-store';

// The policy alone, over stand-ins for Redis and the table (test/api/redis-outage.spec.ts runs it on real ones).

class FakeRedis {
  values = new Map<string, string>();
  connected = true;
  failWith: Error | null = null;
  private check(): void {
    if (!this.connected) throw new Error("Stream isn't writeable and enableOfflineQueue options is false");
    if (this.failWith) throw this.failWith;
  }
  async setJson(key: string, value: unknown): Promise<void> {
    this.check();
    this.values.set(key, JSON.stringify(value));
  }
  async getJson<T>(key: string): Promise<T | null> {
    this.check();
    const v = this.values.get(key);
    return v === undefined ? null : (JSON.parse(v) as T);
  }
  async take<T>(key: string): Promise<T | null> {
    const v = await this.getJson<T>(key);
    this.values.delete(key);
    return v;
  }
  async delete(key: string): Promise<void> {
    this.check();
    this.values.delete(key);
  }
  async onApplicationShutdown(): Promise<void> {}
  limiterCalls = 0;
  rateLimiter(_spec: RateLimitSpec, insurance: Limiter): Limiter {
    // What rate-limiter-flexible does: Redis, or the insurance when the command fails.
    const viaRedis = async <T>(insured: () => Promise<T>): Promise<T> => {
      this.limiterCalls++;
      if (!this.connected) return insured();
      throw new Error('a limiter on the fake Redis is not needed here');
    };
    return {
      consume: (key) => viaRedis(() => insurance.consume(key)),
      reward: (key) => viaRedis(() => insurance.reward(key)),
    };
  }
}

class FakeTable {
  rows = new Map<string, string | null>();
  async put(key: string, json: string): Promise<void> {
    this.rows.set(key, json);
  }
  async get(key: string): Promise<Stored> {
    const v = this.rows.get(key);
    return v === undefined ? { kind: 'absent' } : v === null ? { kind: 'gone' } : { kind: 'value', json: v };
  }
  async take(key: string): Promise<Stored> {
    const found = await this.get(key);
    if (found.kind === 'value') this.rows.set(key, null);
    return found;
  }
  async forget(key: string): Promise<void> {
    this.rows.set(key, null);
  }
  async delete(key: string): Promise<void> {
    this.rows.delete(key);
  }
  async deleteExpired(): Promise<number> {
    return 0;
  }
}

describe('Redis with the database standing in while it is down', () => {
  let redis: FakeRedis;
  let table: FakeTable;
  let clock: number;
  let store: FallbackKeyValueStore;
  beforeEach(() => {
    redis = new FakeRedis();
    table = new FakeTable();
    clock = 1_000_000;
    store = new FallbackKeyValueStore(
      redis as unknown as RedisKeyValueStore,
      table as unknown as KeyValueFallbackRepository,
      () => clock,
    );
  });
  afterEach(() => store.onApplicationShutdown());

  it('keeps values in Redis while it is up and never touches the table', async () => {
    await store.setJson('display-code:a', { n: 1 }, 120);
    expect(redis.values.has('display-code:a')).toBe(true);
    expect(await store.take('display-code:a')).toEqual({ n: 1 });
    expect(table.rows.size).toBe(0);
  });

  it('keeps values in the table while Redis is down, and hands a one-time value out once', async () => {
    redis.connected = false;
    await store.setJson('display-code:a', { n: 1 }, 120);
    expect(table.rows.has('display-code:a')).toBe(true);
    expect(await store.take('display-code:a')).toEqual({ n: 1 });
    expect(await store.take('display-code:a')).toBeNull();
  });

  it('finds what was written during the outage after Redis is back, also on another instance', async () => {
    redis.connected = false;
    await store.setJson('h5-login:s', { v: 1 }, 600);
    redis.connected = true;
    clock += 16 * 60_000; // long after: Redis first again
    const other = new FallbackKeyValueStore(
      redis as unknown as RedisKeyValueStore,
      table as unknown as KeyValueFallbackRepository,
      () => clock,
    );
    expect(await other.take('h5-login:s')).toEqual({ v: 1 });
    await other.onApplicationShutdown();
  });

  it('prefers what changed during the outage over the copy Redis kept from before it (a new SMS code)', async () => {
    await store.setJson('phone-proof:realname:r1', { code: 'old' }, 300);
    redis.connected = false;
    await store.setJson('phone-proof:realname:r1', { code: 'new' }, 300);
    redis.connected = true;
    clock += 60_000;
    expect(await store.getJson('phone-proof:realname:r1')).toEqual({ code: 'new' });
    await store.setJson('phone-proof:realname:r1', { code: 'new', attempts: 1 }, 300);
    expect(await store.getJson('phone-proof:realname:r1')).toEqual({ code: 'new', attempts: 1 });
    await store.delete('phone-proof:realname:r1');
    expect(await store.getJson('phone-proof:realname:r1')).toBeNull();
  });

  it('never hands out again a value used on the database that Redis also got (a write that timed out but landed)', async () => {
    redis.failWith = new Error('Command timed out');
    await store.setJson('display-code:c', { n: 3 }, 120);
    redis.failWith = null;
    redis.values.set('display-code:c', JSON.stringify({ n: 3 })); // the timed-out SET arrives after all
    expect(await store.take('display-code:c')).toEqual({ n: 3 });
    expect(await store.take('display-code:c')).toBeNull();
    await store.setJson('window-code:1', { r: 1 }, 900);
    redis.values.set('window-code:1', JSON.stringify({ r: 1 }));
    await store.delete('window-code:1');
    redis.values.set('window-code:1', JSON.stringify({ r: 1 })); // a DEL lost on the way
    expect(await store.getJson('window-code:1')).toBeNull();
  });

  it('reads what Redis kept from before the outage once it answers again', async () => {
    await store.setJson('display-code:b', { n: 2 }, 120);
    redis.connected = false;
    expect(await store.take('display-code:b')).toBeNull(); // out of sight, not lost
    redis.connected = true;
    expect(await store.take('display-code:b')).toEqual({ n: 2 });
    expect(await store.take('display-code:b')).toBeNull();
  });

  it('counts rate limits per instance, without asking Redis, while on the database', async () => {
    redis.connected = false;
    const limiter = store.rateLimiter({ name: 'display-code-tries', points: 2, durationSec: 600 });
    await limiter.consume('code-1');
    await limiter.consume('code-1');
    await expect(limiter.consume('code-1')).rejects.toMatchObject({ remainingPoints: 0 });
    expect(redis.limiterCalls).toBe(0);
  });

  it('falls back when a command fails for want of Redis, but not when the command itself is wrong', async () => {
    redis.failWith = new Error('Connection is closed.');
    await store.setJson('k', 1, 60);
    expect(table.rows.get('k')).toBe('1');
    clock += 16 * 60_000;
    redis.failWith = Object.assign(new Error('WRONGTYPE Operation against a key holding the wrong kind of value'), {
      name: 'ReplyError',
    });
    await expect(store.setJson('k', 2, 60)).rejects.toThrow('WRONGTYPE');
  });
});

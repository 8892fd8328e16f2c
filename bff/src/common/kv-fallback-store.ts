import { Logger } from '@nestjs/common';
import type { KeyValueFallbackRepository, Stored } from './kv-fallback.repository';
import { KeyValueStore, type Limiter, memoryLimiter, type RateLimitSpec, type RedisKeyValueStore } from './kv-store';
import { isRedisUnavailable } from './unavailable';

/** The longest any one-time value lives (an SMS code at its maximum, a pending 实名认证 step, a window code). */
const LONGEST_VALUE_MS = 15 * 60_000;
const SWEEP_MS = 60_000;

/**
 * Redis, with the database standing in for it while it cannot be reached. One-time values (亮证码, SMS codes,
 * pending 实名认证 steps, window codes, H5 sign-in state and tickets) must be seen by every instance — a code issued
 * through one instance is verified through another — so a per-instance memory would lose them; the database is
 * shared, and every flow that uses these values writes to it anyway, so it adds no new way to fail.
 *
 * While Redis has no connection, and after a command failed for want of it or a value went to the database until
 * whatever may be involved has expired (at most 15 minutes), values are written to the database and read from it
 * first: a value changed during the outage (a new SMS code, a counted try) is always newer than what Redis kept from
 * before it, and a value used or deleted meanwhile stays marked so (a copy Redis may hold, from before or from a
 * write that timed out but landed, is not handed out again). Otherwise Redis is first and the database is read only
 * on a miss (a value another instance wrote there). A value Redis held when it went down is out of sight until it
 * answers again (meanwhile the resident gets a fresh code).
 *
 * Rate limiters count per instance (their insurance) for as long: a limit per instance for a while, not none.
 * Guide-view counts wait in each instance's memory (see MatterViews).
 */
export class FallbackKeyValueStore extends KeyValueStore {
  readonly kind = 'redis';
  private readonly logger = new Logger('KeyValueStore');
  private databaseUntil = 0;
  private readonly sweeper: NodeJS.Timeout;

  constructor(
    private readonly redis: RedisKeyValueStore,
    private readonly fallback: KeyValueFallbackRepository,
    private readonly now: () => number = Date.now,
  ) {
    super();
    this.sweeper = setInterval(() => void this.fallback.deleteExpired().catch(() => undefined), SWEEP_MS).unref();
  }

  /** Whether one-time values go to the database now: Redis has no connection, or had none a short while ago. */
  databaseFirst(): boolean {
    return !this.redis.connected || this.now() < this.databaseUntil;
  }

  async setJson(key: string, value: unknown, ttlSec: number): Promise<void> {
    if (!this.databaseFirst() && (await this.onRedis(() => this.redis.setJson(key, value, ttlSec))).ok) return;
    this.stayOnDatabase(ttlSec * 1000);
    await this.fallback.put(key, JSON.stringify(value), ttlSec);
  }

  async getJson<T>(key: string): Promise<T | null> {
    return this.read(
      () => this.redis.getJson<T>(key),
      () => this.fallback.get(key),
    );
  }

  async take<T>(key: string): Promise<T | null> {
    return this.read(
      () => this.redis.take<T>(key),
      () => this.fallback.take(key),
    );
  }

  async delete(key: string): Promise<void> {
    const redis = this.redis.connected ? this.onRedis(() => this.redis.delete(key)) : null;
    // On the database the key is marked deleted rather than removed: a copy Redis may hold (kept from before, or a
    // write that timed out but landed) must not come back through the fall-through read.
    if (!this.databaseFirst()) return void (await Promise.all([redis, this.fallback.delete(key)]));
    this.stayOnDatabase(LONGEST_VALUE_MS);
    await Promise.all([redis, this.fallback.forget(key, LONGEST_VALUE_MS / 1000)]);
  }

  /**
   * The shared limiter while Redis answers; its per-instance insurance directly while the store is on the database,
   * so that a Redis that stops answering costs each limited request nothing instead of a command timeout.
   */
  rateLimiter(spec: RateLimitSpec): Limiter {
    const local = memoryLimiter(spec);
    const shared = this.redis.rateLimiter(spec, local);
    const pick = (): Limiter => (this.databaseFirst() ? local : shared);
    return {
      consume: (key, points, options) => pick().consume(key, points, options),
      reward: (key, points, options) => pick().reward(key, points, options),
    };
  }

  incrementScores(key: string, increments: Map<string, number>): Promise<void> {
    return this.redis.incrementScores(key, increments);
  }

  topScores(key: string, limit: number): Promise<{ member: string; score: number }[]> {
    return this.redis.topScores(key, limit);
  }

  ping(): Promise<boolean> {
    return this.redis.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await this.redis.onApplicationShutdown();
  }

  private async read<T>(fromRedis: () => Promise<T | null>, fromDatabase: () => Promise<Stored>): Promise<T | null> {
    const redisFirst = !this.databaseFirst();
    if (redisFirst) {
      const r = await this.onRedis(fromRedis);
      if (r.ok && r.value !== null) return r.value;
    }
    const stored = await fromDatabase();
    if (stored.kind === 'value') return JSON.parse(stored.json) as T;
    // On the database and never stored there: what Redis kept from before the outage, if it answers.
    if (stored.kind === 'absent' && !redisFirst && this.redis.connected) {
      const r = await this.onRedis(fromRedis);
      if (r.ok) return r.value;
    }
    return null;
  }

  private async onRedis<T>(command: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
    try {
      return { ok: true, value: await command() };
    } catch (e) {
      if (!isRedisUnavailable(e)) throw e;
      this.stayOnDatabase(LONGEST_VALUE_MS);
      return { ok: false };
    }
  }

  private stayOnDatabase(forMs: number): void {
    const until = this.now() + forMs;
    if (this.now() >= this.databaseUntil)
      this.logger.warn(
        `Redis cannot be reached: one-time values go to the database until ${new Date(until).toISOString()} at least`,
      );
    this.databaseUntil = Math.max(this.databaseUntil, until);
  }
}

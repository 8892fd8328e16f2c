import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { bounded } from './bounded';

/** What a rate limit needs of a limiter: take a point, or give one back. */
export type Limiter = Pick<RateLimiterAbstract, 'consume' | 'reward'>;

export interface RateLimitSpec {
  /** Separates one limit's counters from another's. */
  name: string;
  points: number;
  durationSec: number;
}

export const memoryLimiter = (spec: RateLimitSpec): RateLimiterMemory =>
  new RateLimiterMemory({ keyPrefix: spec.name, points: spec.points, duration: spec.durationSec });

/**
 * Caches and counters shared by all BFF instances: Redis when REDIS_URL is set (with the database standing in for
 * it while it is down: FallbackKeyValueStore), otherwise an in-memory implementation of the same interface that
 * serves a single instance.
 */
export abstract class KeyValueStore implements OnApplicationShutdown {
  abstract readonly kind: 'redis' | 'memory';
  /** Adds to members' scores in a sorted set (one round trip for the whole batch). */
  abstract incrementScores(key: string, increments: Map<string, number>): Promise<void>;
  abstract topScores(key: string, limit: number): Promise<{ member: string; score: number }[]>;
  /** A short-lived value (codes, pending verifications) that expires by itself. */
  abstract setJson(key: string, value: unknown, ttlSec: number): Promise<void>;
  abstract getJson<T>(key: string): Promise<T | null>;
  abstract delete(key: string): Promise<void>;
  /** Reads and deletes in one step: of two callers racing for a one-time value, only one gets it. */
  abstract take<T>(key: string): Promise<T | null>;
  /** A limiter whose counters every instance shares (rate-limiter-flexible on the same backend). */
  abstract rateLimiter(spec: RateLimitSpec): Limiter;
  abstract ping(): Promise<boolean>;
  abstract onApplicationShutdown(): Promise<void>;
}

export class MemoryKeyValueStore extends KeyValueStore {
  readonly kind = 'memory';
  private readonly sets = new Map<string, Map<string, number>>();
  private readonly values = new Map<string, { json: string; until: number }>();
  // Values nobody reads again (a 亮证码 never scanned, an SMS code never typed) would otherwise stay for good.
  private readonly sweeper: NodeJS.Timeout;

  constructor(sweepEveryMs = 30_000) {
    super();
    this.sweeper = setInterval(() => this.sweepExpired(), sweepEveryMs).unref();
  }

  /** Drops every expired value; answers how many went. */
  sweepExpired(now = Date.now()): number {
    let removed = 0;
    for (const [key, entry] of this.values) {
      if (entry.until > now) continue;
      this.values.delete(key);
      removed++;
    }
    return removed;
  }

  get size(): number {
    return this.values.size;
  }

  async setJson(key: string, value: unknown, ttlSec: number): Promise<void> {
    this.values.set(key, { json: JSON.stringify(value), until: Date.now() + ttlSec * 1000 });
  }

  async getJson<T>(key: string): Promise<T | null> {
    return this.read<T>(key);
  }

  private read<T>(key: string): T | null {
    const entry = this.values.get(key);
    if (!entry) return null;
    if (entry.until <= Date.now()) {
      this.values.delete(key);
      return null;
    }
    return JSON.parse(entry.json) as T;
  }

  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }

  async take<T>(key: string): Promise<T | null> {
    // No await between the read and the delete, so one event loop cannot hand the value out twice.
    const value = this.read<T>(key);
    this.values.delete(key);
    return value;
  }

  rateLimiter(spec: RateLimitSpec): Limiter {
    return memoryLimiter(spec);
  }

  async incrementScores(key: string, increments: Map<string, number>): Promise<void> {
    const set = this.sets.get(key) ?? new Map<string, number>();
    for (const [member, by] of increments) set.set(member, (set.get(member) ?? 0) + by);
    this.sets.set(key, set);
  }

  async topScores(key: string, limit: number): Promise<{ member: string; score: number }[]> {
    return [...(this.sets.get(key) ?? new Map<string, number>())]
      .map(([member, score]) => ({ member, score }))
      .sort((a, b) => b.score - a.score)
      .slice(0, limit);
  }

  async ping(): Promise<boolean> {
    return true;
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    this.sets.clear();
    this.values.clear();
  }
}

export class RedisKeyValueStore extends KeyValueStore {
  readonly kind = 'redis';
  private readonly logger = new Logger('Redis');
  private readonly redis: Redis;

  constructor(url: string, keyPrefix: string) {
    super();
    // Fail fast instead of queueing or waiting forever (a Redis that stops answering without closing the connection
    // included): the caller falls back (FallbackKeyValueStore, the rate limiters' insurance); a hung request is not.
    this.redis = new Redis(url, {
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: false,
      keyPrefix,
      commandTimeout: 2000,
    });
    this.redis.on('error', (e: Error) => this.logger.warn(`redis: ${e.message}`));
  }

  /** Connected and ready for commands (without the offline queue, anything else is refused at once). */
  get connected(): boolean {
    return this.redis.status === 'ready';
  }

  async incrementScores(key: string, increments: Map<string, number>): Promise<void> {
    if (!increments.size) return;
    const pipeline = this.redis.pipeline();
    for (const [member, by] of increments) pipeline.zincrby(key, by, member);
    await pipeline.exec();
  }

  async topScores(key: string, limit: number): Promise<{ member: string; score: number }[]> {
    const flat = await this.redis.zrevrange(key, 0, limit - 1, 'WITHSCORES');
    const out: { member: string; score: number }[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ member: flat[i], score: Number(flat[i + 1]) });
    return out;
  }

  async setJson(key: string, value: unknown, ttlSec: number): Promise<void> {
    await this.redis.set(key, JSON.stringify(value), 'EX', ttlSec);
  }

  async getJson<T>(key: string): Promise<T | null> {
    const text = await this.redis.get(key);
    return text === null ? null : (JSON.parse(text) as T);
  }

  async delete(key: string): Promise<void> {
    await this.redis.del(key);
  }

  async take<T>(key: string): Promise<T | null> {
    const text = await this.redis.getdel(key);
    return text === null ? null : (JSON.parse(text) as T);
  }

  /** `insurance` counts while Redis is unreachable: each instance limits on its own rather than letting all through. */
  rateLimiter(spec: RateLimitSpec, insurance = memoryLimiter(spec)): Limiter {
    return new RateLimiterRedis({
      storeClient: this.redis,
      keyPrefix: spec.name,
      points: spec.points,
      duration: spec.durationSec,
      insuranceLimiter: insurance,
    });
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  // QUIT waits for Redis' answer; a Redis that stopped answering would hold the shutdown.
  async onApplicationShutdown(): Promise<void> {
    await bounded(this.redis.quit(), 2_000);
    // A QUIT that failed or took too long leaves the client reconnecting: end it.
    if (this.redis.status !== 'end') this.redis.disconnect();
  }
}

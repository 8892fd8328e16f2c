import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';

/**
 * Caches and counters shared by all BFF instances: Redis when REDIS_URL is set, otherwise an in-memory
 * implementation of the same interface that serves a single instance.
 */
export abstract class KeyValueStore implements OnApplicationShutdown {
  abstract readonly kind: 'redis' | 'memory';
  /** Adds to members' scores in a sorted set (one round trip for the whole batch). */
  abstract incrementScores(key: string, increments: Map<string, number>): Promise<void>;
  abstract topScores(key: string, limit: number): Promise<{ member: string; score: number }[]>;
  abstract ping(): Promise<boolean>;
  abstract onApplicationShutdown(): Promise<void>;
}

export class MemoryKeyValueStore extends KeyValueStore {
  readonly kind = 'memory';
  private readonly sets = new Map<string, Map<string, number>>();

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
    this.sets.clear();
  }
}

export class RedisKeyValueStore extends KeyValueStore {
  readonly kind = 'redis';
  private readonly logger = new Logger('Redis');
  private readonly redis: Redis;

  constructor(url: string) {
    super();
    // Fail fast instead of queueing forever: a counter lost while Redis is down is acceptable, a hung request is not.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
    this.redis.on('error', (e: Error) => this.logger.warn(`redis: ${e.message}`));
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

  async ping(): Promise<boolean> {
    try {
      return (await this.redis.ping()) === 'PONG';
    } catch {
      return false;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

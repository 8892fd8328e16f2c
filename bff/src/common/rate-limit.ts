import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { AppError } from './errors';
import { KeyValueStore, type Limiter } from './kv-store';

export interface LimitSpec {
  name: string;
  points: number;
  durationSec: number;
  /** What the resident reads when refused; the default says "too often" and how long to wait. */
  message?: string;
}

export interface RateLimitRule extends LimitSpec {
  /**
   * Counted per client address (the socket's, or the one a trusted proxy forwarded), or per signed-in resident
   * (then the route's AuthGuard must run first). Limits that guard a secret are also counted per account, per
   * phone or per code inside the service, where the key is known: see RateLimits.
   */
  by: 'ip' | 'resident';
}

const RULES = Symbol('rate-limit-rules');

/** Limits a route; several rules all apply (e.g. per address and per resident). */
export const RateLimit = (...rules: RateLimitRule[]): MethodDecorator & ClassDecorator => SetMetadata(RULES, rules);

/**
 * Counters on the shared store (rate-limiter-flexible, on Redis when configured), so a limit holds across
 * instances. Services use it for keys only they know (a phone's hash, an application number, a sign-in subject);
 * the guard below for addresses and residents. A refusal is 429 RATE_LIMITED with Retry-After.
 */
@Injectable()
export class RateLimits {
  private readonly limiters = new Map<string, Limiter>();

  constructor(
    private readonly kv: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  /** Takes one point for `key`, or refuses. Keys must never be personal data in the clear: pass a hash. */
  async consume(spec: LimitSpec, key: string): Promise<void> {
    try {
      await this.limiter(spec).consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      const retryAfter = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
      const error = new AppError('RATE_LIMITED', spec.message ?? `操作太频繁了，请 ${describeWait(retryAfter)}后再试`);
      error.retryAfterSec = retryAfter;
      throw error;
    }
  }

  /** Gives a point back (an attempt that turned out right should not count against the budget of wrong ones). */
  async refund(spec: LimitSpec, key: string): Promise<void> {
    await this.limiter(spec).reward(key, 1);
  }

  private limiter(spec: LimitSpec): Limiter {
    let limiter = this.limiters.get(spec.name);
    if (!limiter) {
      limiter = this.kv.rateLimiter({
        name: `rl:${spec.name}`,
        points: spec.points * this.config.rateLimitFactor,
        durationSec: spec.durationSec,
      });
      this.limiters.set(spec.name, limiter);
    }
    return limiter;
  }
}

/** Enforces @RateLimit rules of a route. */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rules = this.reflector.getAllAndOverride<RateLimitRule[] | undefined>(RULES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!rules?.length) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { signedIn?: { residentId: string } }>();
    for (const rule of rules) {
      const key = rule.by === 'ip' ? request.ip : request.signedIn?.residentId;
      if (!key) throw new Error(`rate limit ${rule.name} is per resident but the route has no AuthGuard before it`);
      await this.limits.consume(rule, key);
    }
    return true;
  }
}

export function describeWait(sec: number): string {
  return sec < 60 ? `${sec} 秒` : sec < 3600 ? `${Math.ceil(sec / 60)} 分钟` : `${Math.ceil(sec / 3600)} 小时`;
}

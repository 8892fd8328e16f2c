import { type CanActivate, type ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { AppError } from './errors';
import { KeyValueStore } from './kv-store';

export interface RateLimitRule {
  name: string;
  points: number;
  durationSec: number;
  /** Counted per client address, or per signed-in resident (then the route's AuthGuard must run first). */
  by: 'ip' | 'resident';
  /** What the resident reads when refused; the default says "too often". */
  message?: string;
}

const RULES = Symbol('rate-limit-rules');

/** Limits a route; several rules all apply (e.g. per address and per resident). */
export const RateLimit = (...rules: RateLimitRule[]): MethodDecorator & ClassDecorator => SetMetadata(RULES, rules);

/**
 * Enforces @RateLimit rules with rate-limiter-flexible on the shared store (Redis when configured), so the limit
 * holds across instances. A refusal is 429 RATE_LIMITED with Retry-After.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    private readonly reflector: Reflector,
    private readonly kv: KeyValueStore,
    private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rules = this.reflector.getAllAndOverride<RateLimitRule[] | undefined>(RULES, [context.getHandler(), context.getClass()]);
    if (!rules?.length) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest & { signedIn?: { residentId: string } }>();
    for (const rule of rules) {
      const key = rule.by === 'ip' ? request.ip : request.signedIn?.residentId;
      if (!key) throw new Error(`rate limit ${rule.name} is per resident but the route has no AuthGuard before it`);
      try {
        await this.limiter(rule).consume(key);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const retryAfter = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        void http.getResponse<FastifyReply>().header('retry-after', String(retryAfter));
        throw new AppError('RATE_LIMITED', rule.message ?? `操作太频繁了，请 ${describeWait(retryAfter)}后再试`);
      }
    }
    return true;
  }

  private limiter(rule: RateLimitRule): RateLimiterAbstract {
    let limiter = this.limiters.get(rule.name);
    if (!limiter) {
      limiter = this.kv.rateLimiter({ name: `rl:${rule.name}`, points: rule.points * this.config.rateLimitFactor, durationSec: rule.durationSec });
      this.limiters.set(rule.name, limiter);
    }
    return limiter;
  }
}

function describeWait(sec: number): string {
  return sec < 60 ? `${sec} 秒` : sec < 3600 ? `${Math.ceil(sec / 60)} 分钟` : `${Math.ceil(sec / 3600)} 小时`;
}

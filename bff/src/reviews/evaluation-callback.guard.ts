import { type CanActivate, type ExecutionContext, Injectable, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { callbackSignatureValid } from '../upstream/approval/approval-callback';

/** Lets through only callbacks the 好差评 system signed (the approval platform's HMAC rule, its own secret). */
@Injectable()
export class EvaluationCallbackGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<FastifyRequest>>();
    const header = (name: string): string => String(request.headers[name] ?? '');
    const signed = {
      timestamp: header('x-evaluation-timestamp'),
      signature: header('x-evaluation-signature'),
      raw: request.rawBody,
    };
    const maxSkewMs = this.config.applications.callbackMaxSkewSec * 1000;
    if (!callbackSignatureValid(signed, this.config.reviews.callbackSecret, maxSkewMs, Date.now()))
      throw new AppError('CALLBACK_SIGNATURE_INVALID');
    return true;
  }
}

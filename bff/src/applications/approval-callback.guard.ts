import { type CanActivate, type ExecutionContext, Injectable, type RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { callbackSignatureValid } from '../upstream/approval/approval-callback';

/** Lets through only callbacks the approval platform signed, within the allowed clock skew. */
@Injectable()
export class ApprovalCallbackGuard implements CanActivate {
  constructor(private readonly config: AppConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<FastifyRequest>>();
    const header = (name: string): string => String(request.headers[name] ?? '');
    const { callbackSecret, callbackMaxSkewSec } = this.config.applications;
    const signed = {
      timestamp: header('x-approval-timestamp'),
      signature: header('x-approval-signature'),
      raw: request.rawBody,
    };
    if (!callbackSignatureValid(signed, callbackSecret, callbackMaxSkewSec * 1000, Date.now()))
      throw new AppError('CALLBACK_SIGNATURE_INVALID');
    return true;
  }
}

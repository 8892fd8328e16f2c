import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { AppError } from './errors';

/** What a client may send as an Idempotency-Key (a UUID is typical). */
const KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * The `Idempotency-Key` header of an unsafe POST, checked: undefined when absent, a 400 when malformed. The
 * feature stores it with what the request created, so a retry answers the first result and creates nothing twice.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<FastifyRequest>().headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !KEY.test(value))
    throw new AppError('VALIDATION_FAILED', 'Idempotency-Key 格式不正确（8–128 位字母、数字或 -_.:）', [
      { field: 'Idempotency-Key', message: '应为 8–128 位字母、数字或 -_.:' },
    ]);
  return value;
});

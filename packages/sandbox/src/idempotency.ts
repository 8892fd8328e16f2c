import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { canonicalJson } from './canonical-json';

// Idempotency-Key handling shared by the platform's write routes (approval, 好差评): the header's shape, and the
// fingerprint that decides whether a repeated key carries the same request.

/** An Idempotency-Key: 8 to 128 visible ASCII characters. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

export const BAD_IDEMPOTENCY_KEY = 'Idempotency-Key header must be 8 to 128 visible ASCII characters';

/** 422's business code: the key was used before with another body. */
export const IDEMPOTENCY_CONFLICT = '40022';

export const conflict = {
  status: 422,
  code: IDEMPOTENCY_CONFLICT,
  msg: 'Idempotency-Key was already used with a different body',
};

/** The key header when it is well formed, else null (a 400). */
export function idempotencyKeyOf(req: FastifyRequest): string | null {
  const key = req.headers['idempotency-key'];
  return typeof key === 'string' && IDEMPOTENCY_KEY.test(key) ? key : null;
}

/**
 * SHA-256 of the body's canonical JSON, so member order does not matter. `scope` (a route's name) keeps one key
 * used on two routes from passing for the same request.
 */
export function fingerprint(body: unknown, scope = ''): string {
  return createHash('sha256')
    .update(scope)
    .update('\n')
    .update(canonicalJson(body ?? null))
    .digest('hex');
}

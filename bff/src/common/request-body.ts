import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from './errors';

/**
 * Body limits. Every JSON body of this API is a small object: sign-in, 实名认证, bookings, consents and 亮证 bodies
 * are a few hundred bytes, marking 200 notifications read ~14 KB at most. The default is the global Fastify
 * bodyLimit; routes that take more say so with @BodyLimit. A body past its route's limit is refused (413) from its
 * Content-Length before a byte is read, or as soon as a chunked body passes it. Uploads are multipart and have
 * their own limits (config `uploads`).
 */
export const DEFAULT_BODY_LIMIT = 8 * 1024;
// Application forms: the largest real body (every field of the biggest 一件事 form at its maximum length in
// 4-byte characters, every material with its maximum of files, a mail address) measured 5.8 KB in Dec 2026;
// 64 KB leaves room for forms to grow without letting a request cost more than a few ms to validate.
export const APPLICATION_BODY_LIMIT = 64 * 1024;
export const NOTIFICATION_IDS_BODY_LIMIT = 16 * 1024;

// The deepest real body is 4 levels (materials → m1 → uploadIds → id); class-transformer and zod recurse once per
// level, and 10,000 levels overflowed the stack (a 500). 32 is far above any real body and far below that.
export const MAX_JSON_DEPTH = 32;

/** This route reads bodies up to `bytes` (see DEFAULT_BODY_LIMIT for why the default is small). */
export const BodyLimit = (bytes: number): MethodDecorator => RouteConfig({ bodyLimit: bytes });

/**
 * Installs the JSON body rules on the Fastify instance: @BodyLimit becomes the route's own bodyLimit (an onRoute
 * hook, so it must run before Nest registers its routes), and application/json bodies go through `parseJsonBody`.
 */
export function installBodyRules(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
    if (typeof limit === 'number' && route.bodyLimit === undefined) route.bodyLimit = limit;
  });
}

/**
 * The parser for application/json: refuses before JSON.parse a body nested deeper than MAX_JSON_DEPTH, and
 * after it anything but an object (every body of this API is one: a 1 MB array used to reach class-validator
 * and come back as one error per element). Both are 400 REQUEST_MALFORMED with no details. Parsing itself is
 * Fastify's (prototype-poisoning checks included).
 */
export function jsonBodyParser(
  fastify: FastifyInstance,
): (request: FastifyRequest, body: Buffer, done: (err: Error | null, body?: unknown) => void) => void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  return (request, body, done) => {
    if (depthExceeds(body, MAX_JSON_DEPTH))
      return done(new AppError('REQUEST_MALFORMED', '提交的内容层级太多，请刷新后重试'));
    parse(request, body.toString('utf8'), (err: Error | null, parsed?: unknown) => {
      if (err) return done(err);
      if (!isPlainObject(parsed)) return done(notAnObject());
      done(null, parsed);
    });
  };
}

export const notAnObject = (): AppError => new AppError('REQUEST_MALFORMED', '提交的内容格式不正确，请刷新后重试');

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * Whether JSON text opens more than `max` objects or arrays at once. One pass over the bytes, tracking strings and
 * escapes; multi-byte UTF-8 never contains the ASCII bytes looked at, so no decoding is needed. Malformed text is
 * left to JSON.parse.
 */
export function depthExceeds(text: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

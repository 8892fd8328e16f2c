import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface SerializedBody {
  body: string;
  etag: string;
}

// Keyed by the answer object itself: an answer that is cached and sent again (a guide, a popular search page)
// is serialised and hashed once, and the entry goes when the answer is dropped from its cache.
const bodies = new WeakMap<object, SerializedBody>();

/** The JSON text and a weak ETag of an answer that is shared between requests and never mutated. */
export function serializeOnce(answer: object): SerializedBody {
  let entry = bodies.get(answer);
  if (!entry) {
    const body = JSON.stringify(answer);
    entry = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
    bodies.set(answer, entry);
  }
  return entry;
}

/** Sends an already serialised answer with its ETag (the onSend hook below turns a match into 304). */
export function sendSerialized(reply: FastifyReply, entry: SerializedBody): string {
  void reply.header('etag', entry.etag).type('application/json; charset=utf-8');
  return entry.body;
}

/**
 * Fastify onSend hook: a 200 whose ETag the client already holds (If-None-Match) becomes a bodiless 304, so a
 * phone on a weak village connection re-downloads a guide only when it changed.
 */
export function notModified(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
  done: (err: null, payload: unknown) => void,
): void {
  const etag = reply.getHeader('etag');
  if (reply.statusCode === 200 && typeof etag === 'string' && clientHolds(request, etag)) {
    void reply.code(304);
    done(null, '');
    return;
  }
  done(null, payload);
}

/** Whether the request's If-None-Match names this ETag (or any). */
export function clientHolds(request: FastifyRequest, etag: string): boolean {
  const held = request.headers['if-none-match'];
  return typeof held === 'string' && held.split(/\s*,\s*/).some((t) => t === etag || t === '*');
}

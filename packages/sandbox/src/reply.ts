import type { FastifyReply } from 'fastify';
import type { Envelope } from './wire';

/** The provincial platform's success envelope. */
export const ok = <T>(data: T): Envelope<T> => ({ code: '200', msg: 'success', data });

/** The platform's failure envelope: the HTTP status, repeated as a string in `code`. */
export function fail(reply: FastifyReply, status: number, msg: string): FastifyReply {
  return reply.code(status).send({ code: String(status), msg, data: null } satisfies Envelope<null>);
}

/** A JSON object body, or null for anything else (arrays, strings, nothing). */
export function objectBody(body: unknown): Record<string, unknown> | null {
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}

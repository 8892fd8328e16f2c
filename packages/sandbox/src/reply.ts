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

/** What a state operation answers: the value, or a refusal with its status and, for business refusals, a code. */
export type Outcome<T> = { ok: T } | { status: number; code?: string; msg: string };

/** The envelope of a refusal; business refusals carry their own code (40022, 40901 …) instead of the status. */
export function refuse(reply: FastifyReply, outcome: { status: number; code?: string; msg: string }): FastifyReply {
  if (!outcome.code) return fail(reply, outcome.status, outcome.msg);
  return reply.code(outcome.status).send({ code: outcome.code, msg: outcome.msg, data: null } satisfies Envelope<null>);
}

/** The success envelope (or `wrap` of the value, for plain-JSON back doors), else the refusal. */
export function answer<T>(reply: FastifyReply, outcome: Outcome<T>, wrap: (v: T) => unknown = ok): unknown {
  return 'ok' in outcome ? wrap(outcome.ok) : refuse(reply, outcome);
}

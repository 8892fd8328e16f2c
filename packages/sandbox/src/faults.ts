import type { FastifyInstance } from 'fastify';
import type { Faults } from './wire';

export const NO_FAULTS: Faults = Object.freeze({ latencyMs: 0, errorRate: 0, outage: false, pathPrefix: null });

/** Control routes: never faulted, so a test can always switch faults off again. */
export const CONTROL_PREFIX = '/__sandbox/';

/** Fills omitted fields with the defaults: setting faults replaces the whole set, it does not merge. */
export function completeFaults(partial: Partial<Faults> = {}): Faults {
  return { ...NO_FAULTS, ...partial };
}

/** Parses a PUT body; returns an error message for anything that is not a valid fault set. */
export function parseFaults(body: unknown): Faults | string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body must be a JSON object';
  const b = body as Record<string, unknown>;
  const known = ['latencyMs', 'errorRate', 'outage', 'pathPrefix'];
  const unknown = Object.keys(b).filter((k) => !known.includes(k));
  if (unknown.length) return `unknown fields: ${unknown.join(', ')}`;
  if (
    b.latencyMs !== undefined &&
    !(typeof b.latencyMs === 'number' && Number.isFinite(b.latencyMs) && b.latencyMs >= 0 && b.latencyMs <= 120_000)
  ) {
    return 'latencyMs must be a number of milliseconds between 0 and 120000';
  }
  if (b.errorRate !== undefined && !(typeof b.errorRate === 'number' && b.errorRate >= 0 && b.errorRate <= 1)) {
    return 'errorRate must be a number between 0 and 1';
  }
  if (b.outage !== undefined && typeof b.outage !== 'boolean') return 'outage must be a boolean';
  if (
    b.pathPrefix !== undefined &&
    b.pathPrefix !== null &&
    !(typeof b.pathPrefix === 'string' && b.pathPrefix.startsWith('/'))
  ) {
    return 'pathPrefix must be a path starting with / or null';
  }
  return completeFaults(b as Partial<Faults>);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Injects the current faults before routing: an outage drops the connection without a byte of answer (what a
 * dead upstream behind a load balancer looks like to axios), latency delays, and errorRate answers 503.
 */
export function installFaults(app: FastifyInstance, current: () => Faults): void {
  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0];
    const faults = current();
    if (path.startsWith(CONTROL_PREFIX)) return;
    if (faults.pathPrefix !== null && !path.startsWith(faults.pathPrefix)) return;
    if (faults.outage) {
      reply.hijack();
      req.raw.socket.destroy();
      return;
    }
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    // errorRate 1 must always fail and 0 never, hence < rather than <=
    if (faults.errorRate > 0 && Math.random() < faults.errorRate) {
      return reply.code(503).send({ code: '503', msg: 'sandbox: injected fault', data: null });
    }
  });
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApprovalCallbacks } from './approval-callbacks';
import {
  isError,
  parseApplication,
  parseSupplementAnswer,
  parseSupplementItems,
  type CatalogLookup,
} from './approval-input';
import { ApprovalState } from './approval-state';
import { BAD_IDEMPOTENCY_KEY, fingerprint, idempotencyKeyOf } from './idempotency';
import { answer, fail, objectBody, ok } from './reply';
import { parseCallbackSetting, type CallbackConfig } from './signed-callbacks';

export interface ApprovalOptions {
  catalog: CatalogLookup;
  clock: () => number;
  /** Every this many ms each open application advances one step; 0 (the default) leaves it to the back door. */
  autoAdvanceMs?: number;
  callback?: CallbackConfig | null;
}

/** Bodies carry uploads as base64: a 20 MB file is about 27 MB on the wire. */
export const APPROVAL_BODY_LIMIT = 30 * 1024 * 1024;
const MAX_STEPS = 20;

export interface ApprovalHandle {
  /** Pauses (false) or resumes (true) auto-advance, as the server stops and starts. */
  setRunning(running: boolean): void;
  close(): void;
}

type Params = { Params: { no: string } };

/** The provincial approval system (/approval/v1/…) and its back doors (/__sandbox/approval/…). */
export function registerApproval(app: FastifyInstance, options: ApprovalOptions): ApprovalHandle {
  const callbacks = new ApprovalCallbacks(options.callback);
  const state = new ApprovalState(options.clock, (no, event) => callbacks.enqueue(no, event));

  app.post('/approval/v1/applications', { bodyLimit: APPROVAL_BODY_LIMIT }, async (req, reply) => {
    const key = idempotencyKeyOf(req);
    if (!key) return fail(reply, 400, BAD_IDEMPOTENCY_KEY);
    const print = fingerprint(req.body);
    const replayed = state.replay(key, print);
    if (replayed) return answer(reply, replayed);
    const parsed = parseApplication(req.body, options.catalog);
    if (isError(parsed)) return fail(reply, 400, parsed.error);
    const { task, theme: _theme, ...request } = parsed;
    return ok(state.submit(key, print, request, task));
  });

  app.get('/approval/v1/applications/:no', async (req: FastifyRequest<Params>, reply) => {
    const view = state.view(req.params.no);
    return view ? ok(view) : fail(reply, 404, `application ${req.params.no} not found`);
  });

  app.post(
    '/approval/v1/applications/:no/supplements',
    { bodyLimit: APPROVAL_BODY_LIMIT },
    async (req: FastifyRequest<Params>, reply) => {
      const key = idempotencyKeyOf(req);
      if (!key) return fail(reply, 400, BAD_IDEMPOTENCY_KEY);
      const parsed = parseSupplementAnswer(req.body);
      if (isError(parsed)) return fail(reply, 400, parsed.error);
      return answer(reply, state.answerSupplement(req.params.no, key, fingerprint(req.body), parsed));
    },
  );

  app.post('/__sandbox/approval/advance', async (req, reply) => {
    const body = objectBody(req.body ?? {});
    if (!body) return fail(reply, 400, 'body must be a JSON object');
    const no = body.application_no ?? null;
    if (no !== null && typeof no !== 'string') return fail(reply, 400, 'application_no must be a string');
    const steps = body.steps ?? 1;
    if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS) {
      return fail(reply, 400, `steps must be a whole number between 1 and ${MAX_STEPS}`);
    }
    return answer(reply, state.advance(no, steps), (advanced) => ({ advanced }));
  });

  app.post('/__sandbox/approval/applications/:no/supplement-request', async (req: FastifyRequest<Params>, reply) => {
    const items = parseSupplementItems(req.body);
    if (isError(items)) return fail(reply, 400, items.error);
    return answer(reply, state.requestSupplement(req.params.no, items), (event) => ({ event }));
  });

  app.post('/__sandbox/approval/applications/:no/reject', async (req: FastifyRequest<Params>, reply) => {
    const reason = objectBody(req.body)?.reason;
    if (typeof reason !== 'string' || reason.trim() === '' || reason.length > 500)
      return fail(reply, 400, 'reason must be a non-empty string of at most 500 characters');
    return answer(reply, state.reject(req.params.no, reason.trim()), (event) => ({ event }));
  });

  app.get('/__sandbox/approval/applications', async () => ({ items: state.listing() }));

  app.put('/__sandbox/approval/callback', async (req, reply) => {
    const setting = parseCallbackSetting(req.body);
    if (typeof setting === 'string') return fail(reply, 400, setting);
    callbacks.configure(setting);
    return { url: setting?.url ?? null };
  });

  app.post('/__sandbox/approval/callbacks/replay', async (req, reply) => {
    const body = objectBody(req.body);
    const no = body?.application_no;
    if (typeof no !== 'string') return fail(reply, 400, 'application_no must be a string');
    if (body?.order !== 'reverse' && body?.order !== 'duplicate')
      return fail(reply, 400, 'order must be reverse or duplicate');
    const events = state.events(no);
    if (!events) return fail(reply, 404, `application ${no} not found`);
    if (callbacks.url === null) return fail(reply, 409, 'no callback URL is configured');
    const order = body.order === 'reverse' ? events.reverse() : events.flatMap((e) => [e, e]);
    return { sent: await callbacks.sendInOrder(no, order) };
  });

  let timer: NodeJS.Timeout | null = null;
  const autoAdvanceMs = options.autoAdvanceMs ?? 0;
  const setRunning = (running: boolean): void => {
    if (timer) clearInterval(timer);
    timer = null;
    if (running && autoAdvanceMs > 0) {
      timer = setInterval(() => state.advance(null, 1), autoAdvanceMs);
      timer.unref();
    }
  };
  setRunning(true);

  return {
    setRunning,
    close: () => {
      setRunning(false);
      callbacks.close();
    },
  };
}

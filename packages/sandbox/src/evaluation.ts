import type { FastifyInstance, FastifyRequest } from 'fastify';
import { registerEvaluationBackdoors } from './evaluation-backdoors';
import { parseAnswer, parseCaseAction, parseEvaluation, parseRevision } from './evaluation-input';
import { EvaluationState, NOT_ALLOWED } from './evaluation-state';
import type { EvaluationCallback } from './evaluation-wire';
import { BAD_IDEMPOTENCY_KEY, fingerprint, idempotencyKeyOf } from './idempotency';
import { isError } from './input-checks';
import { answer, fail, ok, refuse } from './reply';
import { CallbackSender, type CallbackConfig } from './signed-callbacks';

export interface EvaluationOptions {
  clock: () => number;
  callback?: CallbackConfig | null;
}

/** Up to 3 photos of 5 MB travel as base64 (about 20 MB) beside the rest of the body. */
export const EVALUATION_BODY_LIMIT = 20 * 1024 * 1024;

export interface EvaluationHandle {
  close(): void;
}

type Params = { Params: { id: string } };

/** The provincial 好差评 system (/evaluation/v1/…) and its back doors (/__sandbox/evaluation…). */
export function registerEvaluation(app: FastifyInstance, options: EvaluationOptions): EvaluationHandle {
  const callbacks = new CallbackSender<EvaluationCallback>(options.callback, {
    timestamp: 'x-evaluation-timestamp',
    signature: 'x-evaluation-signature',
  });
  // One chain per case, so each case's events arrive in seq order.
  const state = new EvaluationState(options.clock, (evaluationId, caseNo, event) =>
    callbacks.enqueue(caseNo, { evaluation_id: evaluationId, case_no: caseNo, event }),
  );

  app.post('/evaluation/v1/evaluations', { bodyLimit: EVALUATION_BODY_LIMIT }, async (req, reply) => {
    const key = idempotencyKeyOf(req);
    if (!key) return fail(reply, 400, BAD_IDEMPOTENCY_KEY);
    // As in the approval system, a known key is answered before the body is checked.
    const print = fingerprint(req.body, 'evaluation');
    const replayed = state.replay(key, print);
    if (replayed) return answer(reply, replayed);
    const parsed = parseEvaluation(req.body);
    if (isError(parsed)) return fail(reply, 400, parsed.error);
    return answer(reply, state.submit(key, print, parsed));
  });

  app.get('/evaluation/v1/evaluations/:id', async (req: FastifyRequest<Params>, reply) => {
    const view = state.view(req.params.id);
    return view ? ok(view) : fail(reply, 404, `evaluation ${req.params.id} not found`);
  });

  /**
   * The three routes that change one evaluation share their order of checks: key header, evaluation known, key
   * seen before (then the evaluation as it is now, without acting twice), body, and only then the act.
   */
  const keyed = <T>(
    path: string,
    scope: string,
    parse: (body: unknown, id: string) => T | { error: string } | null,
    act: (id: string, key: string, print: string, parsed: T) => ReturnType<EvaluationState['act']>,
  ): void => {
    app.post(path, { bodyLimit: EVALUATION_BODY_LIMIT }, async (req: FastifyRequest<Params>, reply) => {
      const key = idempotencyKeyOf(req);
      if (!key) return fail(reply, 400, BAD_IDEMPOTENCY_KEY);
      const { id } = req.params;
      const print = fingerprint(req.body, scope);
      const replayed = state.replayOn(id, key, print);
      if (replayed) return answer(reply, replayed);
      const parsed = parse(req.body, id);
      if (parsed === null)
        return refuse(reply, { status: 409, code: NOT_ALLOWED, msg: 'action is not an action of the case' });
      if (isError(parsed)) return fail(reply, 400, parsed.error);
      return answer(reply, act(id, key, print, parsed));
    });
  };

  // replayOn has answered 404 for an unknown id, so the indicator set is there.
  keyed(
    '/evaluation/v1/evaluations/:id/revisions',
    'revision',
    (body, id) => parseRevision(body, state.indicatorSetOf(id) ?? 'online-2019'),
    (id, key, print, content) => state.revise(id, key, print, content),
  );
  keyed('/evaluation/v1/evaluations/:id/case/actions', 'action', parseCaseAction, (id, key, print, request) =>
    state.act(id, key, print, request),
  );
  keyed('/evaluation/v1/evaluations/:id/case/answer', 'answer', parseAnswer, (id, key, print, request) =>
    state.answerCase(id, key, print, request),
  );

  registerEvaluationBackdoors(app, state, callbacks);
  return { close: () => callbacks.close() };
}

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { EvaluationState } from './evaluation-state';
import type { EvaluationCallback } from './evaluation-wire';
import { answer, fail, objectBody } from './reply';
import { parseCallbackSetting, type CallbackSender } from './signed-callbacks';

// Test controls of the 好差评 stand-in (plain JSON; never in production): what was received, moving a case as an
// office would, and where callbacks go.

const MAX_STEPS = 5;

export function registerEvaluationBackdoors(
  app: FastifyInstance,
  state: EvaluationState,
  callbacks: CallbackSender<EvaluationCallback>,
): void {
  app.get('/__sandbox/evaluations', async () => ({ items: state.listing() }));

  app.post('/__sandbox/evaluations/:id/advance', async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    const body = objectBody(req.body ?? {});
    if (!body) return fail(reply, 400, 'body must be a JSON object');
    const steps = body.steps ?? 1;
    if (typeof steps !== 'number' || !Number.isInteger(steps) || steps < 1 || steps > MAX_STEPS)
      return fail(reply, 400, `steps must be a whole number between 1 and ${MAX_STEPS}`);
    return answer(reply, state.advance(req.params.id, steps), (evaluation) => ({ evaluation }));
  });

  app.put('/__sandbox/evaluation/callback', async (req, reply) => {
    const setting = parseCallbackSetting(req.body);
    if (typeof setting === 'string') return fail(reply, 400, setting);
    callbacks.configure(setting);
    return { url: setting?.url ?? null };
  });
}

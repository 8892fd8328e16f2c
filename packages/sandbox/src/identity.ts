import type { FastifyInstance } from 'fastify';
import { fail, objectBody, ok } from './reply';
import type { IdentityVerdict, Resident } from './wire';

const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;
const MAX_NAME_CHARS = 50;

/**
 * The provincial identity service (实名核验) over the sandbox's registry, and GET /__sandbox/residents. The ID
 * number only ever travels in the body; error messages never repeat it.
 */
export function registerIdentity(app: FastifyInstance, residents: readonly Resident[]): void {
  const byIdNumber = new Map(residents.map((r) => [r.id_number, r]));

  app.post('/identity/v1/verify', async (req, reply) => {
    const body = objectBody(req.body);
    if (!body) return fail(reply, 400, 'body must be a JSON object with name and id_number');
    const { name, id_number: idNumber } = body;
    if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME_CHARS) {
      return fail(reply, 400, `name must be a non-empty string of at most ${MAX_NAME_CHARS} characters`);
    }
    if (typeof idNumber !== 'string' || !ID_NUMBER_SHAPE.test(idNumber.trim().toUpperCase())) {
      return fail(reply, 400, 'id_number must be 18 characters: 17 digits and a digit or X');
    }
    const resident = byIdNumber.get(idNumber.trim().toUpperCase());
    const verdict: IdentityVerdict = !resident
      ? { match: false, reason: 'not_found' }
      : resident.name === name.trim()
        ? { match: true, reason: null }
        : { match: false, reason: 'name_mismatch' };
    return ok(verdict);
  });

  app.get('/__sandbox/residents', async () => ({ residents }));
}

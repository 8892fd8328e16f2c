import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LicenceLibrary } from './licence-library';
import { fail, objectBody, ok } from './reply';
import type { IssuedLicence } from './seed/licence-issue';

const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;

type ById = FastifyRequest<{ Params: { licence_id: string } }>;

/** The e-licence library (电子证照库) and its back doors. The holder's ID number only travels in a body. */
export function registerLicences(app: FastifyInstance, issued: readonly IssuedLicence[], clock: () => number): void {
  const library = new LicenceLibrary(issued, clock);

  app.post('/licence/v1/licences/query', async (req, reply) => {
    const body = objectBody(req.body);
    if (!body) return fail(reply, 400, 'body must be a JSON object with holder_id_number and holder_name');
    const { holder_id_number: idNumber, holder_name: name } = body;
    if (typeof idNumber !== 'string' || !ID_NUMBER_SHAPE.test(idNumber.trim().toUpperCase())) {
      return fail(reply, 400, 'holder_id_number must be 18 characters: 17 digits and a digit or X');
    }
    if (typeof name !== 'string' || !name.trim()) return fail(reply, 400, 'holder_name must be a non-empty string');
    return ok({ rows: library.rowsFor(idNumber.trim().toUpperCase(), name.trim()) });
  });

  app.get('/licence/v1/licences/:licence_id', async (req: ById, reply) => {
    const licence = library.get(req.params.licence_id);
    return licence ? ok(licence) : fail(reply, 404, 'licence not found');
  });

  app.get('/licence/v1/keys', async () => ok({ keys: [library.key] }));

  app.post('/__sandbox/licences/:licence_id/tamper', async (req: ById, reply) =>
    library.tamper(req.params.licence_id) ? { ok: true } : fail(reply, 404, 'licence not found'),
  );

  app.post('/__sandbox/licences/:licence_id/revoke', async (req: ById, reply) =>
    library.revoke(req.params.licence_id) ? { ok: true } : fail(reply, 404, 'licence not found'),
  );
}

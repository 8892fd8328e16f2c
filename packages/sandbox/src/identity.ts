import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { fail, objectBody, ok } from './reply';
import type { IdentityVerdict, PhoneIdentityVerdict, Resident } from './wire';

const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;
const PHONE_SHAPE = /^1[3-9]\d{9}$/;
const MAX_NAME_CHARS = 50;

type Checked = { name: string; idNumber: string } | string;

function readNameAndId(body: Record<string, unknown>): Checked {
  const { name, id_number: idNumber } = body;
  if (typeof name !== 'string' || !name.trim() || name.length > MAX_NAME_CHARS)
    return `name must be a non-empty string of at most ${MAX_NAME_CHARS} characters`;
  if (typeof idNumber !== 'string' || !ID_NUMBER_SHAPE.test(idNumber.trim().toUpperCase()))
    return 'id_number must be 18 characters: 17 digits and a digit or X';
  return { name: name.trim(), idNumber: idNumber.trim().toUpperCase() };
}

/**
 * The provincial identity service (实名核验) over the sandbox's registry, and GET /__sandbox/residents. Two checks:
 * name + ID number (二要素), and name + ID number + the phone registered to that ID number (三要素, what the
 * carriers' 手机号三要素核验 answers; in the sandbox a resident's registered phone is their registry `phone`).
 * The ID number and phone only ever travel in the body; error messages never repeat them.
 */
export function registerIdentity(app: FastifyInstance, residents: readonly Resident[]): void {
  const byIdNumber = new Map(residents.map((r) => [r.id_number, r]));
  // The phone each ID number is registered to at the carriers: the registry's, until a test moves it (a resident
  // takes a new number; an old number is re-issued to someone else).
  const registeredPhone = new Map(residents.map((r) => [r.id_number, r.phone]));
  const nameCheck = (given: { name: string; idNumber: string }): IdentityVerdict => {
    const resident = byIdNumber.get(given.idNumber);
    if (!resident) return { match: false, reason: 'not_found' };
    return resident.name === given.name ? { match: true, reason: null } : { match: false, reason: 'name_mismatch' };
  };
  const badRequest = (reply: FastifyReply, problem: string): FastifyReply => fail(reply, 400, problem);

  app.post('/identity/v1/verify', async (req, reply) => {
    const body = objectBody(req.body);
    if (!body) return badRequest(reply, 'body must be a JSON object with name and id_number');
    const given = readNameAndId(body);
    if (typeof given === 'string') return badRequest(reply, given);
    return ok(nameCheck(given));
  });

  app.post('/identity/v1/phone-verify', async (req, reply) => {
    const body = objectBody(req.body);
    if (!body) return badRequest(reply, 'body must be a JSON object with name, id_number and phone');
    const given = readNameAndId(body);
    if (typeof given === 'string') return badRequest(reply, given);
    if (typeof body.phone !== 'string' || !PHONE_SHAPE.test(body.phone))
      return badRequest(reply, 'phone must be a mainland mobile number (11 digits, 1[3-9]…)');
    const names = nameCheck(given);
    const verdict: PhoneIdentityVerdict = !names.match
      ? names
      : registeredPhone.get(given.idNumber) === body.phone
        ? { match: true, reason: null }
        : { match: false, reason: 'phone_mismatch' };
    return ok(verdict);
  });

  // 人脸核验: a face checked on a phone leaves an opaque result; the server asks whose it was and whether it passed.
  // Each result answers once and for 10 minutes (a result copied off a phone cannot be used again).
  const faceResults = new Map<string, { name: string; idNumber: string; passed: boolean; until: number }>();
  app.post('/identity/v1/face/identify', async (req, reply) => {
    const body = objectBody(req.body);
    const token = body?.verify_result;
    if (typeof token !== 'string' || token.length < 8 || token.length > 128)
      return badRequest(reply, 'verify_result must be a string of 8 to 128 characters');
    const found = faceResults.get(token);
    faceResults.delete(token);
    if (!found || found.until < Date.now()) return fail(reply, 404, 'no such face verification result, or it was used');
    return ok({ passed: found.passed, name: found.name, id_number: found.idNumber });
  });

  // Back door: what the phone's face check would give for a registry resident.
  app.post('/__sandbox/face/results', async (req, reply) => {
    const body = objectBody(req.body);
    if (!body) return badRequest(reply, 'body must be a JSON object with name, id_number and passed');
    const given = readNameAndId(body);
    if (typeof given === 'string') return badRequest(reply, given);
    if (!byIdNumber.has(given.idNumber)) return badRequest(reply, 'id_number must be a registry resident’s');
    if (typeof body.passed !== 'boolean') return badRequest(reply, 'passed must be a boolean');
    const token = `FACE${randomBytes(16).toString('hex')}`;
    faceResults.set(token, { ...given, passed: body.passed, until: Date.now() + 600_000 });
    return ok({ verify_result: token });
  });

  app.get('/__sandbox/residents', async () => ({ residents }));

  // Back door: register another phone to an ID number (a new SIM in the resident's name), as the carriers would.
  app.post('/__sandbox/identity/phones', async (req, reply) => {
    const body = objectBody(req.body);
    const idNumber = typeof body?.id_number === 'string' ? body.id_number.trim().toUpperCase() : '';
    if (!byIdNumber.has(idNumber)) return badRequest(reply, 'id_number must be a registry resident’s');
    if (typeof body?.phone !== 'string' || !PHONE_SHAPE.test(body.phone))
      return badRequest(reply, 'phone must be a mainland mobile number');
    registeredPhone.set(idNumber, body.phone);
    return ok({ registered: true });
  });
}

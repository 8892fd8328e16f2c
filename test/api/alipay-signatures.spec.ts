import { generateKeyPairSync } from 'node:crypto';
import type { ErrorBody, Session } from '@zsb/contracts';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { alipayCode, post } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The sandbox's gateway checks each request's RSA2 sign with the app key registered there and signs each answer,
// as Alipay does. A BFF holding the wrong key on either side must not sign anybody in.
const stranger = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});

async function residents(sys: RunningSystem): Promise<number> {
  const row = await sys.app
    .get(DatabaseConnection)
    .db.selectFrom('resident')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function expectSignInRefused(sys: RunningSystem): Promise<void> {
  const before = await residents(sys);
  const res = await post<ErrorBody & Partial<Session>>(sys, '/api/v1/auth/alipay', {
    code: await alipayCode(sys, '2088000077770001'),
  });
  expect(res.status).toBe(503);
  expect(res.body.code).toBe('UPSTREAM_UNAVAILABLE');
  expect(res.body.message).toMatch(/请稍后再试/);
  expect(res.body.accessToken).toBeUndefined();
  expect(await residents(sys)).toBe(before);
}

describe('Alipay gateway signatures', () => {
  it('signs the resident in when both keys are the ones the gateway knows', async () => {
    const sys = await startSystem({ synced: false });
    try {
      const res = await post<Session>(sys, '/api/v1/auth/alipay', { code: await alipayCode(sys, '2088000077770002') });
      expect(res.status).toBe(200);
      expect(res.body.resident.signInMethods).toEqual(['alipay']);
    } finally {
      await sys.close();
    }
  });

  it('signs nobody in when the BFF signs with a key the gateway does not know (the gateway refuses the call)', async () => {
    const sys = await startSystem({ synced: false, env: { ALIPAY_PRIVATE_KEY_PEM: stranger.privateKey } });
    try {
      await expectSignInRefused(sys);
    } finally {
      await sys.close();
    }
  });

  it('signs nobody in when the answer is not signed by the gateway the BFF trusts', async () => {
    const sys = await startSystem({ synced: false, env: { ALIPAY_PUBLIC_KEY_PEM: stranger.publicKey } });
    try {
      await expectSignInRefused(sys);
    } finally {
      await sys.close();
    }
  });
});

import type { Session } from '@zsb/contracts';
import { decodeJwt, SignJWT } from 'jose';
import { AppConfig } from '../../bff/src/config/app-config';
import { bearer, sandboxResidents, signInWechat } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The attack: a token with the right signature but no expiry is a key to the account for ever (jose accepts a JWT
// without exp unless told to require it). Whoever could once mint one — a leaked key later rotated is not the
// case here, a past bug or a test tool is — must not get a session that never ends.
let sys: RunningSystem;
let session: Session;
beforeAll(async () => {
  sys = await startSystem({ synced: false });
  session = await signInWechat(sys, (await sandboxResidents(sys))[0].wechat_openid);
});
afterAll(() => sys.close(), 120_000);

/** A token signed with the BFF's own (test-profile) key, carrying the claims of a real session but `without` some. */
async function forged(without: string[]): Promise<string> {
  const claims = decodeJwt(session.accessToken);
  const jwt = new SignJWT({ sid: claims.sid })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(claims.iss!)
    .setAudience(claims.aud!)
    .setSubject(claims.sub!);
  jwt.setJti(`forged-${without.join('-')}`);
  if (!without.includes('iat')) jwt.setIssuedAt();
  if (!without.includes('exp')) jwt.setExpirationTime('10m');
  return jwt.sign(new TextEncoder().encode(sys.app.get(AppConfig).auth.jwtSecret));
}

const me = (token: string) =>
  sys.get<{ code?: string }>('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });

describe('an access token', () => {
  it('with every claim and the right key is a session (the forgery itself is sound)', async () => {
    expect((await me(await forged([]))).status).toBe(200);
    expect((await sys.get('/api/v1/me', { headers: bearer(session) })).status).toBe(200);
  });

  it.each([[['exp']], [['iat']], [['exp', 'iat']]])('without %j is refused as invalid', async (without) => {
    const token = await forged(without);
    for (let i = 0; i < 2; i++) {
      // twice: a refused token must not have entered the cache of checked tokens either
      const res = await me(token);
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 401, code: 'AUTH_TOKEN_INVALID' });
    }
  });
});

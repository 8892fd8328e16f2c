import type { ErrorBody, ResidentProfile, Session } from '@zsb/contracts';
import { SignJWT } from 'jose';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { loadConfig } from '../../bff/src/config/config.loader';
import { alipayCode, bearer, post, signInWechat, wechatCode } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close(), 120_000);

const me = (headers: Record<string, string>) => sys.get<ResidentProfile & ErrorBody>('/api/v1/me', { headers });
const openid = (): string => `o${Math.random().toString(36).slice(2, 12).padEnd(10, '0')}test`;

describe('signing in from WeChat and Alipay', () => {
  it('turns a wx.login code into a session, and the same WeChat user into the same resident', async () => {
    const user = openid();
    const first = await signInWechat(sys, user);
    expect(first.accessToken).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(first.accessTokenExpiresAt).toMatch(/\+08:00$/);
    expect(first.resident).toMatchObject({ verified: false, signInMethods: ['wechat'] });
    const profile = await me(bearer(first));
    expect(profile.status).toBe(200);
    expect(profile.body.id).toBe(first.resident.id);
    const again = await signInWechat(sys, user);
    expect(again.resident.id).toBe(first.resident.id);
    expect(again.refreshToken).not.toBe(first.refreshToken);
  });

  it('refuses a code used twice or made up, with a message that says what to do', async () => {
    const code = await wechatCode(sys, openid());
    expect((await post(sys, '/api/v1/auth/wechat', { code })).status).toBe(200);
    const reused = await post<ErrorBody>(sys, '/api/v1/auth/wechat', { code });
    expect(reused.status).toBe(401);
    expect(reused.body.code).toBe('LOGIN_CODE_INVALID');
    expect(reused.body.message).toContain('重新打开小程序');
    const madeUp = await post<ErrorBody>(sys, '/api/v1/auth/wechat', { code: 'abcdefgh12345678' });
    expect(madeUp.body.code).toBe('LOGIN_CODE_INVALID');
    const malformed = await post<ErrorBody>(sys, '/api/v1/auth/wechat', { code: '../../etc/passwd' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.code).toBe('VALIDATION_FAILED');
  });

  it('signs in from Alipay with an auth code', async () => {
    const code = await alipayCode(sys, '2088000012345678');
    const res = await post<Session>(sys, '/api/v1/auth/alipay', { code });
    expect(res.status).toBe(200);
    expect(res.body.resident.signInMethods).toEqual(['alipay']);
    const reused = await post<ErrorBody>(sys, '/api/v1/auth/alipay', { code });
    expect(reused.body.code).toBe('LOGIN_CODE_INVALID');
  });
});

describe('access tokens', () => {
  const config = loadConfig({ APP_ENV: 'test' });
  const forge = async (claims: {
    secret?: string;
    aud?: string;
    iss?: string;
    expSec?: number;
    sub: string;
    sid: string;
  }): Promise<string> =>
    new SignJWT({ sid: claims.sid })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub)
      .setIssuer(claims.iss ?? 'zsb-bff')
      .setAudience(claims.aud ?? 'zsb-mini')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + (claims.expSec ?? 600))
      .sign(new TextEncoder().encode(claims.secret ?? config.auth.jwtSecret));

  it('needs a token, and refuses expired, forged, foreign-audience and unsigned ones', async () => {
    const session = await signInWechat(sys, openid());
    const { sub, sid } = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as {
      sub: string;
      sid: string;
    };
    // The control: a token made the way the BFF makes it is accepted, so the refusals below are about the one flaw.
    expect((await me({ authorization: `Bearer ${await forge({ sub, sid })}` })).status).toBe(200);

    const none = await me({});
    expect(none.status).toBe(401);
    expect(none.body.code).toBe('AUTH_REQUIRED');
    const cases = {
      expired: await forge({ sub, sid, expSec: -60 }),
      'wrong signature': await forge({ sub, sid, secret: 'another-secret-of-at-least-thirty-two-chars' }),
      'wrong audience': await forge({ sub, sid, aud: 'someone-else' }),
      'wrong issuer': await forge({ sub, sid, iss: 'evil' }),
      'another resident in the same session': await forge({ sub: 'someone-else-entirely', sid }),
      unsigned: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${session.accessToken.split('.')[1]}.`,
    };
    for (const [what, token] of Object.entries(cases)) {
      const res = await me({ authorization: `Bearer ${token}` });
      expect([what, res.status, res.body.code]).toEqual([
        what,
        401,
        expect.stringMatching(/^AUTH_(TOKEN_INVALID|REQUIRED)$/),
      ]);
    }
  });

  it('stops working at once after logout, together with the refresh token', async () => {
    const session = await signInWechat(sys, openid());
    expect((await post(sys, '/api/v1/auth/logout', {}, bearer(session))).status).toBe(204);
    const after = await me(bearer(session));
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('AUTH_TOKEN_INVALID');
    const refresh = await post<ErrorBody>(sys, '/api/v1/auth/refresh', { refreshToken: session.refreshToken });
    expect(refresh.status).toBe(401);
    expect(refresh.body.code).toBe('REFRESH_TOKEN_INVALID');
  });
});

describe('refresh tokens', () => {
  it('rotate: each works once and answers the next', async () => {
    const first = await signInWechat(sys, openid());
    const second = await post<Session>(sys, '/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.resident.id).toBe(first.resident.id);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await me(bearer(second.body))).status).toBe(200);
    const third = await post<Session>(sys, '/api/v1/auth/refresh', { refreshToken: second.body.refreshToken });
    expect(third.status).toBe(200);
  });

  it('used twice means stolen: the whole session is revoked, for the thief and the owner alike', async () => {
    const first = await signInWechat(sys, openid());
    const owner = await post<Session>(sys, '/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    const thief = await post<ErrorBody>(sys, '/api/v1/auth/refresh', { refreshToken: first.refreshToken });
    expect(thief.status).toBe(401);
    expect(thief.body.code).toBe('REFRESH_TOKEN_INVALID');
    expect((await me(bearer(owner.body))).status).toBe(401);
    expect((await post(sys, '/api/v1/auth/refresh', { refreshToken: owner.body.refreshToken })).status).toBe(401);
  });

  it('of the same token refreshed concurrently, exactly one succeeds', async () => {
    const first = await signInWechat(sys, openid());
    const results = await Promise.all(
      Array.from({ length: 8 }, () => post(sys, '/api/v1/auth/refresh', { refreshToken: first.refreshToken })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.every((r) => r.status === 200 || r.status === 401)).toBe(true);
  });

  it('are stored only as hashes', async () => {
    const session = await signInWechat(sys, openid());
    const rows = await sys.app.get(DatabaseConnection).db.selectFrom('refresh_token').select('token_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.token_hash === session.refreshToken)).toBe(false);
  });
});

describe('rate limits on sign-in', () => {
  it('answer 429 with Retry-After and the contract body once one address tries too often', async () => {
    const results = [];
    for (let i = 0; i < 40; i++)
      results.push(await post<ErrorBody>(sys, '/api/v1/auth/wechat', { code: `madeupcode${i}xx` }));
    const limited = results.filter((r) => r.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0].body.code).toBe('RATE_LIMITED');
    expect(Number(limited[0].headers.get('retry-after'))).toBeGreaterThan(0);
    expect(results.some((r) => r.status >= 500)).toBe(false);
  });
});

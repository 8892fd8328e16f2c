import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Session } from '@zsb/contracts';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { ActingFor } from '../common/acting';
import { AppError } from '../common/errors';
import { RateLimits } from '../common/rate-limit';
import { randomId, randomToken } from '../common/random';
import { AppConfig } from '../config/app-config';
import { toShanghaiIso } from '../common/time';
import { TtlCache } from '../common/ttl-cache';
import { ResidentService } from './resident.service';
import { SessionRepository, type SignInMethod } from './session.repository';

const ISSUER = 'zsb-bff';
const SIGN_INS_PER_ACCOUNT = {
  name: 'sign-in-account',
  points: 30,
  durationSec: 600,
  message: '这个账号登录太频繁了，请 10 分钟后再试',
};
const AUDIENCE = 'zsb-mini';
// iss and aud are required by the issuer and audience options; jti is set but nothing reads it.
const REQUIRED_CLAIMS = ['exp', 'iat', 'sub', 'sid'];

export interface SignedIn {
  /** Whose the request is: the signed-in resident, or the principal when a helper acts under a 委托. */
  residentId: string;
  familyId: string;
  /** Set only on a route called under a 委托 (mandates/acting.guard.ts). */
  actingFor?: ActingFor;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/**
 * Sessions: a short-lived access token (a JWT signed with HS256 by jose, carrying the resident and the session
 * family) and a one-time refresh token stored only as its SHA-256. Each refresh uses the token and issues the
 * next one in the same family; presenting a used token revokes the whole family (it was copied). Logout revokes
 * the family, and the access tokens of a revoked family stop working at once (checked on every request).
 */
@Injectable()
export class SessionService {
  private readonly key: Uint8Array;
  // Active session families seen in the last few seconds: saves a database read on every signed-in request. A
  // revocation is seen at once by this instance (it deletes the entry) and within the TTL by the others.
  private readonly families: TtlCache<string, { residentId: string }>;
  // Tokens whose signature, issuer, audience and expiry were checked: a phone sends the same access token for its
  // whole 15 minutes, and jose's HMAC (WebCrypto, a thread-pool job) was the biggest part of a signed-in
  // request's tail latency. Revocation is still checked on every request through the family below.
  private readonly checked = new TtlCache<string, { residentId: string; familyId: string; expiresAtMs: number }>(
    60_000,
    100_000,
  );

  constructor(
    private readonly config: AppConfig,
    private readonly sessions: SessionRepository,
    private readonly residents: ResidentService,
    private readonly limits: RateLimits,
  ) {
    this.key = new TextEncoder().encode(config.auth.jwtSecret);
    this.families = new TtlCache(config.auth.sessionCheckCacheSec * 1000, 100_000);
  }

  /**
   * A first or returning sign-in by a WeChat openid, Alipay user id or provincial identity subject. `identityEnc`:
   * what the provincial identity service verified of this person (encrypted), kept with the sign-in for 实名认证.
   */
  async signIn(method: SignInMethod, subject: string, identityEnc?: string | null): Promise<Session> {
    // Per account, wherever the sign-ins come from (the per-address limit is the route's).
    await this.limits.consume(
      SIGN_INS_PER_ACCOUNT,
      createHash('sha256').update(`${method}:${subject}`).digest('base64url'),
    );
    const residentId = await this.sessions.residentForSignIn(method, subject, randomId());
    if (identityEnc !== undefined) await this.sessions.rememberSignInIdentity(method, subject, identityEnc);
    return this.start(residentId, method);
  }

  /** A new session family for a resident (sign-in, or the resident a merge led to). */
  async start(residentId: string, method: SignInMethod): Promise<Session> {
    const familyId = randomId();
    await this.sessions.createFamily(familyId, residentId, method);
    return this.issue(residentId, familyId);
  }

  async refresh(refreshToken: string): Promise<Session> {
    const used = await this.sessions.useRefreshToken(hashToken(refreshToken));
    if (used.outcome === 'reused') {
      this.families.delete(used.familyId);
      await this.sessions.revokeFamily(used.familyId, 'refresh-reuse');
      throw new AppError('REFRESH_TOKEN_INVALID');
    }
    if (used.outcome === 'invalid') throw new AppError('REFRESH_TOKEN_INVALID');
    return this.issue(used.residentId, used.familyId);
  }

  /** Ends the session of this access token: its access and refresh tokens stop working. */
  async logout(signedIn: SignedIn): Promise<void> {
    this.families.delete(signedIn.familyId);
    await this.sessions.revokeFamily(signedIn.familyId, 'logout');
  }

  async revoke(familyId: string, reason: 'merged'): Promise<void> {
    this.families.delete(familyId);
    await this.sessions.revokeFamily(familyId, reason);
  }

  /** Ends every session of a resident whose sign-ins now lead to another (joined at a window). */
  async revokeAllOf(residentId: string, reason: 'merged'): Promise<void> {
    for (const familyId of await this.sessions.revokeFamiliesOf(residentId, reason)) this.families.delete(familyId);
  }

  /** The resident behind a bearer token, or AUTH_TOKEN_INVALID for anything expired, forged, foreign or revoked. */
  async verify(accessToken: string): Promise<SignedIn> {
    let residentId: string | undefined;
    let familyId: unknown;
    const known = this.checked.get(accessToken);
    if (known && known.expiresAtMs > Date.now()) {
      residentId = known.residentId;
      familyId = known.familyId;
    } else {
      try {
        // Without requiredClaims jose accepts a token that has no exp (it never expires) or no iat; every token this
        // service issues carries all of these, so one that lacks any was not made here.
        const { payload } = await jwtVerify(accessToken, this.key, {
          issuer: ISSUER,
          audience: AUDIENCE,
          algorithms: ['HS256'],
          requiredClaims: REQUIRED_CLAIMS,
        });
        residentId = payload.sub;
        familyId = payload.sid;
        if (residentId && typeof familyId === 'string' && typeof payload.exp === 'number')
          this.checked.set(accessToken, { residentId, familyId, expiresAtMs: payload.exp * 1000 });
      } catch (e) {
        if (e instanceof joseErrors.JOSEError) throw new AppError('AUTH_TOKEN_INVALID');
        throw e;
      }
    }
    if (!residentId || typeof familyId !== 'string') throw new AppError('AUTH_TOKEN_INVALID');
    let family = this.families.get(familyId) ?? null;
    if (!family) {
      family = await this.sessions.activeFamily(familyId);
      if (family) this.families.set(familyId, { residentId: family.residentId });
    }
    if (!family || family.residentId !== residentId) throw new AppError('AUTH_TOKEN_INVALID');
    return { residentId, familyId };
  }

  private async issue(residentId: string, familyId: string): Promise<Session> {
    const now = Date.now();
    const accessExpires = new Date(now + this.config.auth.accessTokenTtlSec * 1000);
    const refreshExpires = new Date(now + this.config.auth.refreshTokenTtlSec * 1000);
    const accessToken = await new SignJWT({ sid: familyId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(residentId)
      .setJti(randomId())
      .setIssuedAt(Math.floor(now / 1000))
      .setExpirationTime(Math.floor(accessExpires.getTime() / 1000))
      .sign(this.key);
    const refreshToken = randomToken();
    await this.sessions.addRefreshToken(hashToken(refreshToken), familyId, refreshExpires);
    return {
      accessToken,
      accessTokenExpiresAt: toShanghaiIso(accessExpires),
      refreshToken,
      refreshTokenExpiresAt: toShanghaiIso(refreshExpires),
      resident: await this.residents.profile(residentId),
    };
  }
}

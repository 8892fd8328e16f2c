import { createHash, randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { OneTimeCodes } from './one-time-codes';
import { objectBody } from './reply';
import type { Resident } from './wire';

export const OAUTH_DEFAULTS = { clientId: 'zsb-h5', clientSecret: 'sandbox-oauth-secret' };
const CODE_TTL_MS = 5 * 60_000;
const TOKEN_TTL_SEC = 600;
const SHOWN_RESIDENTS = 12;

interface PendingLogin {
  sub: string;
  redirectUri: string;
  clientId: string;
  challenge: string | null;
}

type Query = Record<string, string | undefined>;

/** The subject the identity service gives a resident: stable, and not their ID number. */
export const subjectOf = (r: Resident): string =>
  `hn-${createHash('sha256').update(`sub|${r.id_number}`).digest('hex').slice(0, 24)}`;

/**
 * What userinfo says of a resident: the subject always; name, ID number and phone only for accounts the service
 * has verified in person or by face (实名认证 level), every fourth generated resident excepted so both kinds exist.
 * The README residents (the first three) are verified.
 */
export function userinfoOf(r: Resident, index: number): Record<string, unknown> {
  if (index >= 3 && index % 4 === 3) return { sub: subjectOf(r), real_name_verified: false };
  return { sub: subjectOf(r), real_name_verified: true, name: r.name, id_number: r.id_number, phone_number: r.phone };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const isHttpUrl = (s: string | undefined): s is string => {
  try {
    return !!s && /^https?:$/.test(new URL(s).protocol);
  } catch {
    return false;
  }
};
const oauthError = (reply: FastifyReply, status: number, error: string, description: string): FastifyReply =>
  reply.code(status).send({ error, error_description: description });

/**
 * The provincial unified identity service's OAuth 2.0 authorization-code flow (RFC 6749, with PKCE S256 per
 * RFC 7636) for H5: a login page where a person picks one of the sandbox's fictional residents, a token
 * endpoint and a userinfo endpoint. The real service authenticates with a password, SMS or face check instead
 * of a list.
 */
export function registerIdentityOauth(
  app: FastifyInstance,
  residents: readonly Resident[],
  options: { clientId: string; clientSecret: string; clock: () => number },
): void {
  const codes = new OneTimeCodes<PendingLogin>(CODE_TTL_MS, options.clock, () => randomBytes(24).toString('base64url'));
  const tokens = new Map<string, { sub: string; until: number }>();
  const bySub = new Map(residents.map((r) => [subjectOf(r), r]));

  const checkAuthorize = (q: Query): string | null => {
    if (q.response_type !== 'code') return 'response_type must be code';
    if (q.client_id !== options.clientId) return 'unknown client_id';
    if (!isHttpUrl(q.redirect_uri)) return 'redirect_uri must be an absolute http(s) URL';
    if (
      q.code_challenge !== undefined &&
      (q.code_challenge_method !== 'S256' || !/^[A-Za-z0-9_-]{43}$/.test(q.code_challenge))
    )
      return 'PKCE: S256 with a 43-character challenge';
    return null;
  };

  app.get('/identity/oauth/authorize', async (req, reply) => {
    const q = req.query as Query;
    const problem = checkAuthorize(q);
    if (problem) return reply.code(400).type('text/plain; charset=utf-8').send(`invalid_request: ${problem}`);
    const hidden = ['client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method']
      .filter((k) => q[k] !== undefined)
      .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(q[k] ?? '')}">`)
      .join('');
    const people = residents
      .slice(0, SHOWN_RESIDENTS)
      .map(
        (r) =>
          `<button name="sub" value="${subjectOf(r)}">${escapeHtml(r.name)}<small>${escapeHtml(r.county_name)} · ${r.id_number.slice(0, 4)}**********${r.id_number.slice(-4)}</small></button>`,
      )
      .join('');
    return reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>河南政务服务统一身份认证（沙箱）</title>
<style>body{font:18px/1.5 sans-serif;margin:0;padding:24px;background:#f3f5f8;color:#1f2329}h1{font-size:24px}
p{color:#5a616b}form{display:grid;gap:12px}button{font:inherit;text-align:left;padding:16px;border:2px solid #1557b0;border-radius:12px;background:#fff;color:#1557b0;min-height:60px}
small{display:block;color:#5a616b;font-size:15px}</style></head><body>
<h1>河南政务服务统一身份认证</h1><p>沙箱：选择一位虚构的居民登录（真实环境使用密码、短信或人脸核验）。</p>
<form method="post" action="/identity/oauth/authorize">${hidden}${people}</form></body></html>`);
  });

  app.post('/identity/oauth/authorize', async (req, reply) => {
    const body = (objectBody(req.body) ?? {}) as Query;
    const problem = checkAuthorize({ ...body, response_type: 'code' });
    if (problem || !body.sub || !bySub.has(body.sub))
      return reply
        .code(400)
        .type('text/plain; charset=utf-8')
        .send(`invalid_request: ${problem ?? 'unknown resident'}`);
    const code = codes.issue({
      sub: body.sub,
      redirectUri: body.redirect_uri!,
      clientId: body.client_id!,
      challenge: body.code_challenge ?? null,
    });
    const target = new URL(body.redirect_uri!);
    target.searchParams.set('code', code);
    if (body.state !== undefined) target.searchParams.set('state', body.state);
    return reply.redirect(target.toString(), 302);
  });

  app.post('/identity/oauth/token', async (req, reply) => {
    const p = (objectBody(req.body) ?? {}) as Query;
    if (p.grant_type !== 'authorization_code')
      return oauthError(reply, 400, 'unsupported_grant_type', 'only authorization_code');
    if (p.client_id !== options.clientId || p.client_secret !== options.clientSecret)
      return oauthError(reply, 401, 'invalid_client', 'client authentication failed');
    const redeemed = p.code ? codes.redeem(p.code) : 'unknown';
    if (typeof redeemed === 'string')
      return oauthError(
        reply,
        400,
        'invalid_grant',
        `code ${redeemed === 'used' ? 'already used' : 'unknown or expired'}`,
      );
    const login = redeemed.value;
    if (login.redirectUri !== p.redirect_uri || login.clientId !== p.client_id)
      return oauthError(reply, 400, 'invalid_grant', 'redirect_uri does not match');
    if (login.challenge) {
      const proof = p.code_verifier ? createHash('sha256').update(p.code_verifier).digest('base64url') : '';
      if (proof !== login.challenge) return oauthError(reply, 400, 'invalid_grant', 'PKCE verification failed');
    }
    const accessToken = randomBytes(24).toString('base64url');
    tokens.set(accessToken, { sub: login.sub, until: options.clock() + TOKEN_TTL_SEC * 1000 });
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: TOKEN_TTL_SEC,
      scope: 'openid',
      sub: login.sub,
    };
  });

  app.get('/identity/oauth/userinfo', async (req, reply) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const entry = token ? tokens.get(token) : undefined;
    if (!entry || entry.until <= options.clock())
      return oauthError(reply, 401, 'invalid_token', 'unknown or expired access token');
    const resident = bySub.get(entry.sub);
    return resident ? userinfoOf(resident, residents.indexOf(resident)) : { sub: entry.sub, real_name_verified: false };
  });
}

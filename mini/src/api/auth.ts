import type { Session } from '@zsb/contracts';
import { saveSession, sessionStore } from '../stores/session';
import { request, type ApiResult } from './client';
import { ApiError } from './errors';
import { platformLoginCode } from './platformLogin';
import type { QueryValue } from '../lib/query';

// Renew a little before the server would refuse, so a request never leaves with a token about to expire.
const EARLY_MS = 30_000;

let renewing: Promise<Session | null> | null = null;
let refreshing: Promise<Session | null> | null = null;

/**
 * A valid session: the stored one, else one renewed with the refresh token, else a silent sign-in on WeChat and
 * Alipay. null on H5 when nobody has signed in. One renewal at a time: a refresh token works once, so two
 * concurrent refreshes would make the server revoke the whole session.
 */
export function ensureSession(): Promise<Session | null> {
  const current = sessionStore.get();
  if (current && Date.parse(current.accessTokenExpiresAt) - EARLY_MS > Date.now()) return Promise.resolve(current);
  return renew();
}

/** Like ensureSession, but never signs in: null once the server has ended the stored session. */
function sessionWithoutSignIn(): Promise<Session | null> {
  const current = sessionStore.get();
  if (current && Date.parse(current.accessTokenExpiresAt) - EARLY_MS > Date.now()) return Promise.resolve(current);
  return refreshStored();
}

/** The stored session renewed with its refresh token; null when there is none or the server refused it. */
function refreshStored(): Promise<Session | null> {
  refreshing ??= (async () => {
    try {
      const current = sessionStore.get();
      if (!current || Date.parse(current.refreshTokenExpiresAt) <= Date.now()) return null;
      try {
        return store(await request<Session>('POST', '/auth/refresh', { body: { refreshToken: current.refreshToken } }));
      } catch (err) {
        // Only a refused token means "sign in again"; a network failure keeps the session for the next try.
        if (!(err instanceof ApiError) || err.code !== 'REFRESH_TOKEN_INVALID') throw err;
        saveSession(null);
        return null;
      }
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

function renew(): Promise<Session | null> {
  renewing ??= (async () => {
    try {
      return (await refreshStored()) ?? (await signIn());
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}

/** Silent sign-in with the platform's login code; null where the platform has none (H5). */
export async function signIn(): Promise<Session | null> {
  const login = await platformLoginCode();
  if (!login) return null;
  return store(await request<Session>('POST', `/auth/${login.method}`, { body: { code: login.code } }));
}

function store(result: ApiResult<Session>): Session {
  saveSession(result.data);
  return result.data;
}

export async function signOut(): Promise<void> {
  const current = sessionStore.get();
  saveSession(null);
  if (current)
    await request('POST', '/auth/logout', { headers: { Authorization: `Bearer ${current.accessToken}` } }).catch(
      () => undefined,
    );
}

export interface TokenOptions {
  /**
   * false: never start a sign-in when the session is gone (AUTH_REQUIRED instead). On H5 a sign-in leaves the page
   * for the identity service, which a background check must not do.
   */
  signIn?: boolean;
}

/**
 * Runs `call` with the resident's access token. A token the server no longer accepts (expired early, revoked) is
 * renewed once and the call repeated — safe even for writes, because a refused token means nothing was done.
 * AUTH_REQUIRED when there is no way to sign in here.
 */
export async function withToken<T>(call: (token: string) => Promise<T>, options: TokenOptions = {}): Promise<T> {
  const maySignIn = options.signIn ?? true;
  const session = await (maySignIn ? ensureSession() : sessionWithoutSignIn());
  if (!session) throw new ApiError('AUTH_REQUIRED', '请先登录', 401, '');
  try {
    return await call(session.accessToken);
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'AUTH_TOKEN_INVALID') throw err;
    const renewed = await (maySignIn ? renew() : refreshStored());
    if (!renewed) throw new ApiError('AUTH_REQUIRED', '请先登录', 401, err.requestId);
    return call(renewed.accessToken);
  }
}

/** A request as the signed-in resident, with any extra headers (Idempotency-Key). */
export function authed<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  options: { query?: Record<string, QueryValue>; body?: unknown; headers?: Record<string, string> } & TokenOptions = {},
): Promise<ApiResult<T>> {
  const { signIn: maySignIn, ...rest } = options;
  return withToken(
    (token) => request<T>(method, path, { ...rest, headers: { ...rest.headers, Authorization: `Bearer ${token}` } }),
    { signIn: maySignIn },
  );
}

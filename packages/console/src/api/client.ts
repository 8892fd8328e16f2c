// The one client of /api/v1: bearer token, one refresh on AUTH_TOKEN_INVALID, errors as ApiError with the
// server's Chinese message. When the session cannot be renewed, listeners hear it (the app shows 登录).
import type { ErrorBody, FieldError, Session } from '@zsb/contracts';
import { clearSession, loadSession, saveSession } from './session';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly requestId: string | null = null,
    readonly details: FieldError[] = [],
  ) {
    super(message);
  }

  /** The service (or the network to it) is down: worth a 重试, not a change of input. */
  get unavailable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

const signedOutListeners = new Set<(message: string) => void>();

export function onSignedOut(listener: (message: string) => void): () => void {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
}

function signedOut(message: string): void {
  clearSession();
  for (const l of signedOutListeners) l(message);
}

let refreshing: Promise<boolean> | null = null;

/** One refresh at a time: parallel requests that all met an expired token share it. */
function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    const session = loadSession();
    if (!session) return false;
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ refreshToken: session.refreshToken }),
      });
      if (!res.ok) return false;
      saveSession((await res.json()) as Session);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export type Query = Record<string, string | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  idempotencyKey?: string;
}

function urlOf(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== null && v !== undefined && v !== '') params.set(k, v);
  const q = params.toString();
  return `/api/v1${path}${q ? `?${q}` : ''}`;
}

async function send(method: string, path: string, options: RequestOptions): Promise<Response> {
  const session = loadSession();
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (session) headers.Authorization = `Bearer ${session.accessToken}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  try {
    return await fetch(urlOf(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_FAILED', '网络连接失败，请检查网络后重试');
  }
}

async function errorOf(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
  if (body && typeof body.code === 'string' && typeof body.message === 'string')
    return new ApiError(res.status, body.code, body.message, body.requestId ?? null, body.details ?? []);
  if (res.status >= 500) return new ApiError(res.status, 'UNAVAILABLE', '服务暂时不可用，请稍后重试');
  return new ApiError(res.status, 'UNKNOWN', `请求没有成功（${res.status}），请稍后重试`);
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  if (!loadSession()) throw new ApiError(401, 'AUTH_REQUIRED', '请先登录');
  let res = await send(method, path, options);
  if (res.status === 401) {
    const error = await errorOf(res);
    if (error.code === 'AUTH_TOKEN_INVALID' && (await refresh())) res = await send(method, path, options);
    else {
      signedOut(error.code === 'AUTH_TOKEN_INVALID' ? '登录已过期，请重新登录' : error.message);
      throw error;
    }
  }
  if (res.status === 401) {
    const error = await errorOf(res);
    signedOut('登录已过期，请重新登录');
    throw error;
  }
  if (!res.ok) throw await errorOf(res);
  if (res.status === 204) return undefined as T;
  return (await res.json()) as T;
}

export const get = <T>(path: string, query?: Query): Promise<T> => request<T>('GET', path, { query });

/** 退出: ends the session on the server too (best effort), then here. */
export async function signOut(): Promise<void> {
  const session = loadSession();
  if (session)
    await fetch('/api/v1/auth/logout', {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.accessToken}`, 'Content-Type': 'application/json' },
      body: '{}',
    }).catch(() => undefined);
  clearSession();
}

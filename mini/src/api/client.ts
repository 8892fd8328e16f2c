import type { Mandate } from '@zsb/contracts';
import { ACTING_ENDED_MESSAGE, ACTING_OUT_OF_SCOPE_MESSAGE, actingHeader, refusalUnderMandate } from '../lib/acting';
import { newRequestId } from '../lib/requestId';
import { headerValue, toQueryString, type QueryValue } from '../lib/query';
import { currentActing, endActing } from '../stores/acting';
import { isOffline } from '../stores/network';
import { sessionStore } from '../stores/session';
import { apiBase } from './base';
import { ApiError, clientError, errorFromResponse } from './errors';
import { send } from './transport';
import { TransportError, type RawRequest } from './transport.types';

/** What the catalog headers say about the answer. */
export interface ResponseMeta {
  requestId: string;
  /** The platform was unreachable; the answer comes from the last snapshot. */
  stale: boolean;
  syncedAt: string | null;
}

export interface ApiResult<T> {
  data: T;
  meta: ResponseMeta;
}

const TIMEOUT_MS = 10_000;

async function sendOnce(req: RawRequest, requestId: string) {
  try {
    return await send(req);
  } catch (err) {
    if (err instanceof TransportError)
      throw clientError(err.kind === 'timeout' ? 'TIMEOUT' : 'NETWORK_FAILED', requestId);
    throw err;
  }
}

export async function request<T>(
  method: RawRequest['method'],
  path: string,
  options: { query?: Record<string, QueryValue>; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResult<T>> {
  const requestId = newRequestId();
  if (isOffline()) throw clientError('NETWORK_OFFLINE', requestId);
  // 帮办代办: a signed-in helper's request for the principal names the 委托, on the routes that allow it only.
  const acting = options.headers?.Authorization
    ? actingHeader(currentActing(), sessionStore.get()?.resident.id ?? null, method, path)
    : {};

  const req: RawRequest = {
    url: `${apiBase}${path}${toQueryString(options.query)}`,
    method,
    // Explicit: H5 and Alipay default to different content types.
    header: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'X-Request-Id': requestId,
      ...options.headers,
      ...acting,
    },
    // A write without a body still sends `{}`: the header says JSON, and the BFF (Fastify) refuses an empty JSON
    // body with 400, which broke DELETE (撤回授权) and logout. WeChat sends the JSON header even when we leave it out.
    data: options.body ?? (method === 'GET' ? undefined : {}),
    timeout: TIMEOUT_MS,
  };

  let res;
  try {
    res = await sendOnce(req, requestId);
  } catch (err) {
    // One retry for reads after a dropped connection (common on rural mobile networks). A timeout has already
    // cost the resident ten seconds, and writes must not be repeated without an idempotency key.
    if (method === 'GET' && err instanceof ApiError && err.code === 'NETWORK_FAILED') {
      res = await sendOnce(req, requestId);
    } else {
      throw err;
    }
  }

  if (res.statusCode < 200 || res.statusCode >= 300) {
    const error = errorFromResponse(res.statusCode, res.data, requestId);
    throw Object.keys(acting).length > 0
      ? await refusedUnderMandate(error, options.headers?.Authorization ?? '')
      : error;
  }
  // 204 (logout) has no body by design.
  if (res.statusCode === 204) return { data: undefined as T, meta: { requestId, stale: false, syncedAt: null } };
  if (res.data === null || res.data === undefined || typeof res.data !== 'object') {
    throw clientError('BAD_RESPONSE', requestId);
  }
  return {
    data: res.data as T,
    meta: {
      requestId: headerValue(res.header, 'x-request-id') ?? requestId,
      stale: headerValue(res.header, 'x-catalog-stale') === '1',
      syncedAt: headerValue(res.header, 'x-catalog-synced-at'),
    },
  };
}

export const get = <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', path, { query });

/**
 * A request made under a 委托 was refused MANDATE_NOT_FOUND: read the 委托 again (as the helper, without acting) to
 * tell "it was revoked or ran out" (acting ends, and the helper is told) from "it does not cover this". Any other
 * error, or no answer to the check, is left as it was.
 */
export async function refusedUnderMandate(error: ApiError, authorization: string): Promise<ApiError> {
  const acting = currentActing();
  if (error.code !== 'MANDATE_NOT_FOUND' || !acting) return error;
  let state: Mandate['state'] | null;
  try {
    const res = await request<Mandate>('GET', `/mandates/${encodeURIComponent(acting.mandateId)}`, {
      headers: { Authorization: authorization },
    });
    state = res.data.state;
  } catch (err) {
    if (!(err instanceof ApiError) || err.code !== 'MANDATE_NOT_FOUND') return error;
    state = null;
  }
  if (refusalUnderMandate(state) === 'out-of-scope')
    return new ApiError(error.code, ACTING_OUT_OF_SCOPE_MESSAGE, error.status, error.requestId);
  endActing(ACTING_ENDED_MESSAGE);
  return new ApiError(error.code, ACTING_ENDED_MESSAGE, error.status, error.requestId);
}

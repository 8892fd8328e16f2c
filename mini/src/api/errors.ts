import type { ErrorBody } from '@zsb/contracts';
import { adviceFor, type AnyErrorCode } from '../lib/errorAdvice';

export class ApiError extends Error {
  constructor(
    readonly code: AnyErrorCode,
    message: string,
    readonly status: number | null,
    readonly requestId: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorBody(data: unknown): data is ErrorBody {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as ErrorBody).code === 'string' &&
    typeof (data as ErrorBody).message === 'string'
  );
}

/** The BFF's plain-Chinese message when it sent one, otherwise ours for the code. */
export function errorFromResponse(status: number, data: unknown, requestId: string): ApiError {
  if (isErrorBody(data)) {
    return new ApiError(data.code, data.message || adviceFor(data.code).message, status, data.requestId || requestId);
  }
  const code: AnyErrorCode = status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'UPSTREAM_UNAVAILABLE' : 'BAD_RESPONSE';
  return new ApiError(code, adviceFor(code).message, status, requestId);
}

export function clientError(code: AnyErrorCode, requestId: string): ApiError {
  return new ApiError(code, adviceFor(code).message, null, requestId);
}

export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('BAD_RESPONSE', adviceFor('BAD_RESPONSE').message, null, '');
}

import type { ErrorBody, FieldError, SlotOffer } from '@zsb/contracts';
import { adviceFor, type AnyErrorCode } from '../lib/errorAdvice';

/** What an error body may carry beside its code and message. */
export interface ErrorExtras {
  /** VALIDATION_FAILED: one problem per field (`values.reason`, `materials.m2`, `delivery.address.phone`). */
  details?: FieldError[];
  /** BOOKING_SLOT_FULL: the free slots offered instead. */
  offers?: SlotOffer[];
  /** IDENTITY_PHONE_PROOF_REQUIRED: the phone on file, masked (138****0001), where the next code goes. */
  phoneOnFileMasked?: string;
}

export class ApiError extends Error {
  readonly details: FieldError[];
  readonly offers: SlotOffer[];
  readonly phoneOnFileMasked: string | null;

  constructor(
    readonly code: AnyErrorCode,
    message: string,
    readonly status: number | null,
    readonly requestId: string,
    extras: ErrorExtras = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.details = extras.details ?? [];
    this.offers = extras.offers ?? [];
    this.phoneOnFileMasked = extras.phoneOnFileMasked ?? null;
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

function isFieldError(d: unknown): d is FieldError {
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof (d as FieldError).field === 'string' &&
    typeof (d as FieldError).message === 'string'
  );
}

/** The BFF's plain-Chinese message when it sent one, otherwise ours for the code. */
export function errorFromResponse(status: number, data: unknown, requestId: string): ApiError {
  if (isErrorBody(data)) {
    const extras: ErrorExtras = {
      details: Array.isArray(data.details) ? data.details.filter(isFieldError) : undefined,
      offers: Array.isArray(data.offers) ? data.offers : undefined,
      phoneOnFileMasked: typeof data.phoneOnFileMasked === 'string' ? data.phoneOnFileMasked : undefined,
    };
    return new ApiError(
      data.code,
      data.message || adviceFor(data.code).message,
      status,
      data.requestId || requestId,
      extras,
    );
  }
  const code: AnyErrorCode = status === 429 ? 'RATE_LIMITED' : status >= 500 ? 'UPSTREAM_UNAVAILABLE' : 'BAD_RESPONSE';
  return new ApiError(code, adviceFor(code).message, status, requestId);
}

const NO_ANSWER = new Set<string>([
  'NETWORK_OFFLINE',
  'NETWORK_FAILED',
  'TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'BAD_RESPONSE',
  'RATE_LIMITED',
  'INTERNAL_ERROR',
]);

/**
 * The request got no real answer (no network, a timeout, server trouble, too many requests): nothing was refused,
 * so the same request — with the same Idempotency-Key — may be sent again. Anything else is a refusal to act on.
 */
export function gotNoAnswer(error: ApiError): boolean {
  return error.status === null || NO_ANSWER.has(error.code);
}

export function clientError(code: AnyErrorCode, requestId: string): ApiError {
  return new ApiError(code, adviceFor(code).message, null, requestId);
}

export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  return new ApiError('BAD_RESPONSE', adviceFor('BAD_RESPONSE').message, null, '');
}

/**
 * Every error the BFF answers with has this body. `code` is stable and safe to branch on; `message` is plain
 * Chinese for the resident; `requestId` ties the answer to the server's log lines.
 */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  requestId: string;
  /** Per-field problems for VALIDATION_FAILED, in the resident's words. */
  details?: FieldError[];
}

export interface FieldError {
  field: string;
  message: string;
}

export type ErrorCode =
  /** 400: a parameter or body field is missing, malformed, out of range or unknown. */
  | 'VALIDATION_FAILED'
  /** 400: the matter code is not of the catalog's code format. */
  | 'MATTER_CODE_INVALID'
  /** 404: no matter with this code in the current catalog. */
  | 'MATTER_NOT_FOUND'
  /** 404: no service center with this id. */
  | 'CENTER_NOT_FOUND'
  /** 404: no theme with this id. */
  | 'THEME_NOT_FOUND'
  /** 404: no such route. */
  | 'ROUTE_NOT_FOUND'
  /** 405/415/413 and malformed JSON bodies. */
  | 'REQUEST_MALFORMED'
  /** 429: too many requests from this client. */
  | 'RATE_LIMITED'
  /** 503: the catalog has never been synced and the platform cannot be reached. */
  | 'CATALOG_UNAVAILABLE'
  /** 502/503: an upstream system failed and nothing could be served in its place. */
  | 'UPSTREAM_UNAVAILABLE'
  /** 500: a bug; the request id finds it in the logs. */
  | 'INTERNAL_ERROR';

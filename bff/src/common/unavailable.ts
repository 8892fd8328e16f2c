import { AppError } from './errors';

/** How long a resident is asked to wait before sending again: a failover or restart takes seconds. */
export const DATABASE_RETRY_AFTER_SEC = 5;

// SQLSTATEs that say the server went away or will not take the session, not that the statement was wrong:
// class 08 (connection exception), 57P01 admin_shutdown (pg_terminate_backend, a fast shutdown), 57P02
// crash_shutdown, 57P03 cannot_connect_now (starting up, in recovery), 53300 too_many_connections.
const SERVER_GONE = new Set(['57P01', '57P02', '57P03', '53300']);
// The socket's own errors (server stopped, host unreachable, connection reset or timed out).
const NETWORK = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
// What pg, pg-pool and Kysely say, without a code, about a connection that ended or a pool that was shut.
const CLIENT_GONE = [
  /^Connection terminated/, // pg: the socket ended (unexpectedly, or with a timeout)
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^timeout exceeded when trying to connect/, // pg-pool
  /^Cannot use a pool after calling end on the pool/,
  /^driver has already been destroyed/, // Kysely, after the database was closed (shutting down)
];

/**
 * Whether an error means the database cannot be reached or dropped the connection (then the request may simply be
 * sent again), as opposed to a statement that failed on its own merits (a bug, or a rule the caller broke).
 */
export function isDatabaseUnreachable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^08[0-9A-Z]{3}$/.test(code) || SERVER_GONE.has(code) || NETWORK.has(code)))
    return true;
  return typeof message === 'string' && CLIENT_GONE.some((pattern) => pattern.test(message));
}

/** The refusal for a request that needed the database while it could not be reached; `detail` goes to the log only. */
export function databaseUnavailable(detail: string): AppError {
  const error = new AppError('DATABASE_UNAVAILABLE');
  error.internalDetail = `database unavailable: ${detail}`;
  error.retryAfterSec = DATABASE_RETRY_AFTER_SEC;
  return error;
}

/** What to log of a driver's error: its code and message (never the statement's parameters). */
export function describeDriverError(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const { code, message } = error as { code?: unknown; message?: unknown };
  return (
    [typeof code === 'string' ? code : null, typeof message === 'string' ? message : null].filter(Boolean).join(' ') ||
    'unknown'
  );
}

// Redis refusing commands for now, as opposed to a command that is wrong: loading its data after a restart, a
// replica after a failover (READONLY), out of memory, a failing disk (MISCONF), a busy script.
const REDIS_NOT_NOW = /^(LOADING|BUSY|MASTERDOWN|READONLY|OOM|MISCONF|CLUSTERDOWN|TRYAGAIN|NOREPLICAS)\b/;
// What ioredis says when it has no connection, lost it, or gave up waiting.
const REDIS_GONE = [
  /^Connection is closed\./,
  /^Stream isn't writeable/,
  /^Command timed out/,
  /^Command aborted due to connection close/,
  /^Reached the max retries per request limit/,
  /^Socket timeout/,
  /^connect ETIMEDOUT/,
];

/** Whether a Redis command failed because Redis cannot be reached or is not serving now (not a wrong command). */
export function isRedisUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, message } = error as { name?: unknown; code?: unknown; message?: unknown };
  if (typeof message !== 'string') return false;
  if (name === 'ReplyError') return REDIS_NOT_NOW.test(message);
  return (typeof code === 'string' && NETWORK.has(code)) || REDIS_GONE.some((pattern) => pattern.test(message));
}

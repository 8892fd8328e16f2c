// serialization_failure and deadlock_detected: PostgreSQL rolled the transaction back because of another one, not
// because of anything in it; the same transaction run again normally goes through.
const CONFLICT = new Set(['40001', '40P01']);

/** Whether a transaction failed only because a concurrent one got in its way, so that running it again is safe. */
export function isTransactionConflict(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code } = error as { code?: unknown };
  return typeof code === 'string' && CONFLICT.has(code);
}

/**
 * Runs a whole transaction, and once more if a concurrent one made it fail (a deadlock, a serialization failure).
 * A second conflict goes to `onConflict`, which says what to answer instead; any other error is thrown as it is.
 */
export async function retryOnConflict<T>(
  run: () => Promise<T>,
  onConflict: (error: unknown) => Error,
  attempts = 2,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isTransactionConflict(error)) throw error;
      if (attempt >= attempts) throw onConflict(error);
    }
  }
}

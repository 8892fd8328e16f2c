/**
 * Polls `probe` until it returns something other than undefined, and returns that. On timeout it throws with what
 * the probe last saw (`describe`), so a failing suite says what it got instead of "expected 200".
 */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined> | T | undefined,
  options: { timeoutMs?: number; everyMs?: number; describe?: () => unknown } = {},
): Promise<T> {
  const { timeoutMs = 30_000, everyMs = 50 } = options;
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
      last = options.describe?.();
    } catch (e) {
      last = e instanceof Error ? e.message : e;
    }
    if (Date.now() >= deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * Asks `probe` every 100 ms until `ok` holds or `ms` pass, and answers the last result either way (the test's
 * own assertion then says what was wrong): for what the BFF does after answering (outboxes, callbacks).
 */
export async function until<T>(probe: () => Promise<T>, ok: (t: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const t = await probe();
    if (ok(t) || Date.now() > end) return t;
    await new Promise((r) => setTimeout(r, 100));
  }
}

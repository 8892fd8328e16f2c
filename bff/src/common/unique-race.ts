/**
 * Runs once more after a unique violation (23505): two requests at once both inserted the row one of them may
 * hold; the second run finds the first's row instead.
 */
export async function retryingUniqueRace<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if ((e as { code?: unknown }).code !== '23505') throw e;
    return run();
  }
}

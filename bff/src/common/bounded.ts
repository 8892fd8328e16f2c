/**
 * Waits for `work` at most `ms`. Answers 'done' or 'timeout' (a failure counts as done: the caller only wants the wait
 * over). For shutdown steps, so that one stuck dependency cannot keep a process from ending.
 */
export async function bounded(work: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const outcome = await Promise.race([
    work.then(
      () => 'done' as const,
      () => 'done' as const,
    ),
    new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms))),
  ]);
  clearTimeout(timer);
  return outcome;
}

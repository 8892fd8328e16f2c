// How long the window code (到窗口核验) the resident shows still works.

const MAX_TTL_MS = 15 * 60_000;

/**
 * When the code stops working, on this phone's clock. The server's expiresAt is on the server's clock and a phone's
 * clock can be minutes off: the time left by the phone's clock is taken, but never more than the code's 15 minutes
 * from the moment we asked, so the page never shows a dead code as alive for long.
 */
export function windowCodeDeadline(expiresAt: string, askedAtMs: number): number {
  const byClock = Date.parse(expiresAt);
  if (Number.isNaN(byClock)) return askedAtMs + MAX_TTL_MS;
  return askedAtMs + Math.min(Math.max(byClock - askedAtMs, 0), MAX_TTL_MS);
}

/** 「还能用 15 分钟」, in whole minutes rounded up (seconds would only make an elderly resident anxious); null once expired. */
export function windowCodeLeft(deadlineMs: number, nowMs: number): string | null {
  const ms = deadlineMs - nowMs;
  if (ms <= 0) return null;
  if (ms <= 60_000) return '还能用不到 1 分钟';
  return `还能用 ${Math.ceil(ms / 60_000)} 分钟`;
}

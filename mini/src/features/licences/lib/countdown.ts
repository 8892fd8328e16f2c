import type { DisplayCode } from '@zsb/contracts';

/**
 * When a display code stops working, on this phone's clock. The server's expiresAt is on the server's clock, and
 * a phone's clock can be minutes off; its lifetime counted from the moment we asked is never later than the real
 * end (the server started counting after we asked), so the countdown never shows a dead code as alive.
 */
export function codeDeadline(code: Pick<DisplayCode, 'ttlSec' | 'expiresAt'>, requestedAtMs: number): number {
  if (Number.isFinite(code.ttlSec) && code.ttlSec > 0) return requestedAtMs + code.ttlSec * 1000;
  const byClock = Date.parse(code.expiresAt);
  return Number.isNaN(byClock) ? requestedAtMs : byClock;
}

/** Whole seconds left, rounded up so "0" means gone; never negative. */
export function secondsLeft(deadlineMs: number, nowMs: number): number {
  return Math.max(0, Math.ceil((deadlineMs - nowMs) / 1000));
}

/** 「1 分 05 秒」「45 秒」: minutes and seconds in words; a bare "1:05" is easy to misread. */
export function formatCountdown(sec: number): string {
  const s = Math.max(0, Math.floor(sec));
  if (s < 60) return `${s} 秒`;
  return `${Math.floor(s / 60)} 分 ${String(s % 60).padStart(2, '0')} 秒`;
}

export type CountdownTone = 'ok' | 'ending' | 'expired';

/** The last 15 seconds are marked, so the resident refreshes before the verifier scans a dying code. */
export function countdownTone(sec: number): CountdownTone {
  if (sec <= 0) return 'expired';
  return sec <= 15 ? 'ending' : 'ok';
}

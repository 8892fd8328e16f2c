import { rememberQuery, takeQuery } from '@/lib/pendingQuery';

// On H5 signing in comes back to the page path without its query: what was being rated is kept for that round trip
// (lib/pendingQuery), so the window QR's page comes back to the same window.

export interface RateTarget {
  application?: string;
  visit?: string;
  center?: string;
  review?: string;
}

export function hasTarget(t: RateTarget): boolean {
  return Boolean(t.application || t.visit || t.center || t.review);
}

export function rememberRateTarget(target: RateTarget, now: number = Date.now()): void {
  rememberQuery('rate', { ...target }, now);
}

/** The target kept before a sign-in, once; forgotten after a quarter of an hour. */
export function takeRateTarget(now: number = Date.now()): RateTarget | null {
  const saved = takeQuery('rate', now);
  if (!saved) return null;
  const clean: RateTarget = {};
  for (const k of ['application', 'visit', 'center', 'review'] as const) if (saved[k]) clean[k] = saved[k];
  return hasTarget(clean) ? clean : null;
}

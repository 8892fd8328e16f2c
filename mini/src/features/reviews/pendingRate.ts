import { readObject, removeKey, writeValue } from '@/stores/storage';

// On H5 signing in leaves for the identity service and comes back to the page path without its query (the BFF takes
// a bare path only). What was being rated is kept here for that round trip, so the window QR's page comes back to
// the same window.

const KEY = 'zsb.pendingRate';
const KEEP_MS = 15 * 60_000;

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
  writeValue(KEY, { target, at: now });
}

/** The target kept before a sign-in, once; forgotten after a quarter of an hour. */
export function takeRateTarget(now: number = Date.now()): RateTarget | null {
  const saved = readObject<{ target: RateTarget; at: number }>(KEY);
  removeKey(KEY);
  if (!saved || typeof saved.at !== 'number' || now - saved.at > KEEP_MS || !saved.target) return null;
  const t = saved.target;
  const clean: RateTarget = {};
  for (const k of ['application', 'visit', 'center', 'review'] as const)
    if (typeof t[k] === 'string' && t[k]) clean[k] = t[k];
  return hasTarget(clean) ? clean : null;
}

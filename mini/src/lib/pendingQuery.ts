import { readObject, removeKey, writeValue } from '@/stores/storage';

// On H5 signing in leaves for the identity service and comes back to the page path without its query (the BFF takes
// a bare path only). What a page was opened for is kept here for that round trip, once, for a quarter of an hour.

const KEEP_MS = 15 * 60_000;

export type PageQuery = Record<string, string>;

const keyOf = (page: string) => `zsb.pending.${page}`;

export function rememberQuery(page: string, query: Record<string, string | undefined>, now: number = Date.now()): void {
  writeValue(keyOf(page), { query, at: now });
}

/** The query kept before a sign-in (its string values only), once; null when none, empty or too old. */
export function takeQuery(page: string, now: number = Date.now()): PageQuery | null {
  const saved = readObject<{ query: Record<string, unknown>; at: number }>(keyOf(page));
  removeKey(keyOf(page));
  if (!saved || typeof saved.at !== 'number' || now - saved.at > KEEP_MS || !saved.query) return null;
  const clean: PageQuery = {};
  for (const [k, v] of Object.entries(saved.query)) if (typeof v === 'string' && v) clean[k] = v;
  return Object.keys(clean).length > 0 ? clean : null;
}

import { rememberQuery, takeQuery } from '@/lib/pendingQuery';

// On H5 signing in comes back to the page path without its query: what the page was opened for is kept for that
// round trip (lib/pendingQuery), once.

type Page = 'feedbackNew' | 'consult' | 'feedback';

export function rememberPageQuery(page: Page, query: Record<string, string | undefined>): void {
  rememberQuery(page, query);
}

/** The page's own query, or (back from an H5 sign-in without it) the one kept before leaving. */
export function queryOrKept<T extends Record<string, string | undefined>>(page: Page, params: T): T {
  const given = Object.values(params).some((v) => Boolean(v));
  return given ? params : ((takeQuery(page) as T | null) ?? params);
}

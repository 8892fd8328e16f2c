import Taro from '@tarojs/taro';
import { movedPage } from './lib/movedPages';
import { isTab, routes, urlFor, type RouteName, type RouteParams } from './routes';
import { searchIntentStore, type SearchIntent } from './stores/searchIntent';

// No query: no argument; an optional query: an optional argument; otherwise the query is required.
type ParamArgs<K extends RouteName> = RouteParams[K] extends undefined
  ? []
  : undefined extends RouteParams[K]
    ? [params?: Exclude<RouteParams[K], undefined>]
    : [params: RouteParams[K]];

/** Opens a page by route name; tab pages are switched to, others pushed. */
export function go<K extends RouteName>(name: K, ...args: ParamArgs<K>): void {
  const url = urlFor(name, args[0] as RouteParams[K]);
  if (isTab(name)) {
    void Taro.switchTab({ url });
    return;
  }
  Taro.navigateTo({ url }).catch(() => {
    // The page stack is limited to 10; past it, replace the current page instead of failing silently.
    void Taro.redirectTo({ url });
  });
}

/** Replaces the current page, so back does not return to it (a step that is done); tab pages are switched to. */
export function replace<K extends RouteName>(name: K, ...args: ParamArgs<K>): void {
  const url = urlFor(name, args[0] as RouteParams[K]);
  if (isTab(name)) void Taro.switchTab({ url });
  else void Taro.redirectTo({ url });
}

/** Goes back when the page below is `name` (keeping its state), otherwise opens it. */
export function backTo<K extends RouteName>(name: K, ...args: ParamArgs<K>): void {
  const pages = Taro.getCurrentPages();
  const previous = pages[pages.length - 2]?.route ?? '';
  if (previous.includes(routes[name].path)) void Taro.navigateBack();
  else go(name, ...args);
}

/** Opens the 办事 tab with a query, a domain filter, or just the keyboard. */
export function openSearch(intent: Partial<SearchIntent> = {}): void {
  searchIntentStore.set({ q: intent.q ?? '', domain: intent.domain ?? null, focus: intent.focus ?? true });
  go('search');
}

export function back(): void {
  const pages = Taro.getCurrentPages();
  if (pages.length > 1) void Taro.navigateBack();
  else go('home');
}

/**
 * A page that does not exist was opened (an old link): a moved page opens where it is now, anything else the home
 * page. Runs inside the platform's not-found callback, which only honours a redirect made synchronously.
 */
export function pageNotFound(res: { path: string; query?: Record<string, string | undefined> }): void {
  const moved = movedPage(res.path, res.query);
  if (moved) void Taro.redirectTo({ url: moved });
  else go('home');
}

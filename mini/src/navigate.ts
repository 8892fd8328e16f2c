import Taro from '@tarojs/taro';
import { movedPage } from './lib/movedPages';
import { isTab, routeOfPath, tabOf, urlFor, type RouteName, type RouteParams, type TabRouteName } from './routes';
import { searchIntentStore, type SearchIntent } from './stores/searchIntent';

// No query: no argument; an optional query: an optional argument; otherwise the query is required.
type ParamArgs<K extends RouteName> = RouteParams[K] extends undefined
  ? []
  : undefined extends RouteParams[K]
    ? [params?: Exclude<RouteParams[K], undefined>]
    : [params: RouteParams[K]];

// How the app moves between pages is decided here and in routes.ts only. On H5 every move is also an entry in the
// browser's history, and the resident's own back button walks that history: Taro's H5 router (@tarojs/router 4.2)
// turns a browser back into "close the top page and show the one below" only while its page stack and the
// browser's history agree. So a move must leave both in step:
// - to a page below in the stack: go back (navigateBack with the right delta), never open it again on top;
// - to a tab page: switchTab is a history.replace on H5 — the pages under the current one stay in the browser's
//   history while the app has closed them, so the browser's back re-opened closed pages or a second copy of the
//   tab, and the next back found nothing to show (NervJS/taro#12455). When the tab is the bottom of the stack (the
//   usual case: 我的 → 实名认证 → 完成 → 我的), going back to it closes the pages above in the app and the
//   browser alike, which is what switchTab does in the mini-programs.
// The page transitions, whose timers raced going back, are off on H5 (app.config.ts).

/** Pages of the stack, bottom first, as route names (undefined for a page not in routes.ts). */
function stack(): (RouteName | undefined)[] {
  return Taro.getCurrentPages().map((p) => routeOfPath(p.route ?? ''));
}

/** Shows a tab page: back down to it when it is the bottom of the stack, otherwise switchTab. */
function toTab(name: TabRouteName): void {
  const pages = stack();
  if (pages.length > 1 && pages[0] === name) void Taro.navigateBack({ delta: pages.length - 1 });
  else void Taro.switchTab({ url: urlFor(name) });
}

/** Opens a page by route name; tab pages are switched to, others pushed. */
export function go<K extends RouteName>(name: K, ...args: ParamArgs<K>): void {
  if (isTab(name)) {
    toTab(name);
    return;
  }
  const url = urlFor(name, args[0] as RouteParams[K]);
  Taro.navigateTo({ url }).catch(() => {
    // The page stack is limited to 10; past it, replace the current page instead of failing silently.
    void Taro.redirectTo({ url });
  });
}

/** Replaces the current page, so back does not return to it (a step that is done); tab pages are switched to. */
export function replace<K extends RouteName>(name: K, ...args: ParamArgs<K>): void {
  if (isTab(name)) toTab(name);
  else void Taro.redirectTo({ url: urlFor(name, args[0] as RouteParams[K]) });
}

/** Goes back when the page below is `name` (keeping its state), otherwise opens it. */
export function backTo<K extends RouteName>(name: K, ...args: ParamArgs<K>): void {
  const pages = stack();
  if (pages.length > 1 && pages[pages.length - 2] === name) void Taro.navigateBack();
  else go(name, ...args);
}

/** Opens the 办事 tab with a query, a domain filter, or just the keyboard. */
export function openSearch(intent: Partial<SearchIntent> = {}): void {
  searchIntentStore.set({ q: intent.q ?? '', domain: intent.domain ?? null, focus: intent.focus ?? true });
  go('search');
}

/**
 * 返回: the page below; with nothing below (the page was opened by its address, a shared link or a reload), the
 * tab the page belongs to — not a blank page, and not out of the app.
 */
export function back(): void {
  const pages = stack();
  if (pages.length > 1) void Taro.navigateBack();
  else toTab(tabOf(pages[0] ?? 'home'));
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

// Pages that moved keep their old paths working: a WeChat subscribe message already delivered, a shared link or a
// bookmark still opens the page it meant. 2026-12: features/apply and features/progress became
// features/applications (the page folders inside kept their names).
const MOVED: readonly (readonly [RegExp, string])[] = [
  [/^\/?features\/(?:apply|progress)\//, 'features/applications/'],
];

/** The page's current path (with its query) for an old one, or null when `path` is not a moved page. */
export function movedPage(path: string, query: Record<string, string | undefined> = {}): string | null {
  const rule = MOVED.find(([old]) => old.test(path));
  if (!rule) return null;
  const search = Object.entries(query)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  return `/${path.replace(rule[0], rule[1])}${search ? `?${search}` : ''}`;
}

import { maskPiiInText } from '@zsb/domain';

/** A request as a log line may show it: the path with PII-shaped runs masked, query parameter names without values. */
export function redactedRequest(req: { method?: string; url?: string }): { method?: string; url: string } {
  const url = req.url ?? '';
  const at = url.indexOf('?');
  const [path, query] = at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at + 1)];
  const names = query ? [...new URLSearchParams(query).keys()] : [];
  return {
    method: req.method,
    url: maskPiiInText(path) + (names.length ? `?${names.map((n) => `${n}=*`).join('&')}` : ''),
  };
}

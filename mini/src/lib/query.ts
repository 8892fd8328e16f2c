export type QueryValue = string | number | boolean | undefined | null;

/** `?a=1&b=x` from an object; empty strings, null and undefined are left out so defaults apply server-side. */
export function toQueryString(params: Record<string, QueryValue> | undefined): string {
  if (!params) return '';
  const parts: string[] = [];
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Reads a header whatever its case: WeChat keeps the server's case, fetch and Alipay lower-case it. */
export function headerValue(headers: Record<string, unknown> | undefined, name: string): string | null {
  if (!headers) return null;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value === undefined || value === null ? null : String(value);
  }
  return null;
}

/** Platforms differ in whether page query values arrive decoded; decoding twice must not throw on a stray '%'. */
export function safeDecode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A page's query with every value decoded once; a missing or empty value is left out. */
export function decodeParams(raw: Record<string, string | undefined>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(raw)) {
    const decoded = safeDecode(value);
    if (decoded !== undefined && decoded !== '') out[key] = decoded;
  }
  return out;
}

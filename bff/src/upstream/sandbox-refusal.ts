import axios from 'axios';
import type { AppConfigShape } from '../config/config.schema';

// The path to the systems rather than a system: a forward proxy is not asked for /__sandbox/health.
const NOT_A_SYSTEM = new Set(['proxyUrl']);

/**
 * Every upstream base URL the BFF will call: each URL-valued field anywhere under `upstream`, found by walking the
 * configuration rather than listed, so a system added to the schema is checked without anyone remembering to.
 * A field left null means "at PLATFORM_URL", which is in the list anyway.
 */
export function upstreamUrls(config: Readonly<Pick<AppConfigShape, 'upstream'>>): string[] {
  const urls: string[] = [];
  const walk = (node: unknown, key: string): void => {
    if (NOT_A_SYSTEM.has(key)) return;
    if (typeof node === 'string' && /^https?:\/\//i.test(node)) urls.push(node);
    else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) walk(v, k);
  };
  walk(config.upstream, 'upstream');
  return [...new Set(urls)];
}

/**
 * In production, refuses to start when any upstream answers like the sandbox (its health route under /__sandbox,
 * which no real system has): residents' data must never go to a stand-in. An upstream that does not answer
 * at all is not the sandbox as far as this check knows; the breakers deal with it.
 */
export async function refuseSandboxUpstreams(config: Readonly<AppConfigShape>): Promise<void> {
  if (config.profile !== 'production') return;
  const found: string[] = [];
  await Promise.all(
    upstreamUrls(config).map(async (url) => {
      try {
        const res = await axios.get<unknown>(new URL('/__sandbox/health', url).toString(), {
          timeout: 2000,
          validateStatus: () => true,
        });
        if (
          res.status === 200 &&
          typeof res.data === 'object' &&
          res.data !== null &&
          (res.data as { ok?: unknown }).ok === true
        )
          found.push(url);
      } catch {
        // unreachable: not known to be the sandbox
      }
    }),
  );
  if (found.length) {
    throw new Error(
      `Refusing to start in production: these upstream URLs are the sandbox, not the real systems: ${found.join(', ')}`,
    );
  }
}

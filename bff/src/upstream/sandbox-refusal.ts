import axios from 'axios';
import type { AppConfigShape } from '../config/config.schema';
import { baseUrlOf } from './http/upstream-http';

/** Every upstream base URL the BFF will call. */
export function upstreamUrls(config: Readonly<AppConfigShape>): string[] {
  const u = config.upstream;
  const urls = [u.platformUrl, u.identityUrl, u.smsUrl, u.licenceUrl, u.wechat.apiUrl, u.alipay.gatewayUrl].map((own) => baseUrlOf(u, own));
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
        const res = await axios.get<unknown>(new URL('/__sandbox/health', url).toString(), { timeout: 2000, validateStatus: () => true });
        if (res.status === 200 && typeof res.data === 'object' && res.data !== null && (res.data as { ok?: unknown }).ok === true) found.push(url);
      } catch {
        // unreachable: not known to be the sandbox
      }
    }),
  );
  if (found.length) {
    throw new Error(`Refusing to start in production: these upstream URLs are the sandbox, not the real systems: ${found.join(', ')}`);
  }
}

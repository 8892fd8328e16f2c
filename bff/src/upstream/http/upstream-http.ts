import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import axios, { type AxiosInstance, type AxiosProxyConfig, type AxiosRequestConfig } from 'axios';
import { z } from 'zod';
import { createUpstreamPolicies, type ResilienceOptions, toUpstreamError, type UpstreamPolicies } from './resilience';
import { UpstreamError, type UpstreamSystem } from './upstream.error';

/** The provincial platform's envelope `{code, msg, data}`, which its identity, SMS and licence services share. */
const envelope = <T extends z.ZodType>(data: T) => z.object({ code: z.string(), msg: z.string().optional(), data });

// Building a zod schema is far dearer than running one: each data schema gets its envelope once.
const envelopes = new WeakMap<z.ZodType, z.ZodType>();
function envelopeOf(schema: z.ZodType): z.ZodType {
  let wrapped = envelopes.get(schema);
  if (!wrapped) {
    wrapped = envelope(schema);
    envelopes.set(schema, wrapped);
  }
  return wrapped;
}

// axios sets TCP keep-alive on every request's socket with a 60 s initial delay; Node's agent sets it back to its own
// keepAliveMsecs (1 s by default) each time the socket is freed. With the two differing, every upstream call made two
// setsockopt system calls for nothing. Agents of our own, per system, with the delay axios uses; otherwise as Node's
// global agent (keep-alive, most recently used socket first, idle sockets closed after 5 s).
const KEEP_ALIVE = { keepAlive: true, keepAliveMsecs: 60_000, scheduling: 'lifo', timeout: 5_000 } as const;

export interface UpstreamAnswer {
  status: number;
  data: unknown;
}

/**
 * One upstream system over axios behind its own timeout, retry and breaker. Every status comes back as an answer
 * (4xx are answers to parse, not faults); only no answer, a timeout or a 5xx/429 count as faults.
 */
export class UpstreamHttp {
  private readonly http: AxiosInstance;
  private readonly policies: UpstreamPolicies;

  constructor(
    readonly system: UpstreamSystem,
    baseURL: string,
    resilience: ResilienceOptions,
  ) {
    // axios' own timeout is a backstop; the policy's per-attempt timeout aborts first. No upstream contract
    // redirects, and a 3xx is better an answer than a hop: maxRedirects 0 also keeps axios on Node's own http
    // transport instead of the follow-redirects wrapper (~15% of a licence request's CPU).
    // The proxy comes from the parsed configuration or not at all: left alone, axios looks up HTTP_PROXY/NO_PROXY in
    // process.env on every call (~2% of a licence request's CPU), and nothing here reads the environment after boot.
    this.http = axios.create({
      baseURL,
      timeout: resilience.timeoutMs * 2,
      maxRedirects: 0,
      proxy: proxyOf(resilience.proxyUrl),
      headers: { accept: 'application/json' },
      httpAgent: new HttpAgent(KEEP_ALIVE),
      httpsAgent: new HttpsAgent(KEEP_ALIVE),
    });
    this.policies = createUpstreamPolicies(resilience);
  }

  breakerState(): string {
    return this.policies.breakerState();
  }

  /** `read` calls are retried; `write` calls (codes that work once, messages that must not go twice) never are. */
  async send(kind: 'read' | 'write', request: AxiosRequestConfig): Promise<UpstreamAnswer> {
    try {
      return await this.policies[kind].execute(async ({ signal }) => {
        const res = await this.http.request<unknown>({
          ...request,
          signal,
          validateStatus: (s) => s < 500 && s !== 429,
        });
        return { status: res.status, data: res.data };
        // A signal per call: cockatiel otherwise hangs every call's listener on one shared signal.
      }, new AbortController().signal);
    } catch (e) {
      throw toUpstreamError(this.system, e);
    }
  }

  /** A provincial-platform style call: `{code:"200", msg, data}` on success; anything else is a fault. */
  async envelope<S extends z.ZodType>(
    kind: 'read' | 'write',
    request: AxiosRequestConfig,
    schema: S,
  ): Promise<z.infer<S>> {
    return this.unwrap(await this.send(kind, request), schema, request.url);
  }

  /** The data of an envelope answer already received; anything but a 200 envelope is a fault. */
  unwrap<S extends z.ZodType>(answer: UpstreamAnswer, schema: S, url?: string): z.infer<S> {
    const parsed = envelopeOf(schema).safeParse(answer.data) as z.ZodSafeParseResult<{ code: string; data: unknown }>;
    if (answer.status !== 200 || !parsed.success || parsed.data.code !== '200') {
      const why = parsed.success
        ? `HTTP ${answer.status}, code ${parsed.data.code}`
        : parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.')}: ${i.message}`)
            .join('; ');
      throw new UpstreamError(this.system, answer.status === 200 ? 'malformed' : 'error-status', `${url}: ${why}`);
    }
    return (parsed.data as { data: z.infer<S> }).data;
  }
}

/** axios' form of a configured proxy URL (`http://user:pass@host:port`); false: no proxy, whatever the environment says. */
export function proxyOf(proxyUrl: string | null | undefined): AxiosProxyConfig | false {
  if (!proxyUrl) return false;
  const u = new URL(proxyUrl);
  const auth = u.username
    ? { username: decodeURIComponent(u.username), password: decodeURIComponent(u.password) }
    : undefined;
  return {
    protocol: u.protocol.replace(':', ''),
    host: u.hostname,
    port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)),
    ...(auth ? { auth } : {}),
  };
}

/** The base URL of a system: its own when configured, else the platform's (the sandbox serves all of them). */
export function baseUrlOf(upstream: { platformUrl: string }, own: string | null): string {
  return own ?? upstream.platformUrl;
}

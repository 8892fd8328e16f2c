import Fastify, { type FastifyRequest } from 'fastify';
import { ALIPAY_DEFAULTS, registerAlipay } from './alipay';
import { registerApproval } from './approval';
import { registerEvaluation } from './evaluation';
import { completeFaults, installFaults, NO_FAULTS, parseFaults } from './faults';
import { registerIdentity } from './identity';
import { OAUTH_DEFAULTS, registerIdentityOauth } from './identity-oauth';
import { registerLicences } from './licences';
import { registerMessages } from './messages';
import { fail, ok } from './reply';
import { redactedRequest } from './redact';
import { buildIssuedLicences } from './seed/licence-issue';
import { buildResidents } from './seed/residents';
import { registerSms } from './sms';
import { CatalogState } from './state';
import { registerWechat, WECHAT_DEFAULTS } from './wechat';
import type { Faults, Page, TaskBrief } from './wire';

export interface SandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  faults?: Partial<Faults>;
  /** The mini-program credentials code2Session accepts; default appid wx5a4e0b3c2d1f0001, secret sandbox-wechat-secret. */
  wechat?: { appId?: string; secret?: string };
  /** The app_id the Alipay gateway accepts; default 2021000000000001. */
  alipay?: { appId?: string };
  /** Milliseconds since the epoch; tests pass their own to expire login codes. Defaults to Date.now. */
  clock?: () => number;
  /** Where log lines go; setting it turns logging on (as SANDBOX_LOG=1 does, to stdout). */
  logStream?: { write(line: string): void };
  /**
   * Adds this many synthetic village stations (X000001 …, sample, spread over Henan) to /platform/centers for
   * benchmarks at province scale; 0 (the default) serves the seed's centers only. At most 999,999.
   */
  scalePoints?: number;
  /** Fictional residents in the identity registry (default 40, the README's first); concurrency tests ask for hundreds. */
  residents?: number;
  /** Every this many ms each open application advances one step; 0 (the default) leaves it to POST /__sandbox/approval/advance. */
  approvalAutoAdvanceMs?: number;
  /** Where the approval system pushes status changes (signed with the secret); null or omitted: nowhere until PUT /__sandbox/approval/callback. */
  approvalCallback?: { url: string; secret: string } | null;
  /** Where the 好差评 system pushes case events (signed with the secret); null or omitted: nowhere until PUT /__sandbox/evaluation/callback. */
  evaluationCallback?: { url: string; secret: string } | null;
}

export interface Sandbox {
  url: string;
  port: number;
  close(): Promise<void>;
  /**
   * Closes the listening port and every open connection (callers see connection refused), keeping all state:
   * applications, receipts, messages, codes. `start()` listens on the same port again. Auto-advance pauses meanwhile.
   */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Replaces the current faults; omitted fields take their defaults. */
  setFaults(f: Partial<Faults>): void;
  clearFaults(): void;
}

const MAX_PAGE_SIZE = 200;

type Query = Record<string, string | string[] | undefined>;

/** page_no ≥ 1 and 1 ≤ page_size ≤ 200, as positive integers; anything else is a 400 like the platform's. */
function paging(query: Query, defaultSize: number): { pageNo: number; pageSize: number } | string {
  const int = (name: string, fallback: number): number | null => {
    const raw = query[name];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'string' || !/^\d{1,6}$/.test(raw)) return null;
    return Number(raw);
  };
  const pageNo = int('page_no', 1);
  const pageSize = int('page_size', defaultSize);
  if (pageNo === null || pageNo < 1) return 'page_no must be a positive integer';
  if (pageSize === null || pageSize < 1 || pageSize > MAX_PAGE_SIZE)
    return `page_size must be an integer between 1 and ${MAX_PAGE_SIZE}`;
  return { pageNo, pageSize };
}

function page<T>(rows: readonly T[], version: string, p: { pageNo: number; pageSize: number }): Page<T> {
  const start = (p.pageNo - 1) * p.pageSize;
  return {
    version,
    page_no: p.pageNo,
    page_size: p.pageSize,
    total: rows.length,
    rows: rows.slice(start, start + p.pageSize),
  };
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const state = new CatalogState(options.scalePoints ?? 0);
  let faults: Faults = completeFaults(options.faults);
  const clock = options.clock ?? Date.now;
  const logging = options.logStream !== undefined || process.env.SANDBOX_LOG === '1';
  // Request lines carry the path with ID-number- and phone-shaped runs masked and no query values: js_code,
  // secrets and the SMS back door's phone all travel in query strings.
  const logger = logging
    ? {
        level: 'info',
        serializers: { req: redactedRequest },
        ...(options.logStream ? { stream: options.logStream } : {}),
      }
    : false;
  const app = Fastify({ logger, forceCloseConnections: true });

  installFaults(app, () => faults);

  app.setNotFoundHandler((req, reply) => fail(reply, 404, `no route ${req.method} ${req.url.split('?')[0]}`));
  app.setErrorHandler((err: { statusCode?: number; message: string }, req, reply) => {
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (status === 500) req.log.error(err);
    return fail(reply, status, status === 500 ? 'internal error' : err.message);
  });

  app.get('/platform/catalog/version', async () =>
    ok({ version: state.version, updated_at: state.updatedAt, task_total: state.allTasks().length }),
  );

  app.get('/platform/catalog/tasks', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const p = paging(req.query, 100);
    if (typeof p === 'string') return fail(reply, 400, p);
    const briefs: TaskBrief[] = state
      .allTasks()
      .map((t) => ({ task_code: t.task_code, task_name: t.task_name, updated_at: t.updated_at }));
    return ok(page(briefs, state.version, p));
  });

  app.get(
    '/platform/catalog/tasks/:task_code',
    async (req: FastifyRequest<{ Params: { task_code: string } }>, reply) => {
      const task = state.task(req.params.task_code);
      return task ? ok(task) : fail(reply, 404, `task ${req.params.task_code} not found`);
    },
  );

  app.get('/platform/catalog/themes', async () => ok({ version: state.version, rows: state.themes }));

  app.get('/platform/centers', async (req: FastifyRequest<{ Querystring: Query }>, reply) => {
    const p = paging(req.query, MAX_PAGE_SIZE);
    if (typeof p === 'string') return fail(reply, 400, p);
    return ok(page(state.centers, state.version, p));
  });

  const wechat = {
    appId: options.wechat?.appId ?? WECHAT_DEFAULTS.appId,
    secret: options.wechat?.secret ?? WECHAT_DEFAULTS.secret,
  };
  registerWechat(app, { ...wechat, clock });
  const messages = registerMessages(app, { wechat, clock });
  registerAlipay(app, {
    appId: options.alipay?.appId ?? ALIPAY_DEFAULTS.appId,
    clock,
    methods: messages.alipayMethods,
  });
  const registry = buildResidents(options.residents);
  registerIdentity(app, registry);
  registerIdentityOauth(app, registry, { ...OAUTH_DEFAULTS, clock });
  registerSms(app, clock);
  registerLicences(app, buildIssuedLicences(), clock);
  const approval = registerApproval(app, {
    catalog: state,
    clock,
    autoAdvanceMs: options.approvalAutoAdvanceMs,
    callback: options.approvalCallback,
  });
  app.addHook('onClose', async () => approval.close());
  const evaluation = registerEvaluation(app, { clock, callback: options.evaluationCallback });
  app.addHook('onClose', async () => evaluation.close());

  app.get('/__sandbox/health', async () => ({ ok: true }));
  app.get('/__sandbox/faults', async () => faults);
  app.put('/__sandbox/faults', async (req, reply) => {
    const parsed = parseFaults(req.body);
    if (typeof parsed === 'string') return fail(reply, 400, parsed);
    faults = parsed;
    return faults;
  });
  app.delete('/__sandbox/faults', async () => {
    faults = NO_FAULTS;
    return faults;
  });

  app.post('/__sandbox/catalog/touch', async (req, reply) => {
    const body = req.body as { task_codes?: unknown } | null;
    const codes = body?.task_codes;
    if (!Array.isArray(codes) || codes.length === 0 || !codes.every((c): c is string => typeof c === 'string')) {
      return fail(reply, 400, 'task_codes must be a non-empty array of task codes');
    }
    const unknown = state.touch(codes);
    if (unknown.length) return fail(reply, 404, `unknown task codes: ${unknown.join(', ')}`);
    return ok({ version: state.version, updated_at: state.updatedAt, touched: codes.length });
  });

  const host = options.host ?? '127.0.0.1';
  const address = await app.listen({ port: options.port ?? 0, host });
  const port = new URL(address).port;
  return {
    url: address,
    port: Number(port),
    close: () => app.close(),
    stop: async () => {
      approval.setRunning(false);
      if (!app.server.listening) return;
      const closed = new Promise<void>((resolve) => app.server.close(() => resolve()));
      app.server.closeAllConnections();
      await closed;
    },
    start: async () => {
      if (app.server.listening) return;
      await new Promise<void>((resolve, reject) => {
        app.server.once('error', reject);
        app.server.listen(Number(port), host, () => {
          app.server.off('error', reject);
          resolve();
        });
      });
      approval.setRunning(true);
    },
    setFaults: (f) => {
      faults = completeFaults(f);
    },
    clearFaults: () => {
      faults = NO_FAULTS;
    },
  };
}

import { callbackFromEnv } from './callback-env';
import { createSandbox } from './server';
import type { Faults } from './wire';

// The CLI is the only reader of the environment; everything else takes options.
function faultsFromEnv(env: NodeJS.ProcessEnv): Partial<Faults> {
  const faults: Partial<Faults> = {};
  const number = (name: string, min: number, max: number): number | undefined => {
    const raw = env[name];
    if (raw === undefined || raw === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max)
      throw new Error(`${name} must be a number between ${min} and ${max}, got "${raw}"`);
    return n;
  };
  const latency = number('SANDBOX_LATENCY_MS', 0, 120_000);
  if (latency !== undefined) faults.latencyMs = latency;
  const errorRate = number('SANDBOX_ERROR_RATE', 0, 1);
  if (errorRate !== undefined) faults.errorRate = errorRate;
  if (env.SANDBOX_OUTAGE !== undefined) faults.outage = ['1', 'true', 'yes'].includes(env.SANDBOX_OUTAGE.toLowerCase());
  return faults;
}

function scalePointsFromEnv(env: NodeJS.ProcessEnv): number {
  const raw = env.SANDBOX_SCALE_POINTS;
  if (raw === undefined || raw === '') return 0;
  if (!/^\d{1,6}$/.test(raw))
    throw new Error(`SANDBOX_SCALE_POINTS must be a whole number between 0 and 999999, got "${raw}"`);
  return Number(raw);
}

function residentsFromEnv(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SANDBOX_RESIDENTS;
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1)
    throw new Error(`SANDBOX_RESIDENTS must be a whole number between 1 and 99999, got "${raw}"`);
  return Number(raw);
}

function approvalFromEnv(env: NodeJS.ProcessEnv): {
  approvalAutoAdvanceMs: number;
  approvalCallback: { url: string; secret: string } | null;
} {
  const raw = env.SANDBOX_APPROVAL_AUTO_ADVANCE_MS;
  if (raw !== undefined && raw !== '' && !/^\d{1,8}$/.test(raw)) {
    throw new Error(`SANDBOX_APPROVAL_AUTO_ADVANCE_MS must be a whole number of milliseconds (0 = off), got "${raw}"`);
  }
  return {
    approvalAutoAdvanceMs: Number(raw || 0),
    approvalCallback: callbackFromEnv(env, 'SANDBOX_APPROVAL_CALLBACK'),
  };
}

async function main(): Promise<void> {
  const port = Number(process.env.SANDBOX_PORT ?? 3100);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`SANDBOX_PORT must be a port number, got "${process.env.SANDBOX_PORT}"`);
  const env = process.env;
  const sandbox = await createSandbox({
    port,
    host: env.SANDBOX_HOST ?? '127.0.0.1',
    faults: faultsFromEnv(env),
    // unset or empty keeps the defaults the BFF's development config uses
    wechat: { appId: env.SANDBOX_WECHAT_APPID || undefined, secret: env.SANDBOX_WECHAT_SECRET || undefined },
    alipay: { appId: env.SANDBOX_ALIPAY_APPID || undefined },
    scalePoints: scalePointsFromEnv(env),
    residents: residentsFromEnv(env),
    ...approvalFromEnv(env),
    evaluationCallback: callbackFromEnv(env, 'SANDBOX_EVALUATION_CALLBACK'),
  });
  console.log(`sandbox listening on ${sandbox.url}`);

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    sandbox.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error('sandbox: error while closing', err);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});

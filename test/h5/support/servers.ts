import { spawn } from 'node:child_process';
// Where the H5 browser tests find what global-setup.ts started: the BFF serving the built app, the sandbox upstream.
import { join, resolve } from 'node:path';
import { urlFor, type RouteName, type RouteParams } from '../../../mini/src/routes';

export const ROOT = resolve(__dirname, '../../..');
export const H5_DIR = join(ROOT, 'mini/dist/h5');
export const ARTIFACTS = join(ROOT, 'test/artifacts');
export const SERVERS_ENV = 'ZSB_E2E_SERVERS';

export interface Servers {
  /** The BFF's origin with a trailing slash; it serves the H5 app at `/`. */
  base: string;
  sandboxUrl: string;
  /** The fresh PostgreSQL database the BFF runs on, or null when it runs on PGlite. */
  databaseUrl: string | null;
  /** The BFF's environment, for the operator scripts (bff/scripts/staff.mjs) that must reach the same database. */
  bffEnv: Record<string, string>;
}

export function servers(): Servers {
  const raw = process.env[SERVERS_ENV];
  if (!raw)
    throw new Error(
      `${SERVERS_ENV} is not set: run the tests with \`npm run test:e2e\` (its globalSetup starts the servers)`,
    );
  return JSON.parse(raw) as Servers;
}

/** The app's hash-router URL of a page, from mini/src/routes.ts: `<base>#/features/guide/matter/index?code=…`. */
export function pageUrl<K extends RouteName>(base: string, name: K, params?: RouteParams[K]): string {
  return `${base}#${urlFor(name, params)}`;
}

/** `node bff/scripts/staff.mjs …` with the BFF's own environment (same database, same keys). */
export function staffScript(env: Record<string, string>, args: string[]): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['bff/scripts/staff.mjs', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.once('error', rej);
    child.once('exit', (code) =>
      code === 0 ? res(out) : rej(new Error(`staff.mjs ${args[0]} exited ${code}: ${out}`)),
    );
  });
}

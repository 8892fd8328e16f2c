import { spawn } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

/** Starts a node process and resolves once it prints a line matching `ready`. */
export function startNode(script, env, ready = /listening/i) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (chunk) => {
      out += chunk;
      const m = out.match(ready);
      if (m) {
        child.stdout.off('data', onData);
        child.stdout.resume();
        resolvePromise({ child, match: m });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c) => (out += c));
    child.on('exit', (code) => reject(new Error(`${script} exited ${code}: ${out.slice(-2000)}`)));
  });
}

/**
 * Starts a server whose output goes to a log file rather than through this process, so that the load
 * generator's event loop does not also carry the server's logs. Resolves when `readyUrl` answers 200.
 */
export async function startServer(script, env, readyUrl, logFile) {
  const fd = openSync(logFile, 'w');
  const child = spawn(process.execPath, [script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', fd, fd],
  });
  await waitReady(readyUrl);
  return { child };
}

export async function waitReady(url, ms = 60_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`${url} not ready in ${ms} ms`);
}

export const stop = (child) =>
  new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.removeAllListeners('exit');
    child.once('exit', r);
    child.kill('SIGTERM');
  });

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Runs `fn` over `items` with at most `width` at a time; answers the results in the items' order. */
export async function pool(items, width, fn) {
  const out = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i], i);
      }
    }),
  );
  return out;
}

/** A TCP port free on 127.0.0.1 right now. */
export const freePort = () =>
  new Promise((resolvePort, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolvePort(port));
    });
  });

/**
 * The environment of a BFF under load: development profile on 127.0.0.1, no Redis, no H5, rate limits raised so
 * what is measured is the work and not the limits. `extra` adds or overrides variables.
 */
export function bffEnv({ port, dataDir, platformUrl, databaseUrl = '', logLevel = 'info', ...extra }) {
  return {
    APP_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    REDIS_URL: '',
    PLATFORM_URL: platformUrl,
    H5_DIR: '',
    LOG_LEVEL: logLevel,
    RATE_LIMIT_FACTOR: '1000',
    ...extra,
  };
}

// `npm start`: builds what is missing, then runs the sandbox (the upstream stand-in) and the BFF, which also
// serves the H5 app and the operators' console, and prints where to open it. Ctrl-C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.PORT ?? 3000);
const sandboxPort = Number(process.env.SANDBOX_PORT ?? 3100);
const host = '127.0.0.1';

function run(cmd, args, what) {
  process.stdout.write(`» ${what}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    process.stderr.write(`✗ ${what} failed\n`);
    process.exit(r.status ?? 1);
  }
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

async function waitFor(url, name, ms, child) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${name} was not ready at ${url} within ${ms / 1000}s`);
}

run(
  'npx',
  ['tsc', '-b', 'packages/contracts', 'packages/domain', 'packages/sandbox', 'bff'],
  'compiling contracts, domain, sandbox and BFF',
);
run('node', ['bff/scripts/make-pglite-template.mjs'], 'preparing the embedded database template (first time only)');
const h5Index = join(root, 'mini/dist/h5/index.html');
if (!existsSync(h5Index) || statSync(h5Index).mtimeMs < newestMtime(join(root, 'mini/src'))) {
  run('npm', ['run', 'build:h5', '-w', 'mini'], 'building the H5 app (first time takes a minute)');
}
const consoleIndex = join(root, 'packages/console/dist/index.html');
if (!existsSync(consoleIndex) || statSync(consoleIndex).mtimeMs < newestMtime(join(root, 'packages/console/src'))) {
  run('npm', ['run', 'build', '-w', 'packages/console'], "building the operators' console");
}

const children = [];
const stopAll = (code) => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 300).unref();
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const sandbox = spawn(process.execPath, ['packages/sandbox/dist/main.js'], {
  cwd: root,
  stdio: 'inherit',
  // The sandbox's approval system pushes status changes to this BFF and moves each application one step a
  // minute, so someone trying it out sees progress without calling the back doors.
  env: {
    SANDBOX_APPROVAL_CALLBACK_URL: `http://${host}:${port}/api/v1/callbacks/approval`,
    SANDBOX_APPROVAL_CALLBACK_SECRET: process.env.APPROVAL_CALLBACK_SECRET ?? 'sandbox-approval-callback-secret',
    SANDBOX_APPROVAL_AUTO_ADVANCE_MS: '60000',
    SANDBOX_EVALUATION_CALLBACK_URL: `http://${host}:${port}/api/v1/callbacks/evaluation`,
    SANDBOX_EVALUATION_CALLBACK_SECRET: process.env.EVALUATION_CALLBACK_SECRET ?? 'sandbox-evaluation-callback-secret',
    ...process.env,
    SANDBOX_PORT: String(sandboxPort),
    SANDBOX_HOST: host,
  },
});
children.push(sandbox);
await waitFor(`http://${host}:${sandboxPort}/__sandbox/health`, 'sandbox', 20_000, sandbox);

const bff = spawn(process.execPath, ['bff/dist/main.js'], {
  cwd: root,
  stdio: 'inherit',
  env: { PLATFORM_URL: `http://${host}:${sandboxPort}`, ...process.env, PORT: String(port) },
});
children.push(bff);
for (const c of children) c.on('exit', (code) => stopAll(code ?? 1));
await waitFor(`http://${host}:${port}/health/ready`, 'BFF', 60_000, bff);

process.stdout.write(`
  掌上办 is running
  ─────────────────────────────────────────────
  App (H5, open on a phone-sized window):  http://${host}:${port}/
  Operators' console (desktop):            http://${host}:${port}/console/
  API docs (OpenAPI):                      http://${host}:${port}/api/docs
  Upstream sandbox:                        http://${host}:${sandboxPort}/__sandbox/faults
  Data folder:                             ${resolve(root, process.env.DATA_DIR ?? '.data')}
  Ctrl-C stops everything.
`);

#!/usr/bin/env node
// WeChat's own code-quality check (miniprogram-ci checkCodeQuality, the same list as the IDE's 代码质量 panel)
// and its per-file analysis, run offline on mini/dist/weapp.
// miniprogram-ci also has code that calls WeChat's servers and can crash the process, so the work runs in a
// child process with a time limit; this parent only prints and decides the exit code.
// Usage: node test/scripts/mini-quality.mjs [distDir]   — exits 1 on a failing check.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIME_LIMIT_MS = 120_000;
const MARK = '@@mini-quality@@';
const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(here, '..', '..', '..');

async function child(dist) {
  const require = createRequire(join(repoRoot, 'test', 'package.json'));
  const ci = require('miniprogram-ci');
  // Check descriptions in Chinese, as the WeChat IDE shows them.
  ci.locales?.setLocale?.('zh');
  // CIProject insists on a key, but the checks below never use it: only upload/preview/attr() sign requests.
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: dist,
    privateKey: 'offline-checks-need-no-key',
    ignores: ['node_modules/**/*'],
  });
  const checks = await ci.checkCodeQuality(project);
  let analysis;
  try {
    const res = await ci.analyseCode(project, { silent: true });
    analysis = summariseAnalysis(res);
  } catch (err) {
    analysis = { error: String(err?.message ?? err) };
  }
  process.stdout.write(`\n${MARK}${JSON.stringify({ checks, analysis })}\n`);
}

// analyseCode returns every file and module; keep the per-package totals and the biggest files.
function summariseAnalysis(res) {
  const files = Array.isArray(res?.files) ? res.files : [];
  const packages = {};
  for (const f of files) {
    const pkg = f.subPackage ? f.subPackage.replace(/\/$/, '') : 'main';
    packages[pkg] = (packages[pkg] ?? 0) + (f.size ?? 0);
  }
  const topFiles = [...files]
    .sort((a, b) => b.size - a.size)
    .slice(0, 8)
    .map((f) => ({ path: f.path, size: f.size }));
  return {
    fileCount: files.length,
    moduleCount: Array.isArray(res?.modules) ? res.modules.length : 0,
    packages,
    topFiles,
  };
}

function runChild(dist) {
  return new Promise((resolvePromise) => {
    const proc = spawn(process.execPath, [here, '--child', dist], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // No proxy: nothing here should reach the network, and a corporate proxy env must not tempt it to.
      env: { ...process.env, HTTP_PROXY: '', HTTPS_PROXY: '', http_proxy: '', https_proxy: '' },
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      resolvePromise({ timedOut: true, out, err, code: null });
    }, TIME_LIMIT_MS);
    proc.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ timedOut: false, out, err, code });
    });
  });
}

async function main() {
  const dist = resolve(process.argv[2] ?? join(repoRoot, 'mini', 'dist', 'weapp'));
  if (!existsSync(join(dist, 'app.json')) || !existsSync(join(dist, 'project.config.json'))) {
    console.error(
      `${dist} is not a built WeChat project (app.json + project.config.json). Run: npm run build:weapp -w mini`,
    );
    process.exit(2);
  }
  const res = await runChild(dist);
  if (res.timedOut) {
    console.error(`miniprogram-ci did not finish within ${TIME_LIMIT_MS / 1000} s`);
    process.exit(1);
  }
  const line = res.out.split('\n').find((l) => l.startsWith(MARK));
  if (!line) {
    console.error(`miniprogram-ci failed (exit ${res.code}):\n${res.err || res.out}`);
    process.exit(1);
  }
  const { checks, analysis } = JSON.parse(line.slice(MARK.length));

  console.log(`miniprogram-ci checkCodeQuality on ${dist}`);
  let failed = 0;
  for (const c of checks) {
    if (!c.success) failed += 1;
    console.log(`  ${c.success ? 'pass' : 'FAIL'}  ${c.name.padEnd(30)} ${c.text ?? ''}`);
    const detail = c.detail;
    const showDetail =
      detail &&
      (Array.isArray(detail) ? detail.length > 0 : typeof detail === 'object' && Object.keys(detail).length > 0);
    if (showDetail && (c.name === 'PACKAGE_SIZE_LIMIT' || !c.success || c.name === 'CONTAINS_UNUSED_CODES')) {
      const text =
        c.name === 'PACKAGE_SIZE_LIMIT'
          ? Object.entries(detail)
              .map(([k, v]) => `${k}: ${(v / 1024).toFixed(1)} KB`)
              .join(', ')
          : JSON.stringify(detail).slice(0, 600);
      console.log(`        ${text}`);
    }
  }
  if (analysis?.topFiles?.length) {
    const pk = Object.entries(analysis.packages)
      .map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`)
      .join(', ');
    console.log(`analyseCode — ${analysis.fileCount} files, ${analysis.moduleCount} modules; ${pk}; largest files:`);
    for (const f of analysis.topFiles) console.log(`  ${(f.size / 1024).toFixed(1).padStart(8)} KB  ${f.path}`);
  } else if (analysis?.error) {
    console.log(`analyseCode skipped: ${analysis.error}`);
  }
  if (failed) {
    console.error(`\n${failed} quality check(s) failed`);
    process.exit(1);
  }
  console.log(`\nall ${checks.length} checks passed`);
}

if (process.argv[2] === '--child') {
  child(resolve(process.argv[3])).then(
    () => process.exit(0),
    (err) => {
      console.error(err?.stack ?? String(err));
      process.exit(1);
    },
  );
} else {
  main();
}

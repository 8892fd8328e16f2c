#!/usr/bin/env node
// Package sizes of the WeChat build (mini/dist/weapp), split the way WeChat splits them: a file belongs to the
// subpackage whose root (from app.json) contains it, everything else to the main package.
// Usage: node test/scripts/mini-size.mjs [distDir]   — exits 1 when a budget below is exceeded.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const KB = 1024;
const MB = 1024 * KB;
// Our budgets, tighter than WeChat's (2 MB main / 2 MB per subpackage / 20 MB total): rural 3G/4G.
const BUDGET = { main: 1 * MB, subpackage: 2 * MB, total: 8 * MB };
// Project files the IDE and CI read; they are not part of the uploaded code package.
const NOT_UPLOADED = new Set(['project.config.json', 'project.private.config.json']);

const repoRoot = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const dist = resolve(process.argv[2] ?? join(repoRoot, 'mini', 'dist', 'weapp'));

if (!existsSync(join(dist, 'app.json'))) {
  console.error(`No app.json in ${dist}. Build first: npm run build:weapp -w mini`);
  process.exit(2);
}

const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
const subpackages = (app.subPackages ?? app.subpackages ?? []).map((p) => ({
  root: String(p.root)
    .replace(/^\.?\//, '')
    .replace(/\/$/, ''),
  independent: Boolean(p.independent),
}));
// Longest root first, so a nested root wins over its parent.
const roots = [...subpackages].sort((a, b) => b.root.length - a.root.length);

function* walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

const sizes = new Map([['main', { bytes: 0, files: 0 }]]);
for (const p of subpackages) sizes.set(p.root, { bytes: 0, files: 0 });

for (const file of walk(dist)) {
  const rel = relative(dist, file).split(sep).join('/');
  if (NOT_UPLOADED.has(rel)) continue;
  const owner = roots.find((p) => rel.startsWith(`${p.root}/`))?.root ?? 'main';
  const entry = sizes.get(owner);
  entry.bytes += statSync(file).size;
  entry.files += 1;
}

const total = [...sizes.values()].reduce((sum, s) => sum + s.bytes, 0);
const rows = [];
const failures = [];
const fmt = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : `${(bytes / KB).toFixed(1)} KB`);

for (const [name, s] of sizes) {
  const limit = name === 'main' ? BUDGET.main : BUDGET.subpackage;
  const ok = s.bytes <= limit;
  if (!ok) failures.push(`${name} is ${fmt(s.bytes)}, over ${fmt(limit)}`);
  const label =
    name === 'main'
      ? 'main package'
      : `subpackage ${name}${subpackages.find((p) => p.root === name)?.independent ? ' (independent)' : ''}`;
  rows.push([label, String(s.files), fmt(s.bytes), fmt(limit), ok ? 'ok' : 'OVER']);
}
const totalOk = total <= BUDGET.total;
if (!totalOk) failures.push(`total is ${fmt(total)}, over ${fmt(BUDGET.total)}`);
rows.push([
  'total',
  String([...sizes.values()].reduce((n, s) => n + s.files, 0)),
  fmt(total),
  fmt(BUDGET.total),
  totalOk ? 'ok' : 'OVER',
]);

const head = ['package', 'files', 'size', 'budget', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(`WeChat package sizes in ${relative(process.cwd(), dist) || '.'}`);
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r, i) => {
  if (i === rows.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(r));
});

if (failures.length) {
  console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

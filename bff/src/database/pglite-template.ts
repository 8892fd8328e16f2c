import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MIGRATIONS_DIR } from './migrator';

// PGlite's initdb on a new data folder is the slowest part of a first start (seconds of WASM work), and the
// migrations on a fresh cluster take most of another second. The build does both once and keeps the migrated,
// cleanly shut down cluster as a folder (bff/scripts/make-pglite-template.mjs); a new DATA_DIR starts as a plain
// file copy of it, and the migrator finds nothing left to do. (Until 2026-12-03 the cluster was a tarball PGlite
// unpacked through its WASM file system: ~2.1 s to open a new folder, against ~1.0 s to open a copied one.) The file is named after the PGlite version and a digest of the migrations,
// so neither an upgrade nor an edited or added migration ever loads a cluster that does not match: without a
// matching file PGlite runs initdb and the migrator runs every migration, as before.
// (The package does not export its package.json; it sits one level above the resolved entry, dist/index.cjs.)
const PGLITE_VERSION = (
  JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '../package.json'), 'utf8')) as {
    version: string;
  }
).version;

export function migrationsDigest(dir = MIGRATIONS_DIR): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort())
    hash
      .update(f)
      .update('\0')
      .update(readFileSync(join(dir, f)))
      .update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** Where the build keeps the template: bff/dist, from the compiled code and from the sources (jest) alike. */
export const templateDir = (distDir = join(__dirname, '../../dist')): string =>
  join(distDir, `pglite-template-${PGLITE_VERSION}-${migrationsDigest()}`);

/**
 * The template cluster to copy into `dir` before PGlite opens it: when `dir` holds no cluster yet and the build made
 * a template. The copy runs in the database thread (pglite-worker.cjs), beside the loading of Nest and the modules.
 */
export function templateFor(dir: string, template = templateDir()): string | undefined {
  if (existsSync(join(dir, 'PG_VERSION')) || !existsSync(join(template, 'PG_VERSION'))) return undefined;
  return template;
}

import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MIGRATIONS_DIR } from './migrator';

// PGlite's initdb on a new data folder is the slowest part of a first start (seconds of WASM work), and the
// migrations on a fresh cluster take most of another second. The build does both once and keeps the migrated
// cluster as a tarball (bff/scripts/make-pglite-template.mjs); a new DATA_DIR starts from a copy, and the
// migrator finds nothing left to do. The file is named after the PGlite version and a digest of the migrations,
// so neither an upgrade nor an edited or added migration ever loads a cluster that does not match: without a
// matching file PGlite runs initdb and the migrator runs every migration, as before.
// (The package does not export its package.json; it sits one level above the resolved entry, dist/index.cjs.)
const PGLITE_VERSION = (JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '../package.json'), 'utf8')) as { version: string }).version;

export function migrationsDigest(dir = MIGRATIONS_DIR): string {
  const hash = createHash('sha256');
  for (const f of readdirSync(dir).sort()) hash.update(f).update('\0').update(readFileSync(join(dir, f))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

export const templateFile = (distDir = join(__dirname, '..')): string => join(distDir, `pglite-template-${PGLITE_VERSION}-${migrationsDigest()}.tar`);

/** The template cluster's file, when the build made one and `dir` holds no cluster yet. */
export function templateFor(dir: string, file = templateFile()): string | undefined {
  if (existsSync(join(dir, 'PG_VERSION')) || !existsSync(file)) return undefined;
  return file;
}

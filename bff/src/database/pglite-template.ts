import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

// PGlite's initdb on a new data folder is the slowest part of a first start (seconds of WASM work). The build
// runs it once and keeps the empty cluster as a tarball (bff/scripts/make-pglite-template.mjs); a new DATA_DIR
// then starts from a copy and runs the migrations as usual. The file is named after the PGlite version, so an
// upgrade never loads a cluster of another version: without a matching file PGlite simply runs initdb.
// (The package does not export its package.json; it sits one level above the resolved entry, dist/index.cjs.)
const PGLITE_VERSION = (JSON.parse(readFileSync(join(dirname(require.resolve('@electric-sql/pglite')), '../package.json'), 'utf8')) as { version: string }).version;

export const templateFile = (distDir = join(__dirname, '..')): string => join(distDir, `pglite-template-${PGLITE_VERSION}.tar`);

/** The template cluster, when the build made one and `dir` holds no cluster yet. */
export function templateFor(dir: string, file = templateFile()): Blob | undefined {
  if (existsSync(join(dir, 'PG_VERSION')) || !existsSync(file)) return undefined;
  return new Blob([readFileSync(file)]);
}

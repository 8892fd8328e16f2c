// Part of the BFF build: runs PGlite's initdb and the migrations once and keeps the cluster, cleanly shut down, as a
// folder next to the compiled code, so a new DATA_DIR starts as a file copy of it instead of doing both again (see
// bff/src/database/pglite-template.ts).
import { cpSync, existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const require = createRequire(import.meta.url);
const { templateDir } = require('../dist/database/pglite-template.js');
const { migrate } = require('../dist/database/migrator.js');
const { PGlite } = require('@electric-sql/pglite');
const { Kysely } = require('kysely');
const { PGliteDialect } = require('kysely-pglite-dialect');

const distDir = join(import.meta.dirname, '../dist');
const target = templateDir(distDir);
if (!existsSync(join(target, 'PG_VERSION'))) {
  const dir = mkdtempSync(join(tmpdir(), 'zsb-pglite-template-'));
  const staging = `${target}.${process.pid}.tmp`;
  try {
    const pg = await PGlite.create(dir);
    const db = new Kysely({ dialect: new PGliteDialect(pg) });
    await migrate({
      db,
      kind: 'pglite',
      withScriptRunner: (fn) => fn(async (sql) => void (await pg.exec(sql))),
      close: async () => undefined,
    });
    await pg.close();
    // Copied beside the target and renamed into place: a BFF starting meanwhile sees no template or a whole one.
    cpSync(dir, staging, { recursive: true });
    rmSync(target, { recursive: true, force: true });
    renameSync(staging, target);
    console.log(`PGlite template written: ${target}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(staging, { recursive: true, force: true });
  }
}
// Templates of earlier migrations or PGlite versions (and the tarballs before 2026-12-03) are never used again.
for (const name of readdirSync(distDir)) {
  if (name.startsWith('pglite-template-') && !name.endsWith('.tmp') && name !== basename(target))
    rmSync(join(distDir, name), { recursive: true, force: true });
}

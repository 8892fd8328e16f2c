// Part of the BFF build: runs PGlite's initdb and the migrations once and keeps the cluster next to the compiled
// code, so a new DATA_DIR starts from a copy instead of doing both again (see bff/src/database/pglite-template.ts).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { templateFile } = require('../dist/database/pglite-template.js');
const { migrate } = require('../dist/database/migrator.js');
const { PGlite } = require('@electric-sql/pglite');
const { Kysely } = require('kysely');
const { PGliteDialect } = require('kysely-pglite-dialect');

const file = templateFile(join(import.meta.dirname, '../dist'));
if (!existsSync(file)) {
  const dir = mkdtempSync(join(tmpdir(), 'zsb-pglite-template-'));
  try {
    const pg = await PGlite.create(dir);
    const db = new Kysely({ dialect: new PGliteDialect(pg) });
    await migrate({
      db,
      kind: 'pglite',
      withScriptRunner: (fn) => fn(async (sql) => void (await pg.exec(sql))),
      close: async () => undefined,
    });
    const dump = await pg.dumpDataDir('none');
    await pg.close();
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    console.log(`PGlite template written: ${file}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import type { Database } from './database.types';
import { migrate } from './migrator';
import { migrationsDigest, templateFor } from './pglite-template';
import { PgliteThread, PgliteThreadDialect } from './pglite-thread';

describe('a new data folder started from the build’s PGlite template', () => {
  const root = mkdtempSync(join(tmpdir(), 'zsb-template-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is a working cluster that takes the migrations, and an existing cluster is never overwritten', async () => {
    const template = join(root, 'seed');
    const seed = await PGlite.create(template);
    await seed.close();

    const dir = join(root, 'fresh');
    mkdirSync(dir);
    expect(templateFor(dir, template)).toBe(template);
    const thread = await PgliteThread.open(dir, template);
    expect(existsSync(join(dir, 'PG_VERSION'))).toBe(true);
    const db = new Kysely<Database>({ dialect: new PgliteThreadDialect(thread) });
    await migrate({
      db,
      kind: 'pglite',
      withScriptRunner: (fn) => fn((sql) => thread.exec(sql)),
      close: async () => undefined,
    });
    await db.insertInto('resident').values({ id: 'r1' }).execute();
    expect(await db.selectFrom('resident').select('id').execute()).toEqual([{ id: 'r1' }]);
    await db.destroy();

    // Reopened, it is the same cluster: the template is never copied over a folder that has one.
    expect(templateFor(dir, template)).toBeUndefined();
    // Without a template (a build that made none, or migrations edited since) a new folder is left to initdb.
    expect(templateFor(join(root, 'other'), join(root, 'missing'))).toBeUndefined();
    const again = await PGlite.create(dir);
    expect((await again.query<{ n: number }>('SELECT count(*)::int AS n FROM resident')).rows[0].n).toBe(1);
    await again.close();
  });

  it('is named after the migrations, so an edited or added migration never starts from a stale cluster', () => {
    const dir = join(root, 'migrations');
    mkdirSync(dir);
    writeFileSync(join(dir, '20260101000000_a.sql'), 'CREATE TABLE a (id int);');
    const first = migrationsDigest(dir);
    expect(migrationsDigest(dir)).toBe(first);
    writeFileSync(join(dir, '20260101000000_a.sql'), 'CREATE TABLE a (id bigint);');
    const edited = migrationsDigest(dir);
    writeFileSync(join(dir, '20260102000000_b.sql'), 'CREATE TABLE b (id int);');
    expect(new Set([first, edited, migrationsDigest(dir)]).size).toBe(3);
  });
});

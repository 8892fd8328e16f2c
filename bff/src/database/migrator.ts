import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DatabaseHandle } from './connection';

// bff/migrations holds plain SQL, forward-only, named <timestamp>_<what>.sql. The same path resolves from
// bff/src/database (jest) and bff/dist/database (node).
export const MIGRATIONS_DIR = resolve(__dirname, '../../migrations');

export interface MigrationResult {
  applied: string[];
}

/** Applies, in name order, every migration not yet recorded in schema_migration, each in its own transaction. */
export async function migrate(handle: DatabaseHandle, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = readdirSync(dir)
    .filter((f) => /^\d{14}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  const applied: string[] = [];
  await handle.withScriptRunner(async (run) => {
    await run(
      'CREATE TABLE IF NOT EXISTS schema_migration (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await handle.db.selectFrom('schema_migration').select('name').execute()).map((r) => r.name));
    for (const file of files) {
      if (done.has(file)) continue;
      const sql = readFileSync(join(dir, file), 'utf8');
      // The file name is checked against a strict pattern above, so quoting it inline is safe.
      try {
        await run(`BEGIN;\n${sql}\n;INSERT INTO schema_migration (name) VALUES ('${file}');\nCOMMIT;`);
      } catch (e) {
        await run('ROLLBACK').catch(() => undefined);
        throw new Error(`migration ${file} failed: ${(e as Error).message}`, { cause: e });
      }
      applied.push(file);
    }
  });
  return { applied };
}

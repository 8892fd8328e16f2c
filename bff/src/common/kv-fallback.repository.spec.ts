import { sql } from 'kysely';
import { Client } from 'pg';
import { openDatabase, type DatabaseHandle } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import { migrate } from '../database/migrator';
import { KeyValueFallbackRepository } from './kv-fallback.repository';

// On PGlite, or on a database of its own on PostgreSQL under npm run test:pg (where takers really run at once).
const admin = process.env.TEST_DATABASE_URL;
const name = `zsb_kv_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;

describe('the key-value fallback table', () => {
  let handle: DatabaseHandle;
  let table: KeyValueFallbackRepository;
  beforeAll(async () => {
    let databaseUrl: string | null = null;
    if (admin) {
      const client = new Client({ connectionString: admin });
      await client.connect();
      await client.query(`CREATE DATABASE ${name}`);
      await client.end();
      const url = new URL(admin);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
    }
    handle = await openDatabase({ databaseUrl, pgliteDir: 'memory://' });
    await migrate(handle);
    table = new KeyValueFallbackRepository(new DatabaseConnection(handle));
  });
  afterAll(async () => {
    await handle.close();
    if (!admin) return;
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  });

  it('keeps a value until it is taken, then answers that it is gone, not that it never was', async () => {
    await table.put('display-code:a', '{"n":1}', 120);
    expect(await table.get('display-code:a')).toEqual({ kind: 'value', json: '{"n":1}' });
    expect(await table.take('display-code:a')).toEqual({ kind: 'value', json: '{"n":1}' });
    expect(await table.take('display-code:a')).toEqual({ kind: 'gone' });
    expect(await table.get('display-code:a')).toEqual({ kind: 'gone' });
    expect(await table.take('display-code:never')).toEqual({ kind: 'absent' });
  });

  it('hands a value to one of many takers at once', async () => {
    await table.put('h5-ticket:t', '{"s":1}', 60);
    const results = await Promise.all(Array.from({ length: 8 }, () => table.take('h5-ticket:t')));
    expect(results.filter((r) => r.kind === 'value')).toHaveLength(1);
    expect(results.filter((r) => r.kind === 'gone')).toHaveLength(7);
  });

  it('marks a deleted key gone, a new value brings it back, and expired rows are swept', async () => {
    await table.put('phone-proof:realname:r1', '{"a":0}', 300);
    await table.forget('phone-proof:realname:r1', 900);
    expect(await table.get('phone-proof:realname:r1')).toEqual({ kind: 'gone' });
    await table.put('phone-proof:realname:r1', '{"a":1}', 300);
    expect(await table.get('phone-proof:realname:r1')).toEqual({ kind: 'value', json: '{"a":1}' });
    await table.put('window-code:old', '{}', 60);
    await sql`UPDATE kv_fallback SET expires_at = now() - interval '1 second' WHERE key = 'window-code:old'`.execute(
      handle.db,
    );
    expect(await table.get('window-code:old')).toEqual({ kind: 'absent' });
    expect(await table.deleteExpired()).toBe(1);
  });
});

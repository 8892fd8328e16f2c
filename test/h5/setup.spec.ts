// The servers global-setup.ts started: the BFF is ready, and on PostgreSQL when PG_ADMIN_URL answers.
import { expect, test } from './support/app';
import { servers } from './support/servers';

test('setup: sandbox and BFF start (on a fresh PostgreSQL database when PG_ADMIN_URL answers), /health/ready answers 200', async () => {
  const { base, databaseUrl, bffEnv } = servers();
  const res = await fetch(new URL('/health/ready', base));
  expect(res.status).toBe(200);
  expect(bffEnv.DATABASE_URL).toBe(databaseUrl ?? '');
});

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorBody, Session, Upload } from '@zsb/contracts';
import { AppConfig } from '../../bff/src/config/app-config';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { png, uploadFile } from '../support/files';
import { expectContractRefusal } from '../support/refusals';
import { residentIdOf, sandboxResidents, verifiedSession } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// Item 5 of security issue 13: the pending-upload cap was check-then-insert, and 40 uploads at once went 32 past
// it. Run it on PostgreSQL too (npm run test:pg): there the requests really run in parallel.

const CAP = 5;
let sys: RunningSystem;
let alice: Session;
beforeAll(async () => {
  sys = await startSystem({ env: { UPLOAD_MAX_PENDING: String(CAP) } });
  alice = await verifiedSession(sys, (await sandboxResidents(sys))[0]);
});
afterAll(() => sys.close(), 120_000);

function filesUnder(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? filesUnder(join(dir, e.name)) : 1),
    0,
  );
}

it(`40 uploads at once with a cap of ${CAP}: exactly ${CAP} are kept, the rest refused in Chinese, nothing left behind`, async () => {
  const photo = await png({ alpha: false });
  const answers = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      uploadFile<Upload & ErrorBody>(sys, alice, { name: `p${i}.png`, bytes: photo }),
    ),
  );

  const kept = answers.filter((a) => a.status === 201);
  const refused = answers.filter((a) => a.status !== 201);
  expect(kept).toHaveLength(CAP);
  expect(refused).toHaveLength(40 - CAP);
  for (const res of refused) {
    const body = expectContractRefusal(res, { status: 429, code: 'RATE_LIMITED' });
    expect(body.message).toContain(`${CAP} 个`);
  }

  const db = sys.app.get(DatabaseConnection).db;
  const rows = await db.selectFrom('upload').select('id').where('resident_id', '=', residentIdOf(alice)).execute();
  expect(rows.map((r) => r.id).sort()).toEqual(kept.map((k) => k.body.id).sort());
  expect(filesUnder(join(sys.app.get(AppConfig).dataDir, 'uploads'))).toBe(CAP);
});

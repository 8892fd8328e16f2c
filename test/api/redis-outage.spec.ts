import type {
  DisplayCode,
  ErrorBody,
  IdentitySmsCodeSent,
  LicenceList,
  LicenceVerification,
  Session,
} from '@zsb/contracts';
import { KeyValueStore } from '../../bff/src/common/kv-store';
import { H5Browser } from '../support/h5-browser';
import {
  bearer,
  lastSmsCode,
  post,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';
import { deadPort, startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

// Issue 16, item 5: Redis down. One-time values (亮证码, SMS codes, pending 实名认证 steps, H5 sign-in state and
// tickets) go to a table in the database while Redis cannot be reached, and are found there after it is back; rate
// limits fall back to per-instance counters. Residents see their flows work, never a 500.
// With TEST_REDIS_URL (npm run test:pg) the BFF reaches Redis through a proxy this suite owns, which the suite
// freezes, then closes, then opens again; without (npm test) the proxy leads nowhere, so Redis is down from the start.

const realRedis = process.env.TEST_REDIS_URL;

let proxy: TcpProxy;
let sys: RunningSystem;
let residents: SandboxResident[];
let alice: Session;
let bob: Session;
let aliceIdCard: string;
let issuedBefore: DisplayCode | null = null;

const display = (licenceId: string) =>
  post<DisplayCode & ErrorBody>(
    sys,
    `/api/v1/licences/${licenceId}/display-codes`,
    { fields: ['姓名'] },
    bearer(alice),
  );
const verify = (code: string) =>
  post<LicenceVerification & ErrorBody>(sys, '/api/v1/licence-verifications', { code }, bearer(bob));

beforeAll(async () => {
  const target = realRedis ? new URL(realRedis) : new URL(`redis://127.0.0.1:${await deadPort()}`);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
  sys = await startSystem({ env: { REDIS_URL: proxy.via(target.toString()) } });
  residents = await sandboxResidents(sys);
  alice = await verifiedSession(sys, residents[0]);
  bob = await verifiedSession(sys, residents[1]);
  aliceIdCard = (await sys.get<LicenceList>('/api/v1/licences', { headers: bearer(alice) })).body.items[0].id;
  if (realRedis) issuedBefore = (await display(aliceIdCard)).body;
});
afterAll(async () => {
  await sys.close();
  await proxy.close();
}, 120_000);

if (realRedis) {
  describe('when Redis stops answering without closing the connection', () => {
    it('does not hang: the commands time out, the database stands in, and the next requests do not wait again', async () => {
      proxy.freeze();
      try {
        let started = Date.now();
        const issued = await display(aliceIdCard);
        expect(issued.status).toBe(201);
        expect(Date.now() - started).toBeLessThan(10_000);
        started = Date.now();
        expect((await verify(issued.body.code)).status).toBe(200);
        expect(Date.now() - started).toBeLessThan(2_000);
        // The write that timed out reaches Redis once it answers again: the code was used, and stays used.
        proxy.thaw();
        for (let i = 0; i < 50 && !(await sys.app.get(KeyValueStore).ping()); i++)
          await new Promise((r) => setTimeout(r, 100));
        expect((await verify(issued.body.code)).status).toBe(400);
      } finally {
        proxy.thaw();
      }
    });
  });
}

describe('while Redis cannot be reached', () => {
  beforeAll(async () => {
    if (realRedis) await proxy.close();
  });

  it('issues a 亮证码 that verifies once and only once', async () => {
    const issued = await display(aliceIdCard);
    expect(issued.status).toBe(201);
    const seen = await verify(issued.body.code);
    expect(seen.status).toBe(200);
    expect(seen.body.fields).toEqual([{ label: '姓名', value: residents[0].name }]);
    const replay = await verify(issued.body.code);
    expect([replay.status, replay.body.code]).toEqual([400, 'DISPLAY_CODE_INVALID']);
  });

  it('completes 实名认证 with an SMS code, and a wrong code is still refused', async () => {
    const resident = residents[2];
    const session = await signInWechat(sys, resident.wechat_openid);
    const sent = await post<IdentitySmsCodeSent>(
      sys,
      '/api/v1/me/identity/sms-codes',
      { phone: resident.phone },
      bearer(session),
    );
    expect(sent.status).toBe(200);
    const code = await lastSmsCode(sys, resident.phone);
    const form = { name: resident.name, idNumber: resident.id_number, phone: resident.phone, consent: true };
    const wrong = await post<ErrorBody>(
      sys,
      '/api/v1/me/identity',
      { ...form, smsCode: code === '000000' ? '000001' : '000000' },
      bearer(session),
    );
    expect([wrong.status, wrong.body.code]).toEqual([400, 'SMS_CODE_INVALID']);
    const done = await post(sys, '/api/v1/me/identity', { ...form, smsCode: code }, bearer(session));
    expect(done.status).toBe(200);
  });

  it('signs an H5 browser in (state and ticket kept until used, once)', async () => {
    const browser = new H5Browser(sys);
    const landing = await browser.land(await browser.startSignIn(residents[3]));
    expect(landing).toMatch(/\?ticket=/);
    expect((await browser.redeem(landing)).status).toBe(200);
    expect((await browser.redeem(landing)).status).toBe(401);
  });

  it('still limits tries at one 亮证码 (per instance)', async () => {
    const { code } = (await display(aliceIdCard)).body;
    const wrongTag = `${code.split('.')[0]}.${'A'.repeat(22)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await verify(wrongTag)).status);
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });
});

if (realRedis) {
  describe('once Redis is back', () => {
    it('still verifies, once, a code issued while it was down, and one issued before it went down', async () => {
      const during = (await display(aliceIdCard)).body;
      await proxy.reopen();
      // ioredis reconnects with a back-off of its own.
      const store = sys.app.get(KeyValueStore);
      for (let i = 0; i < 150 && !(await store.ping()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(await store.ping()).toBe(true);
      expect((await verify(during.code)).status).toBe(200);
      expect((await verify(during.code)).status).toBe(400);
      expect((await verify(issuedBefore!.code)).status).toBe(200);
      expect((await verify(issuedBefore!.code)).status).toBe(400);
    });
  });
} else {
  describe('when Redis has never been reached', () => {
    it('the BFF started and is ready (Redis is not needed to serve)', async () => {
      expect((await sys.get('/health/ready')).status).toBe(200);
    });
  });
}

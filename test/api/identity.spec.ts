import type { ErrorBody, IdentityResult, IdentitySmsCodeSent, ResidentProfile, Session } from '@zsb/contracts';
import { maskIdNumber, maskPhone } from '@zsb/domain';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import {
  alipayCode,
  bearer,
  lastSmsCode,
  post,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
let residents: SandboxResident[];
beforeAll(async () => {
  sys = await startSystem({ captureLogs: true });
  residents = await sandboxResidents(sys);
});
afterAll(() => sys.close(), 120_000);

const identity = (session: Session, body: Record<string, unknown>) =>
  post<IdentityResult & ErrorBody>(sys, '/api/v1/me/identity', body, bearer(session));
const sendCode = (session: Session, phone: string) =>
  post<IdentitySmsCodeSent & ErrorBody>(sys, '/api/v1/me/identity/sms-codes', { phone }, bearer(session));

describe('实名认证', () => {
  it('verifies name and ID number after a code to the phone, and shows them only masked', async () => {
    const r = residents[0];
    const session = await signInWechat(sys, r.wechat_openid);
    const sent = await sendCode(session, r.phone);
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ phoneMasked: maskPhone(r.phone), expiresInSec: 300 });
    const res = await identity(session, {
      name: r.name,
      idNumber: r.id_number,
      phone: r.phone,
      smsCode: await lastSmsCode(sys, r.phone),
      consent: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.resident).toMatchObject({
      verified: true,
      idNumberMasked: maskIdNumber(r.id_number),
      phoneMasked: maskPhone(r.phone),
    });
    const me = await sys.get<ResidentProfile>('/api/v1/me', { headers: bearer(session) });
    expect(me.body.verified).toBe(true);
    expect(me.body.nameMasked).not.toBe(r.name);
    expect(JSON.stringify(me.body)).not.toContain(r.id_number);
    expect(JSON.stringify(me.body)).not.toContain(r.phone);
  });

  it('keeps ID numbers, phones and names only encrypted in the database', async () => {
    const r = residents[1];
    await verifiedSession(sys, r);
    const rows = await sys.app.get(DatabaseConnection).db.selectFrom('resident').selectAll().execute();
    const dump = JSON.stringify(rows);
    expect(rows.some((row) => row.verified_at !== null)).toBe(true);
    for (const secret of [r.id_number, r.phone, r.name, residents[0].id_number]) expect(dump).not.toContain(secret);
  });

  it('explains what is wrong with an ID number, a code or a missing consent, and stores nothing', async () => {
    const r = residents[2];
    const session = await signInWechat(sys, r.wechat_openid);
    await sendCode(session, r.phone);
    const smsCode = await lastSmsCode(sys, r.phone);
    const base = { name: r.name, idNumber: r.id_number, phone: r.phone, smsCode, consent: true };
    const lastDigit = r.id_number[17] === '0' ? '1' : '0';
    const badChecksum = await identity(session, { ...base, idNumber: r.id_number.slice(0, 17) + lastDigit });
    expect(badChecksum.status).toBe(400);
    expect(badChecksum.body.code).toBe('ID_NUMBER_INVALID');
    expect(badChecksum.body.message).toContain('校验');
    const noConsent = await identity(session, { ...base, consent: false });
    expect(noConsent.body.code).toBe('CONSENT_REQUIRED');
    const wrongCode = await identity(session, { ...base, smsCode: smsCode === '000000' ? '111111' : '000000' });
    expect(wrongCode.body.code).toBe('SMS_CODE_INVALID');
    const otherPhone = await identity(session, { ...base, phone: residents[3].phone });
    expect(otherPhone.body.code).toBe('SMS_CODE_INVALID');
    const wrongName = await identity(session, { ...base, name: r.name === '张伟' ? '李伟' : '张伟' });
    expect(wrongName.status).toBe(422);
    expect(wrongName.body.code).toBe('IDENTITY_MISMATCH');
    const me = await sys.get<ResidentProfile>('/api/v1/me', { headers: bearer(session) });
    expect(me.body.verified).toBe(false);
    // After all that, the right answer still works (the code survived fewer than five wrong tries).
    const ok = await identity(session, base);
    expect(ok.status).toBe(200);
  });

  it('forgets a code after five wrong tries', async () => {
    const r = residents[4];
    const session = await signInWechat(sys, r.wechat_openid);
    await sendCode(session, r.phone);
    const smsCode = await lastSmsCode(sys, r.phone);
    const wrong = smsCode === '999999' ? '999998' : '999999';
    for (let i = 0; i < 5; i++)
      await identity(session, { name: r.name, idNumber: r.id_number, phone: r.phone, smsCode: wrong, consent: true });
    const right = await identity(session, {
      name: r.name,
      idNumber: r.id_number,
      phone: r.phone,
      smsCode,
      consent: true,
    });
    expect(right.body.code).toBe('SMS_CODE_INVALID');
  });

  it('sends at most one code a minute, saying when to ask again', async () => {
    const r = residents[5];
    const session = await signInWechat(sys, r.wechat_openid);
    expect((await sendCode(session, r.phone)).status).toBe(200);
    const again = await sendCode(session, r.phone);
    expect(again.status).toBe(429);
    expect(again.body.code).toBe('RATE_LIMITED');
    expect(again.body.message).toContain('1 分钟');
    expect(again.headers.get('retry-after')).toBeTruthy();
  });

  it('leads the same person signing in from Alipay to the resident they already are', async () => {
    const r = residents[6];
    const wechat = await verifiedSession(sys, r);
    const code = await alipayCode(sys, r.alipay_user_id);
    const alipay = (await post<Session>(sys, '/api/v1/auth/alipay', { code })).body;
    expect(alipay.resident.id).not.toBe(wechat.resident.id);
    await sendCode(alipay, r.phone);
    const res = await identity(alipay, {
      name: r.name,
      idNumber: r.id_number,
      phone: r.phone,
      smsCode: await lastSmsCode(sys, r.phone),
      consent: true,
    });
    expect(res.status).toBe(200);
    expect(res.body.session?.resident.id).toBe(wechat.resident.id);
    expect(res.body.resident.signInMethods.sort()).toEqual(['alipay', 'wechat']);
    // The stand-in account's session is over; the new one works.
    expect((await sys.get('/api/v1/me', { headers: bearer(alipay) })).status).toBe(401);
    expect((await sys.get('/api/v1/me', { headers: bearer(res.body.session!) })).status).toBe(200);
  });

  it('says the identity service is unreachable without losing the code, and logs no personal data about it', async () => {
    const r = residents[7];
    const session = await signInWechat(sys, r.wechat_openid);
    await sendCode(session, r.phone);
    const body = {
      name: r.name,
      idNumber: r.id_number,
      phone: r.phone,
      smsCode: await lastSmsCode(sys, r.phone),
      consent: true,
    };
    const faults = (method: string, json?: unknown) =>
      fetch(`${sys.sandbox.url}/__sandbox/faults`, {
        method,
        headers: json ? { 'content-type': 'application/json' } : {},
        body: json ? JSON.stringify(json) : undefined,
      });
    await faults('PUT', { errorRate: 1, pathPrefix: '/identity' });
    const down = await identity(session, body);
    await faults('DELETE');
    expect(down.status).toBe(503);
    expect(down.body.code).toBe('UPSTREAM_UNAVAILABLE');
    expect((await identity(session, body)).status).toBe(200);
  });

  it('never writes an ID number or phone into the logs', async () => {
    const lines = JSON.stringify(sys.logs());
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines).toContain('request failed');
    for (const r of residents.slice(0, 8)) {
      expect(lines).not.toContain(r.id_number);
      expect(lines).not.toContain(r.phone);
    }
  });
});

import type {
  ErrorBody,
  IdentityResult,
  IdentitySmsCodeSent,
  IdentityWindowCode,
  LicenceList,
  ResidentProfile,
  Session,
  WindowIdentityCheck,
} from '@zsb/contracts';
import { maskPhone } from '@zsb/domain';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import { H5Browser } from '../support/h5-browser';
import {
  alipayCode,
  bearer,
  post,
  residentIdOf,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// Security issue 13, item 1: knowing a name and an ID number must not make anyone that resident. Each case is the
// attack (or the legitimate path it must not break), over HTTP against the sandbox's identity service and SMS
// gateway, whose outbox shows which phone got what.

let sys: RunningSystem;
let people: SandboxResident[];
beforeAll(async () => {
  // Residents here verify from several sign-ins within a minute; the limits themselves are attacked in
  // spoofed-address.spec.ts, so this suite gives them room.
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '5' } });
  people = await sandboxResidents(sys);
});
afterAll(() => sys.close(), 120_000);

type Answer<T> = { status: number; body: T & ErrorBody };
const call = <T>(session: Session, path: string, body: unknown = {}): Promise<Answer<T>> =>
  post<T & ErrorBody>(sys, path, body, bearer(session));
const get = async <T>(session: Session, path: string): Promise<Answer<T>> =>
  sys.get<T & ErrorBody>(path, { headers: bearer(session) });

/** Everything the sandbox's SMS gateway sent to a phone, newest first. */
async function outbox(phone: string): Promise<{ template: string; text: string; params: Record<string, string> }[]> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/sms?phone=${phone}`);
  return ((await res.json()) as { messages: { template: string; text: string; params: Record<string, string> }[] })
    .messages;
}
const lastCode = async (phone: string): Promise<string> => (await outbox(phone))[0].params.code;

/** A fresh WeChat account nobody has used: what a stranger makes in a minute. */
let strangers = 0;
const strangerAccount = (): Promise<Session> =>
  signInWechat(sys, `oZSBstranger${String(++strangers).padStart(16, '0')}`);

/** 实名认证 as the app does it: a code to `phone`, then name, ID number, phone and code. */
async function realName(
  session: Session,
  who: { name: string; id_number: string },
  phone: string,
): Promise<Answer<IdentityResult>> {
  const sent = await call<IdentitySmsCodeSent>(session, '/api/v1/me/identity/sms-codes', { phone });
  if (sent.status !== 200) throw new Error(`code to ${maskPhone(phone)}: ${sent.status} ${sent.body.code}`);
  return call<IdentityResult>(session, '/api/v1/me/identity', {
    name: who.name,
    idNumber: who.id_number,
    phone,
    smsCode: await lastCode(phone),
    consent: true,
  });
}

/** A phone number nobody in the registry has: the stranger's own. */
let phones = 0;
const strangersPhone = (): string => `1770000${String(++phones).padStart(4, '0')}`;

async function registerPhone(idNumber: string, phone: string): Promise<void> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/identity/phones`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ id_number: idNumber, phone }),
  });
  expect(res.status).toBe(200);
}

const residentRow = (id: string) =>
  sys.app
    .get(DatabaseConnection)
    .db.selectFrom('resident')
    .select(['id', 'phone_hash', 'id_number_hash', 'verified_at', 'merged_into'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const signInsOf = (id: string) =>
  sys.app
    .get(DatabaseConnection)
    .db.selectFrom('sign_in')
    .select(['method', 'subject'])
    .where('resident_id', '=', id)
    .orderBy('subject')
    .execute();
const eventsOf = (id: string) =>
  sys.app
    .get(DatabaseConnection)
    .db.selectFrom('identity_event')
    .selectAll()
    .where('resident_id', '=', id)
    .orderBy('at')
    .execute();

describe('a stranger who knows a name and an ID number', () => {
  it('cannot become the resident with a phone of their own, and the resident is untouched', async () => {
    const victim = people[0];
    const victimSession = await verifiedSession(sys, victim);
    const before = await residentRow(residentIdOf(victimSession));
    const victimSignIns = await signInsOf(before.id);

    const stranger = await strangerAccount();
    const attempt = await realName(stranger, victim, strangersPhone());
    expect(attempt.status).toBe(422);
    expect(attempt.body.code).toBe('IDENTITY_PHONE_NOT_REGISTERED');
    expect(attempt.body.message).toMatch(/本人.*名下|便民服务中心/);
    expect(attempt.body.session).toBeUndefined();

    // The stranger is still nobody: no licences, no applications, no bookings in the victim's name.
    expect((await get<ResidentProfile>(stranger, '/api/v1/me')).body.verified).toBe(false);
    expect((await get<LicenceList>(stranger, '/api/v1/licences')).status).toBe(403);
    expect((await get<{ items: unknown[] }>(stranger, '/api/v1/applications')).body.items).toEqual([]);
    expect((await get<{ items: unknown[] }>(stranger, '/api/v1/bookings')).body.items).toEqual([]);
    // The victim's row, phone and sign-ins are exactly as they were; their session still works.
    expect(await residentRow(before.id)).toEqual(before);
    expect(await signInsOf(before.id)).toEqual(victimSignIns);
    expect((await get<LicenceList>(victimSession, '/api/v1/licences')).status).toBe(200);
  });

  it('cannot join the resident even with a phone the carriers now register to that ID: only the phone on file joins', async () => {
    const victim = people[1];
    const victimSession = await verifiedSession(sys, victim);
    const victimId = residentIdOf(victimSession);
    const before = await residentRow(victimId);
    // The number was re-issued in the victim's name (a SIM swap at a careless shop): 三要素 now passes for it.
    const swapped = strangersPhone();
    await registerPhone(victim.id_number, swapped);

    const stranger = await strangerAccount();
    const attempt = await realName(stranger, victim, swapped);
    expect(attempt.status).toBe(409);
    expect(attempt.body.code).toBe('IDENTITY_PHONE_PROOF_REQUIRED');
    expect(attempt.body.phoneOnFileMasked).toBe(maskPhone(victim.phone));
    expect(attempt.body.message).toContain(maskPhone(victim.phone));
    expect(attempt.body.message).toContain('便民服务中心');
    expect(JSON.stringify(attempt.body)).not.toContain(victim.phone);

    // The code goes to the victim's phone, with a warning; the stranger has nothing to type but guesses.
    const sent = await call<IdentitySmsCodeSent>(stranger, '/api/v1/me/identity/phone-on-file/sms-codes');
    expect(sent.status).toBe(200);
    expect(sent.body.phoneMasked).toBe(maskPhone(victim.phone));
    const warning = (await outbox(victim.phone))[0];
    expect(warning.template).toBe('ACCOUNT_LINK_VERIFY');
    expect(warning.text).toContain('如非本人操作');
    expect(await outbox(swapped)).toHaveLength(1); // only the first code, to the swapped number itself
    const realCode = warning.params.code;
    const guesses = ['000000', '111111', '222222', '333333', '444444'].filter((g) => g !== realCode).slice(0, 5);
    for (const guess of guesses)
      expect((await call(stranger, '/api/v1/me/identity/phone-on-file', { smsCode: guess })).body.code).toBe(
        'SMS_CODE_INVALID',
      );
    // Five wrong tries and the code is gone: even the right one no longer works.
    if (guesses.length === 5)
      expect((await call(stranger, '/api/v1/me/identity/phone-on-file', { smsCode: realCode })).body.code).toBe(
        'SMS_CODE_INVALID',
      );

    expect(await residentRow(victimId)).toEqual(before);
    expect((await get<ResidentProfile>(stranger, '/api/v1/me')).body.verified).toBe(false);
    expect((await get<LicenceList>(stranger, '/api/v1/licences')).status).toBe(403);
    await registerPhone(victim.id_number, victim.phone);
  });

  it('cannot turn an account verified as themselves into the victim', async () => {
    const self = people[2];
    const session = await verifiedSession(sys, self);
    const victim = people[3];
    await verifiedSession(sys, victim);
    const attempt = await realName(session, victim, victim.phone);
    expect(attempt.status).toBe(409);
    expect(attempt.body.code).toBe('IDENTITY_ALREADY_VERIFIED');
    expect((await get<ResidentProfile>(session, '/api/v1/me')).body.idNumberMasked).toMatch(
      new RegExp(`^${self.id_number.slice(0, 4)}`),
    );
  });

  it('cannot use the window path without being window staff', async () => {
    const stranger = await strangerAccount();
    const code = (await call<IdentityWindowCode>(stranger, '/api/v1/me/identity/window-codes')).body.code;
    const victim = people[4];
    const sent = await call(stranger, '/api/v1/staff/identity-checks/sms-codes', { phone: strangersPhone() });
    expect(sent.status).toBe(403);
    expect(sent.body.code).toBe('STAFF_ONLY');
    const check = await call(stranger, '/api/v1/staff/identity-checks', {
      centerId: 'C410502001',
      windowCode: code,
      name: victim.name,
      idNumber: victim.id_number,
      phone: strangersPhone(),
      smsCode: '123456',
      idCardChecked: true,
    });
    expect(check.status).toBe(403);
    expect((await get<ResidentProfile>(stranger, '/api/v1/me')).body.verified).toBe(false);
  });
});

describe('the same person keeps working', () => {
  it('ends up as one resident from WeChat, Alipay and H5 with the same phone', async () => {
    const r = people[0]; // the README resident, whom the provincial identity service has verified
    const wechat = await verifiedSession(sys, r);
    const alipay = (await post<Session>(sys, '/api/v1/auth/alipay', { code: await alipayCode(sys, r.alipay_user_id) }))
      .body;
    const joined = await realName(alipay, r, r.phone);
    expect(joined.status).toBe(200);
    expect(joined.body.session?.resident.id).toBe(wechat.resident.id);

    // H5: the provincial identity service already verified them: no name or ID number to type again.
    const h5 = await new H5Browser(sys).signIn(r);
    expect(h5.resident.verified).toBe(false);
    expect(h5.resident.signInIdentity).toEqual({
      nameMasked: expect.stringMatching(/\*/),
      idNumberMasked: expect.stringMatching(/^\d{4}\*+/),
      phoneMasked: maskPhone(r.phone),
    });
    expect(JSON.stringify(h5.resident)).not.toContain(r.id_number);
    await call(h5, '/api/v1/me/identity/sms-codes', { phone: r.phone });
    const viaH5 = await call<IdentityResult>(h5, '/api/v1/me/identity', {
      useSignInIdentity: true,
      phone: r.phone,
      smsCode: await lastCode(r.phone),
      consent: true,
    });
    expect(viaH5.status).toBe(200);
    expect(viaH5.body.session?.resident.id).toBe(wechat.resident.id);
    expect(viaH5.body.resident.signInMethods.sort()).toEqual(['alipay', 'h5', 'wechat']);
  });

  it('moves to a new number by proving the old one, and the old number is told', async () => {
    const r = people[5];
    const wechat = await verifiedSession(sys, r);
    const id = residentIdOf(wechat);
    const newPhone = strangersPhone();
    await registerPhone(r.id_number, newPhone); // the resident took a new number in their name

    const alipay = (await post<Session>(sys, '/api/v1/auth/alipay', { code: await alipayCode(sys, r.alipay_user_id) }))
      .body;
    const asked = await realName(alipay, r, newPhone);
    expect(asked.body.code).toBe('IDENTITY_PHONE_PROOF_REQUIRED');
    await call(alipay, '/api/v1/me/identity/phone-on-file/sms-codes');
    const done = await call<IdentityResult>(alipay, '/api/v1/me/identity/phone-on-file', {
      smsCode: await lastCode(r.phone),
    });
    expect(done.status).toBe(200);
    expect(done.body.session?.resident.id).toBe(id);
    expect(done.body.resident.phoneMasked).toBe(maskPhone(newPhone));
    // The old number hears of it, naming the new one only masked.
    const notice = (await outbox(r.phone))[0];
    expect(notice.template).toBe('PHONE_CHANGED');
    expect(notice.text).toContain(maskPhone(newPhone));
    expect(notice.text).not.toContain(newPhone);
    expect((await eventsOf(id)).map((e) => [e.kind, e.proof])).toEqual([
      ['verified', 'self'],
      ['phone-changed', 'self'],
      ['joined', 'self'],
    ]);
    // The WeChat session carries on as the same resident, now with the new phone.
    expect((await get<ResidentProfile>(wechat, '/api/v1/me')).body.phoneMasked).toBe(maskPhone(newPhone));
  });

  it('at a window, staff who checked the ID card join an elder whose phone is in a child’s name, and are recorded', async () => {
    const elder = people[6];
    const elderFirst = await verifiedSession(sys, elder);
    const elderId = residentIdOf(elderFirst);
    const clerk = await verifiedSession(sys, people[7]);
    const clerkId = residentIdOf(clerk);
    await sys.app.get(StaffRepository).grant(clerkId, 'C410526001');
    const childsPhone = people[8].phone; // registered to the child, not to the elder

    // On the elder's new phone the self-service path refuses the child's number…
    const newSignIn = await strangerAccount();
    expect((await realName(newSignIn, elder, childsPhone)).body.code).toBe('IDENTITY_PHONE_NOT_REGISTERED');
    // …so the elder shows a window code; the clerk checks the ID card and the phone's code read out to them.
    const windowCode = (await call<IdentityWindowCode>(newSignIn, '/api/v1/me/identity/window-codes')).body.code;
    expect(windowCode).toMatch(/^\d{8}$/);
    const check = (body: Record<string, unknown>) =>
      call<WindowIdentityCheck>(clerk, '/api/v1/staff/identity-checks', {
        centerId: 'C410526001',
        windowCode,
        name: elder.name,
        idNumber: elder.id_number,
        phone: childsPhone,
        ...body,
      });
    expect((await call(clerk, '/api/v1/staff/identity-checks/sms-codes', { phone: childsPhone })).status).toBe(200);
    const smsCode = await lastCode(childsPhone);
    const unchecked = await check({ smsCode, idCardChecked: false });
    expect(unchecked.status).toBe(400);
    expect(unchecked.body.message).toContain('身份证原件');
    expect((await check({ smsCode, idCardChecked: true, centerId: 'C999999999' })).body.code).toBe('STAFF_ONLY');
    const done = await check({ smsCode, idCardChecked: true });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({
      outcome: 'joined',
      phoneChanged: true,
      nameMasked: expect.any(String),
      idNumberMasked: expect.any(String),
      phoneMasked: maskPhone(childsPhone),
    });
    // The window code works once.
    expect((await check({ smsCode, idCardChecked: true })).body.code).toBe('WINDOW_CODE_INVALID');

    expect((await signInsOf(elderId)).map((s) => s.subject)).toContain(
      `oZSBstranger${String(strangers).padStart(16, '0')}`,
    );
    const window = (await eventsOf(elderId)).filter((e) => e.proof === 'window');
    expect(window.map((e) => [e.kind, e.staff_resident_id, e.center_id])).toEqual([
      ['phone-changed', clerkId, 'C410526001'],
      ['joined', clerkId, 'C410526001'],
    ]);
    expect((await outbox(elder.phone))[0]).toMatchObject({
      template: 'PHONE_CHANGED',
      text: expect.stringContaining('窗口'),
    });
    // The new sign-in's old session ended; signing in again from it leads to the elder.
    expect((await get(newSignIn, '/api/v1/me')).status).toBe(401);
    const again = await signInWechat(sys, `oZSBstranger${String(strangers).padStart(16, '0')}`);
    expect(again.resident.id).toBe(elderId);
  });
});

describe('races', () => {
  it('two first verifications of one person at the same moment end as one resident, without an error', async () => {
    const r = people[9];
    const wechat = await signInWechat(sys, r.wechat_openid);
    const alipay = (await post<Session>(sys, '/api/v1/auth/alipay', { code: await alipayCode(sys, r.alipay_user_id) }))
      .body;
    const codes: string[] = [];
    for (const s of [wechat, alipay]) {
      expect((await call(s, '/api/v1/me/identity/sms-codes', { phone: r.phone })).status).toBe(200);
      codes.push(await lastCode(r.phone));
    }
    const both = await Promise.all(
      [wechat, alipay].map((s, i) =>
        call<IdentityResult>(s, '/api/v1/me/identity', {
          name: r.name,
          idNumber: r.id_number,
          phone: r.phone,
          smsCode: codes[i],
          consent: true,
        }),
      ),
    );
    expect(both.map((a) => a.status)).toEqual([200, 200]);
    const ids = new Set(both.map((a) => a.body.resident.id));
    expect(ids.size).toBe(1);
    expect(both.find((a) => a.body.session)?.body.resident.signInMethods.sort()).toEqual(['alipay', 'wechat']);
  });
});

describe('nothing personal leaks from the binding', () => {
  it('stores the new tables’ personal data only encrypted', async () => {
    const dump = JSON.stringify([
      await sys.app.get(DatabaseConnection).db.selectFrom('identity_event').selectAll().execute(),
      await sys.app.get(DatabaseConnection).db.selectFrom('sign_in').selectAll().execute(),
    ]);
    for (const r of people.slice(0, 9)) {
      expect(dump).not.toContain(r.id_number);
      expect(dump).not.toContain(r.phone);
      expect(dump).not.toContain(r.name);
    }
  });
});

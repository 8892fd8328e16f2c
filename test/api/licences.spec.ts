import type {
  DisplayCode,
  DisplayCodeStatus,
  ErrorBody,
  LicenceConsent,
  LicenceConsentList,
  LicenceDetail,
  LicenceList,
  LicenceUseList,
  LicenceVerification,
  MatterGuide,
  MatterPage,
  Session,
} from '@zsb/contracts';
import { maskName } from '@zsb/domain';
import {
  bearer,
  post,
  sandboxResidents,
  signInWechat,
  type SandboxResident,
  verifiedSession,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
let residents: SandboxResident[];
let alice: Session;
let bob: Session;
let aliceLicences: LicenceList['items'];
const ID_CARD = '11100000000013127D001';

beforeAll(async () => {
  sys = await startSystem();
  residents = await sandboxResidents(sys);
  alice = await verifiedSession(sys, residents[0]);
  bob = await verifiedSession(sys, residents[1]);
  aliceLicences = (await sys.get<LicenceList>('/api/v1/licences', { headers: bearer(alice) })).body.items;
});
afterAll(() => sys.close(), 120_000);

const get = <T>(session: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(session) });
const idCard = () => aliceLicences.find((l) => l.typeCode === ID_CARD)!;
const display = (session: Session, licenceId: string, body: unknown) =>
  post<DisplayCode & ErrorBody>(sys, `/api/v1/licences/${licenceId}/display-codes`, body, bearer(session));
const verify = (session: Session, code: string) =>
  post<LicenceVerification & ErrorBody>(sys, '/api/v1/licence-verifications', { code }, bearer(session));
const sandboxPost = (path: string) => fetch(`${sys.sandbox.url}${path}`, { method: 'POST' });
const displaysLogged = async (session: Session) =>
  (await get<LicenceUseList>(session, '/api/v1/licence-uses')).body.items.filter((u) => u.action === 'display').length;

describe('the licence wallet', () => {
  it('needs 实名认证 first, and says so', async () => {
    const anonymous = await signInWechat(sys, residents[9].wechat_openid);
    const res = await get<LicenceList>(anonymous, '/api/v1/licences');
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('IDENTITY_REQUIRED');
    expect(res.body.message).toContain('实名认证');
  });

  it('lists the resident’s licences, ID card first, numbers masked', () => {
    expect(aliceLicences.length).toBeGreaterThanOrEqual(3);
    expect(aliceLicences[0].typeName).toBe('居民身份证');
    expect(idCard().numberMasked).toBe(
      `${residents[0].id_number.slice(0, 4)}**********${residents[0].id_number.slice(-4)}`,
    );
    expect(JSON.stringify(aliceLicences)).not.toContain(residents[0].id_number);
  });

  it('shows a licence masked, marked 已验证 only when the issuer’s seal checks out, and in full on request', async () => {
    const masked = await get<LicenceDetail>(alice, `/api/v1/licences/${idCard().id}`);
    expect(masked.status).toBe(200);
    expect(masked.body.verified).toBe(true);
    expect(masked.body.fields.some((f) => f.masked)).toBe(true);
    expect(JSON.stringify(masked.body)).not.toContain(residents[0].id_number);
    const full = await get<LicenceDetail>(alice, `/api/v1/licences/${idCard().id}?reveal=true`);
    expect(full.body.fields.map((f) => f.value)).toContain(residents[0].id_number);
  });

  it('catches a licence whose contents no longer match its seal', async () => {
    const target = aliceLicences.find((l) => l.typeCode !== ID_CARD)!;
    expect((await get<LicenceDetail>(alice, `/api/v1/licences/${target.id}`)).body.verified).toBe(true);
    await sandboxPost(`/__sandbox/licences/${target.id}/tamper`);
    const tampered = await get<LicenceDetail>(alice, `/api/v1/licences/${target.id}`);
    expect(tampered.status).toBe(200);
    expect(tampered.body.verified).toBe(false);
    const refused = await display(alice, target.id, { fields: [tampered.body.fields[0].label] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('LICENCE_NOT_VALID');
  });
});

describe('亮证码', () => {
  it('shows a verifier only the fields the holder chose, once', async () => {
    const issued = await display(alice, idCard().id, { fields: ['姓名'], ttlSec: 60 });
    expect(issued.status).toBe(201);
    expect(issued.body.ttlSec).toBe(60);
    const seen = await verify(bob, issued.body.code);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ typeName: '居民身份证', verified: true, status: 'valid' });
    expect(seen.body.fields).toEqual([{ label: '姓名', value: residents[0].name }]);
    expect(JSON.stringify(seen.body)).not.toContain(residents[0].id_number);
    const replay = await verify(bob, issued.body.code);
    expect(replay.status).toBe(400);
    expect(replay.body.code).toBe('DISPLAY_CODE_INVALID');
  });

  it('tells its holder, and only its holder, that it was verified, by whom (masked) and when', async () => {
    const issued = await display(alice, idCard().id, { fields: ['姓名'], ttlSec: 60 });
    const { statusId, code } = issued.body;
    expect(statusId).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(code).not.toContain(statusId);
    const status = (s: Session) => get<DisplayCodeStatus>(s, `/api/v1/licence-display-codes/${statusId}`);
    expect((await status(alice)).body).toEqual({ verified: false, verifiedAt: null, verifierNameMasked: null });
    expect((await verify(bob, code)).status).toBe(200);
    const seen = await status(alice);
    expect(seen.status).toBe(200);
    expect(seen.body.verified).toBe(true);
    expect(seen.body.verifierNameMasked).toBe(maskName(residents[1].name));
    expect(seen.body.verifierNameMasked).not.toBe(residents[1].name);
    expect(Date.parse(seen.body.verifiedAt!)).toBeGreaterThan(Date.now() - 60_000);
    // Anyone else, the verifier included, learns nothing from the status id: the same answer as an unused code.
    expect((await status(bob)).body).toEqual({ verified: false, verifiedAt: null, verifierNameMasked: null });
    const bad = await get<ErrorBody>(alice, '/api/v1/licence-display-codes/not%20an%20id');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses a forged code and an expired one', async () => {
    const issued = await display(alice, idCard().id, { fields: ['姓名'] });
    const [id, tag] = issued.body.code.split('.');
    const forged = `${id}.${tag.slice(0, -1)}${tag.endsWith('A') ? 'B' : 'A'}`;
    expect((await verify(bob, forged)).body.code).toBe('DISPLAY_CODE_INVALID');
    const madeUp = `${'A'.repeat(22)}.${tag}`;
    expect((await verify(bob, madeUp)).body.code).toBe('DISPLAY_CODE_INVALID');
    // 121 seconds later (the default lifetime is 120).
    const later = Date.now() + 121_000;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
    try {
      expect((await verify(bob, issued.body.code)).body.code).toBe('DISPLAY_CODE_INVALID');
    } finally {
      clock.mockRestore();
    }
  });

  it('refuses lifetimes outside 60–300 s and fields the licence does not have', async () => {
    expect((await display(alice, idCard().id, { fields: ['姓名'], ttlSec: 30 })).status).toBe(400);
    expect((await display(alice, idCard().id, { fields: ['姓名'], ttlSec: 301 })).status).toBe(400);
    const before = await displaysLogged(alice);
    const unknown = await display(alice, idCard().id, { fields: ['银行卡密码'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.message).toContain('银行卡密码');
    // Nothing was shown, so nothing is in the use log (its row is written while the licence is read, then taken back).
    expect(await displaysLogged(alice)).toBe(before);
  });

  it('will not show a revoked licence', async () => {
    const target =
      aliceLicences.find((l) => l.typeCode !== ID_CARD && l.status === 'valid' && l.id !== aliceLicences[1].id) ??
      aliceLicences[2];
    await sandboxPost(`/__sandbox/licences/${target.id}/revoke`);
    const detail = await get<LicenceDetail>(alice, `/api/v1/licences/${target.id}`);
    expect(detail.body.status).toBe('revoked');
    const before = await displaysLogged(alice);
    expect((await display(alice, target.id, { fields: [detail.body.fields[0].label] })).body.code).toBe(
      'LICENCE_NOT_VALID',
    );
    expect(await displaysLogged(alice)).toBe(before);
    // Another resident trying the same licence gets what a licence that does not exist gets, and no log row.
    const bobsBefore = await displaysLogged(bob);
    expect((await display(bob, target.id, { fields: ['姓名'] })).status).toBe(404);
    expect(await displaysLogged(bob)).toBe(bobsBefore);
  });
});

describe('用证记录', () => {
  it('lists every read, display and verification with who and why, newest first', async () => {
    const log = await get<LicenceUseList>(alice, '/api/v1/licence-uses');
    expect(log.status).toBe(200);
    const actions = new Set(log.body.items.map((u) => u.action));
    expect([...actions].sort()).toEqual(['display', 'read', 'verify']);
    const verification = log.body.items.find((u) => u.action === 'verify')!;
    expect(verification.actor).toBe('verifier');
    expect(verification.actorNameMasked).toMatch(/\*/);
    expect(verification.actorNameMasked).not.toBe(residents[1].name);
    const times = log.body.items.map((u) => u.at);
    expect([...times].sort().reverse()).toEqual(times);
    // Bob's own log holds nothing of Alice's.
    const bobs = await get<LicenceUseList>(bob, '/api/v1/licence-uses');
    expect(bobs.body.items.some((u) => aliceLicences.some((l) => l.id === u.licenceId))).toBe(false);
  });
});

describe('授权用证', () => {
  let matterCode: string;
  beforeAll(async () => {
    const page = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('身份证')}&pageSize=20`);
    for (const m of page.body.items) {
      const guide = await sys.get<MatterGuide>(`/api/v1/matters/${m.code}`);
      if (guide.body.materials.some((x) => x.licenceType?.code === ID_CARD)) {
        matterCode = m.code;
        break;
      }
    }
  });

  it('grants, lists and revokes a consent; granting twice keeps one', async () => {
    const granted = await post<LicenceConsent>(
      sys,
      '/api/v1/licence-consents',
      { typeCode: ID_CARD, matterCode },
      bearer(alice),
    );
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({ typeName: '居民身份证', matterCode, revokedAt: null });
    const again = await post<LicenceConsent>(
      sys,
      '/api/v1/licence-consents',
      { typeCode: ID_CARD, matterCode },
      bearer(alice),
    );
    expect(again.body.id).toBe(granted.body.id);
    const list = await get<LicenceConsentList>(alice, '/api/v1/licence-consents');
    expect(list.body.items.filter((c) => c.revokedAt === null)).toHaveLength(1);
    const revoke = await fetch(`${sys.url}/api/v1/licence-consents/${granted.body.id}`, {
      method: 'DELETE',
      headers: bearer(alice),
    });
    expect(revoke.status).toBe(204);
    const twice = await fetch(`${sys.url}/api/v1/licence-consents/${granted.body.id}`, {
      method: 'DELETE',
      headers: bearer(alice),
    });
    expect(twice.status).toBe(404);
    expect((await get<LicenceConsentList>(alice, '/api/v1/licence-consents')).body.items[0].revokedAt).not.toBeNull();
  });

  it('refuses a consent the matter has no use for', async () => {
    const res = await post<ErrorBody>(
      sys,
      '/api/v1/licence-consents',
      { typeCode: 'ZZ99999999999999', matterCode },
      bearer(alice),
    );
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('CONSENT_NOT_APPLICABLE');
  });
});

describe('another resident', () => {
  it('gets 404 for every licence, display and consent route of mine, the same as for what does not exist', async () => {
    const consent = (
      await post<LicenceConsent>(
        sys,
        '/api/v1/licence-consents',
        { typeCode: ID_CARD, matterCode: await anyIdCardMatter() },
        bearer(alice),
      )
    ).body;
    const mine = idCard().id;
    const attempts = [
      await get<LicenceDetail>(bob, `/api/v1/licences/${mine}`),
      await get<LicenceDetail>(bob, `/api/v1/licences/${mine}?reveal=true`),
      await display(bob, mine, { fields: ['姓名'] }),
      await fetch(`${sys.url}/api/v1/licence-consents/${consent.id}`, { method: 'DELETE', headers: bearer(bob) }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as ErrorBody }),
      ),
    ];
    const nothing = await get<LicenceDetail>(bob, `/api/v1/licences/${'0'.repeat(32)}`);
    for (const a of attempts) {
      expect(a.status).toBe(404);
      expect(JSON.stringify(a.body)).not.toContain(residents[0].name);
      expect(Object.keys(a.body).sort()).toEqual(Object.keys(nothing.body).sort());
    }
    expect(attempts[0].body.message).toBe(nothing.body.message);
    // Alice's consent is untouched.
    expect(
      (await get<LicenceConsentList>(alice, '/api/v1/licence-consents')).body.items.find((c) => c.id === consent.id)
        ?.revokedAt,
    ).toBeNull();
  });

  it('cannot read my use log or consents through their own lists', async () => {
    const uses = await get<LicenceUseList>(bob, '/api/v1/licence-uses');
    const consents = await get<LicenceConsentList>(bob, '/api/v1/licence-consents');
    expect(JSON.stringify([uses.body, consents.body])).not.toContain(idCard().id);
  });
});

async function anyIdCardMatter(): Promise<string> {
  const page = await sys.get<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('身份证')}&pageSize=20`);
  for (const m of page.body.items) {
    const guide = await sys.get<MatterGuide>(`/api/v1/matters/${m.code}`);
    if (guide.body.materials.some((x) => x.licenceType?.code === ID_CARD)) return m.code;
  }
  throw new Error('no matter takes the ID card');
}

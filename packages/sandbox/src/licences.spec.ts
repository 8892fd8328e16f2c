import { createPublicKey, verify } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { createSandbox, type Sandbox } from './server';
import type { Envelope, Licence, LicenceKey, LicenceRow, Resident } from './wire';

let sandbox: Sandbox;

async function call<T>(
  path: string,
  body?: unknown,
  on: Sandbox = sandbox,
): Promise<{ status: number; body: Envelope<T> }> {
  const init: RequestInit =
    body === undefined
      ? {}
      : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
  const res = await fetch(`${on.url}${path}`, init);
  return { status: res.status, body: (await res.json()) as Envelope<T> };
}

const query = (holder_id_number: unknown, holder_name: unknown, on?: Sandbox) =>
  call<{ rows: LicenceRow[] }>('/licence/v1/licences/query', { holder_id_number, holder_name }, on);

const backDoor = (id: string, action: 'tamper' | 'revoke'): Promise<Response> =>
  fetch(`${sandbox.url}/__sandbox/licences/${id}/${action}`, { method: 'POST' });

async function sealHolds(licence: Licence): Promise<boolean> {
  const keys = (await call<{ keys: LicenceKey[] }>('/licence/v1/keys')).body.data!.keys;
  const key = keys.find((k) => k.key_id === licence.seal.key_id);
  if (!key) return false;
  const { seal, ...document } = licence;
  return verify(
    null,
    Buffer.from(canonicalJson(document), 'utf8'),
    createPublicKey(key.public_key_pem),
    Buffer.from(seal.signature, 'base64'),
  );
}

async function rowOf(idNumber: string, name: string, typeName: string): Promise<LicenceRow> {
  const row = (await query(idNumber, name)).body.data!.rows.find((r) => r.type_name === typeName);
  expect(row).toBeDefined();
  return row!;
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('e-licence library stand-in', () => {
  it('lists a holder’s licences, the ID card first, with masked numbers and unguessable ids', async () => {
    const { status, body } = await query('410502198001010036', '张建国');
    expect(status).toBe(200);
    expect(body.code).toBe('200');
    const rows = body.data!.rows;
    expect(rows.map((r) => r.type_name)).toEqual([
      '居民身份证',
      '居民户口簿',
      '社会保障卡（含电子社会保障卡）',
      '结婚证',
      '机动车驾驶证',
      '医保电子凭证',
    ]);
    expect(rows[0]).toEqual({
      licence_id: expect.stringMatching(/^[0-9a-f]{32}$/),
      type_code: '11100000000013127D001',
      type_name: '居民身份证',
      licence_number_masked: '4105**********0036',
      issuer: '安阳市公安局文峰分局',
      issued_on: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      valid_until: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      status: 'valid',
    });
    expect(new Set(rows.map((r) => r.licence_id)).size).toBe(rows.length);
  });

  it('answers no rows for a wrong name or an unknown holder', async () => {
    expect((await query('410502198001010036', '张三')).body.data).toEqual({ rows: [] });
    expect((await query('110101199003071234', '张建国')).body.data).toEqual({ rows: [] });
  });

  it.each([
    [{ holder_name: '张建国' }, 'holder_id_number'],
    [{ holder_id_number: '41050219800101003', holder_name: '张建国' }, 'holder_id_number'],
    [{ holder_id_number: '410502198001010036' }, 'holder_name'],
    [{ holder_id_number: '410502198001010036', holder_name: ' ' }, 'holder_name'],
  ])('refuses %j with a 400 envelope naming %s', async (body, fieldName) => {
    const res = await call<null>('/licence/v1/licences/query', body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(fieldName), data: null });
  });

  it('gives every resident a 居民身份证 and two to six other licences', async () => {
    const { residents } = (await (await fetch(`${sandbox.url}/__sandbox/residents`)).json()) as {
      residents: Resident[];
    };
    for (const r of residents) {
      const rows = (await query(r.id_number, r.name)).body.data!.rows;
      expect(rows[0].type_name).toBe('居民身份证');
      expect(rows.length - 1).toBeGreaterThanOrEqual(2);
      expect(rows.length - 1).toBeLessThanOrEqual(6);
    }
  });

  it('answers the full licence with its surface and a seal that verifies with the published key', async () => {
    const row = await rowOf('410526195003150021', '李秀英', '居民身份证');
    const { status, body } = await call<Licence>(`/licence/v1/licences/${row.licence_id}`);
    expect(status).toBe(200);
    const licence = body.data!;
    expect(licence).toMatchObject({
      licence_id: row.licence_id,
      holder_name: '李秀英',
      holder_id_number: '410526195003150021',
      licence_number: '410526195003150021',
      issuer: '滑县公安局',
    });
    expect(licence.surface.map((f) => f.label)).toEqual([
      '姓名',
      '性别',
      '民族',
      '出生',
      '住址',
      '公民身份号码',
      '签发机关',
      '有效期限',
    ]);
    expect(licence.surface.find((f) => f.label === '住址')?.value).toBe('河南省滑县白道口镇西王庄村116号');
    expect(licence.seal).toEqual({
      issuer: '滑县公安局',
      key_id: expect.stringMatching(/^sandbox-ed25519-[0-9a-f]{16}$/),
      algorithm: 'Ed25519',
      signed_at: expect.stringMatching(/\+08:00$/),
      signature: expect.any(String),
    });
    expect(Buffer.from(licence.seal.signature, 'base64')).toHaveLength(64);
    expect(await sealHolds(licence)).toBe(true);
  });

  it('publishes one Ed25519 key as SPKI PEM', async () => {
    const { body } = await call<{ keys: LicenceKey[] }>('/licence/v1/keys');
    expect(body.data!.keys).toHaveLength(1);
    const [key] = body.data!.keys;
    expect(key.algorithm).toBe('Ed25519');
    expect(createPublicKey(key.public_key_pem).asymmetricKeyType).toBe('ed25519');
  });

  it('prints the fields of a 结婚证', async () => {
    const row = await rowOf('410502198001010036', '张建国', '结婚证');
    const licence = (await call<Licence>(`/licence/v1/licences/${row.licence_id}`)).body.data!;
    const labels = licence.surface.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(['持证人', '登记日期', '结婚证字号', '配偶姓名']));
    expect(licence.licence_number).toMatch(/^J410502-\d{4}-\d{6}$/);
  });

  it('serves a tampered licence with its old seal, which no longer verifies', async () => {
    const row = await rowOf('410522199808080027', '王芳', '居民身份证');
    const before = (await call<Licence>(`/licence/v1/licences/${row.licence_id}`)).body.data!;
    const res = await backDoor(row.licence_id, 'tamper');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    const after = (await call<Licence>(`/licence/v1/licences/${row.licence_id}`)).body.data!;
    expect(after.seal).toEqual(before.seal);
    expect(after.surface).not.toEqual(before.surface);
    expect(after.surface.find((f) => f.label === '住址')?.value).toBe('河南省安阳县铜冶镇东李店村36号');
    expect(await sealHolds(after)).toBe(false);
  });

  it('revokes a licence and seals the revoked record again', async () => {
    const row = await rowOf('410522199808080027', '王芳', '教师资格证书');
    const res = await backDoor(row.licence_id, 'revoke');
    expect(await res.json()).toEqual({ ok: true });
    const licence = (await call<Licence>(`/licence/v1/licences/${row.licence_id}`)).body.data!;
    expect(licence.status).toBe('revoked');
    expect(await sealHolds(licence)).toBe(true);
    expect((await rowOf('410522199808080027', '王芳', '教师资格证书')).status).toBe('revoked');
  });

  it('answers 404 for an unknown licence, also on the back doors', async () => {
    const unknown = '0123456789abcdef0123456789abcdef';
    const res = await call<null>(`/licence/v1/licences/${unknown}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: '404', msg: 'licence not found', data: null });
    expect((await backDoor(unknown, 'tamper')).status).toBe(404);
    expect((await backDoor(unknown, 'revoke')).status).toBe(404);
  });

  it('draws licence ids and keys per server, stable within one', async () => {
    const other = await createSandbox();
    try {
      const mine = (await query('410502198001010036', '张建国')).body.data!.rows[0].licence_id;
      expect((await query('410502198001010036', '张建国')).body.data!.rows[0].licence_id).toBe(mine);
      const theirs = (await query('410502198001010036', '张建国', other)).body.data!.rows[0].licence_id;
      expect(theirs).not.toBe(mine);
      const theirKey = (await call<{ keys: LicenceKey[] }>('/licence/v1/keys', undefined, other)).body.data!.keys[0]
        .key_id;
      const myKey = (await call<{ keys: LicenceKey[] }>('/licence/v1/keys')).body.data!.keys[0].key_id;
      expect(theirKey).not.toBe(myKey);
    } finally {
      await other.close();
    }
  });
});

import { parseIdNumber } from '@zsb/domain';
import { createSandbox, type Sandbox } from './server';
import type { Envelope, IdentityVerdict, PhoneIdentityVerdict, Resident } from './wire';

let sandbox: Sandbox;

async function verify(body: unknown): Promise<{ status: number; body: Envelope<IdentityVerdict> }> {
  const res = await fetch(`${sandbox.url}/identity/v1/verify`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Envelope<IdentityVerdict> };
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('resident registry back door', () => {
  it('lists the residents with valid ID numbers, README residents first', async () => {
    const res = await fetch(`${sandbox.url}/__sandbox/residents`);
    expect(res.status).toBe(200);
    const { residents } = (await res.json()) as { residents: Resident[] };
    expect(residents.length).toBeGreaterThanOrEqual(30);
    expect(residents[0]).toMatchObject({
      name: '张建国',
      id_number: '410502198001010036',
      phone: '13800000001',
      wechat_openid: 'oZSBsandbox00000000000000001',
      alipay_user_id: '2088000000000001',
      county: '410502',
    });
    for (const r of residents) expect(parseIdNumber(r.id_number).ok).toBe(true);
  });
});

describe('identity service stand-in', () => {
  it('matches a resident by name and ID number', async () => {
    const { status, body } = await verify({ name: '李秀英', id_number: '410526195003150021' });
    expect(status).toBe(200);
    expect(body).toEqual({ code: '200', msg: 'success', data: { match: true, reason: null } });
  });

  it('accepts a lowercase x and stray spaces as residents type them', async () => {
    const residents = ((await (await fetch(`${sandbox.url}/__sandbox/residents`)).json()) as { residents: Resident[] })
      .residents;
    const withX = residents.find((r) => r.id_number.endsWith('X'));
    expect(withX).toBeDefined();
    const { body } = await verify({ name: ` ${withX!.name}`, id_number: `${withX!.id_number.toLowerCase()} ` });
    expect(body.data).toEqual({ match: true, reason: null });
  });

  it('tells a wrong name from an unknown number', async () => {
    expect((await verify({ name: '张三', id_number: '410526195003150021' })).body.data).toEqual({
      match: false,
      reason: 'name_mismatch',
    });
    expect((await verify({ name: '李秀英', id_number: '110101199003071234' })).body.data).toEqual({
      match: false,
      reason: 'not_found',
    });
  });

  it.each([
    [{ id_number: '410526195003150021' }, 'name'],
    [{ name: '', id_number: '410526195003150021' }, 'name'],
    [{ name: '李秀英' }, 'id_number'],
    [{ name: '李秀英', id_number: '4105261950031500' }, 'id_number'],
    [{ name: '李秀英', id_number: 41052619 }, 'id_number'],
    [[], 'body'],
  ])('refuses %j with a 400 envelope naming %s, without echoing the number', async (body, fieldName) => {
    const res = await verify(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ code: '400', msg: expect.stringContaining(fieldName), data: null });
    expect(res.body.msg).not.toMatch(/\d{15}/);
  });
});

describe('三要素: name, ID number and the registered phone', () => {
  const phoneVerify = async (body: unknown) => {
    const res = await fetch(`${sandbox.url}/identity/v1/phone-verify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Envelope<PhoneIdentityVerdict> };
  };

  it('matches only when the phone is the one registered to that ID number', async () => {
    const ok = await phoneVerify({ name: '李秀英', id_number: '410526195003150021', phone: '13800000002' });
    expect(ok.body.data).toEqual({ match: true, reason: null });
    // Someone who knows her name and ID number, with a phone of their own.
    expect(
      (await phoneVerify({ name: '李秀英', id_number: '410526195003150021', phone: '13800000001' })).body.data,
    ).toEqual({ match: false, reason: 'phone_mismatch' });
    expect(
      (await phoneVerify({ name: '张三', id_number: '410526195003150021', phone: '13800000002' })).body.data,
    ).toEqual({ match: false, reason: 'name_mismatch' });
    expect(
      (await phoneVerify({ name: '李秀英', id_number: '110101199003071234', phone: '13800000002' })).body.data,
    ).toEqual({ match: false, reason: 'not_found' });
  });

  it('follows a number re-registered through the back door: the new phone matches, the old one no longer does', async () => {
    const moved = await fetch(`${sandbox.url}/__sandbox/identity/phones`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id_number: '410522199808080027', phone: '13900000003' }),
    });
    expect(moved.status).toBe(200);
    expect(
      (await phoneVerify({ name: '王芳', id_number: '410522199808080027', phone: '13900000003' })).body.data,
    ).toEqual({ match: true, reason: null });
    expect(
      (await phoneVerify({ name: '王芳', id_number: '410522199808080027', phone: '13800000003' })).body.data,
    ).toEqual({ match: false, reason: 'phone_mismatch' });
    const unknown = await fetch(`${sandbox.url}/__sandbox/identity/phones`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id_number: '110101199003071234', phone: '13900000003' }),
    });
    expect(unknown.status).toBe(400);
  });

  it.each([
    [{ name: '李秀英', id_number: '410526195003150021' }, 'phone'],
    [{ name: '李秀英', id_number: '410526195003150021', phone: '1380000000' }, 'phone'],
    [{ name: '李秀英', id_number: '410526195003150021', phone: 13800000002 }, 'phone'],
    [{ id_number: '410526195003150021', phone: '13800000002' }, 'name'],
  ])('refuses %j with a 400 naming %s, without echoing the numbers', async (body, fieldName) => {
    const res = await phoneVerify(body);
    expect(res.status).toBe(400);
    expect(res.body.msg).toContain(fieldName);
    expect(res.body.msg).not.toMatch(/\d{10}/);
  });
});

describe('人脸核验 results', () => {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Envelope<Record<string, unknown> | null> };
  };

  it('says whose face a result was for and whether it passed, once', async () => {
    const made = await post('/__sandbox/face/results', {
      name: '张建国',
      id_number: '410502198001010036',
      passed: true,
    });
    const token = (made.body.data as { verify_result: string }).verify_result;
    const first = await post('/identity/v1/face/identify', { verify_result: token });
    expect(first).toMatchObject({
      status: 200,
      body: { data: { passed: true, name: '张建国', id_number: '410502198001010036' } },
    });
    expect((await post('/identity/v1/face/identify', { verify_result: token })).status).toBe(404);
    const failed = await post('/__sandbox/face/results', {
      name: '张建国',
      id_number: '410502198001010036',
      passed: false,
    });
    const answer = await post('/identity/v1/face/identify', {
      verify_result: (failed.body.data as { verify_result: string }).verify_result,
    });
    expect(answer.body.data).toMatchObject({ passed: false });
  });

  it('refuses malformed bodies and people outside the registry', async () => {
    expect((await post('/identity/v1/face/identify', {})).status).toBe(400);
    expect((await post('/identity/v1/face/identify', { verify_result: 'short' })).status).toBe(400);
    expect((await post('/identity/v1/face/identify', { verify_result: 'FACE-unknown-000' })).status).toBe(404);
    expect(
      (await post('/__sandbox/face/results', { name: '王小二', id_number: '410502198001010052', passed: true })).status,
    ).toBe(400);
    expect((await post('/__sandbox/face/results', { name: '张建国', id_number: '410502198001010036' })).status).toBe(
      400,
    );
  });
});

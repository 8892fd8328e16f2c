import { createHash } from 'node:crypto';
import { OAUTH_DEFAULTS, subjectOf, userinfoOf } from './identity-oauth';
import { buildResidents } from './seed/residents';
import { createSandbox, type Sandbox } from './server';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

const redirectUri = 'http://127.0.0.1:9999/api/v1/auth/h5/callback';
const verifier = 'v'.repeat(50);
const challenge = createHash('sha256').update(verifier).digest('base64url');

async function login(sub: string, extra: Record<string, string> = {}): Promise<URL> {
  const form = new URLSearchParams({
    client_id: OAUTH_DEFAULTS.clientId,
    redirect_uri: redirectUri,
    state: 's1',
    sub,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...extra,
  });
  const res = await fetch(`${sandbox.url}/identity/oauth/authorize`, {
    method: 'POST',
    body: form,
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

const token = (params: Record<string, string>) =>
  fetch(`${sandbox.url}/identity/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: OAUTH_DEFAULTS.clientId,
      client_secret: OAUTH_DEFAULTS.clientSecret,
      redirect_uri: redirectUri,
      ...params,
    }),
  });

describe('provincial identity OAuth stand-in', () => {
  const resident = buildResidents()[0];

  it('gives name, ID number and phone only for accounts it has verified, and the subject for all', () => {
    const all = buildResidents();
    const infos = all.map((r, i) => userinfoOf(r, i));
    expect(infos.slice(0, 3).every((i) => i.real_name_verified === true)).toBe(true);
    const unverified = infos.filter((i) => i.real_name_verified === false);
    expect(unverified.length).toBeGreaterThan(0);
    for (const info of unverified) expect(Object.keys(info).sort()).toEqual(['real_name_verified', 'sub']);
  });

  it('shows a login page listing residents with masked ID numbers, and refuses an unknown client', async () => {
    const q = new URLSearchParams({
      response_type: 'code',
      client_id: OAUTH_DEFAULTS.clientId,
      redirect_uri: redirectUri,
      state: 's1',
    });
    const page = await fetch(`${sandbox.url}/identity/oauth/authorize?${q.toString()}`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(html).toContain(resident.name);
    expect(html).not.toContain(resident.id_number);
    q.set('client_id', 'evil');
    expect((await fetch(`${sandbox.url}/identity/oauth/authorize?${q.toString()}`)).status).toBe(400);
  });

  it('redirects back with a one-time code and the state, and trades it for the resident’s subject with PKCE', async () => {
    const back = await login(subjectOf(resident));
    expect(back.searchParams.get('state')).toBe('s1');
    const code = back.searchParams.get('code')!;
    expect((await token({ code, code_verifier: 'wrong'.repeat(10) })).status).toBe(400);
    // The failed attempt used the code up, as a real authorization server does.
    const back2 = await login(subjectOf(resident));
    const res = await token({ code: back2.searchParams.get('code')!, code_verifier: verifier });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { access_token: string; sub: string };
    expect(body.sub).toBe(subjectOf(resident));
    expect(body.sub).not.toContain(resident.id_number);
    const info = await fetch(`${sandbox.url}/identity/oauth/userinfo`, {
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    // A resident the service has verified comes with the identity it verified (the app need not ask again).
    expect(await info.json()).toEqual({
      sub: subjectOf(resident),
      real_name_verified: true,
      name: resident.name,
      id_number: resident.id_number,
      phone_number: resident.phone,
    });
    const again = await token({ code: back2.searchParams.get('code')!, code_verifier: verifier });
    expect(((await again.json()) as { error: string }).error).toBe('invalid_grant');
  });

  it('refuses a wrong client secret and a different redirect_uri', async () => {
    const code = (await login(subjectOf(resident))).searchParams.get('code')!;
    expect((await token({ code, code_verifier: verifier, client_secret: 'nope' })).status).toBe(401);
    const code2 = (await login(subjectOf(resident))).searchParams.get('code')!;
    expect((await token({ code: code2, code_verifier: verifier, redirect_uri: 'http://evil.example/cb' })).status).toBe(
      400,
    );
  });
});

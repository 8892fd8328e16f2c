import type { ErrorBody, Session } from '@zsb/contracts';
import { buildResidents, subjectOf } from '@zsb/sandbox';
import { post } from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close());

const resident = buildResidents()[2];
const noFollow = (url: string, init: RequestInit = {}) => fetch(url, { ...init, redirect: 'manual' });

/** What a browser does: the BFF sends it to the identity service, the resident signs in, it comes back. */
async function signInThroughBrowser(returnTo = '/pages/mine/index'): Promise<{ callback: URL; landing: string }> {
  const start = await noFollow(`${sys.url}/api/v1/auth/h5/authorize?returnTo=${encodeURIComponent(returnTo)}`);
  expect(start.status).toBe(302);
  const authorize = new URL(start.headers.get('location')!);
  expect(authorize.origin).toBe(new URL(sys.sandbox.url).origin);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  const form = new URLSearchParams(authorize.searchParams);
  form.delete('response_type');
  form.delete('scope');
  form.set('sub', subjectOf(resident));
  const chosen = await noFollow(`${sys.sandbox.url}/identity/oauth/authorize`, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  const callback = new URL(chosen.headers.get('location')!);
  expect(callback.pathname).toBe('/api/v1/auth/h5/callback');
  const back = await noFollow(callback.toString());
  expect(back.status).toBe(302);
  return { callback, landing: back.headers.get('location')! };
}

describe('H5 sign-in through the provincial identity service', () => {
  it('comes back to the app page with a one-time ticket that becomes a session', async () => {
    const { landing } = await signInThroughBrowser('/features/licences/wallet/index');
    expect(landing).toMatch(/^\/#\/features\/licences\/wallet\/index\?ticket=[\w-]{32}$/);
    expect(landing).not.toMatch(/token/i);
    const ticket = landing.split('ticket=')[1];
    const session = await post<Session>(sys, '/api/v1/auth/h5/ticket', { ticket });
    expect(session.status).toBe(200);
    expect(session.body.resident.signInMethods).toEqual(['h5']);
    const again = await post<ErrorBody>(sys, '/api/v1/auth/h5/ticket', { ticket });
    expect(again.status).toBe(401);
  });

  it('signs the same person in as the same resident next time', async () => {
    const first = await post<Session>(sys, '/api/v1/auth/h5/ticket', { ticket: (await signInThroughBrowser()).landing.split('ticket=')[1] });
    const second = await post<Session>(sys, '/api/v1/auth/h5/ticket', { ticket: (await signInThroughBrowser()).landing.split('ticket=')[1] });
    expect(second.body.resident.id).toBe(first.body.resident.id);
  });

  it('sends the browser back with a reason, never a JSON error, when the state is replayed or the service refuses', async () => {
    const { callback } = await signInThroughBrowser();
    const replay = await noFollow(callback.toString());
    expect(replay.headers.get('location')).toBe('/#/pages/mine/index?login_error=expired');
    const denied = await noFollow(`${sys.url}/api/v1/auth/h5/callback?error=access_denied&state=whatever&iss=x`);
    expect(denied.status).toBe(302);
    expect(denied.headers.get('location')).toContain('login_error');
  });

  it('only returns to pages of the app', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/pages/mine/index?x=1']) {
      const res = await noFollow(`${sys.url}/api/v1/auth/h5/authorize?returnTo=${encodeURIComponent(returnTo)}`);
      expect([returnTo, res.status]).toEqual([returnTo, 400]);
    }
  });
});

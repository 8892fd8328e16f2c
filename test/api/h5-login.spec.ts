import { buildResidents } from '@zsb/sandbox';
import { H5Browser } from '../support/h5-browser';
import { startSystem, type RunningSystem } from '../support/system';

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close(), 120_000);

const resident = buildResidents()[2];
const noFollow = (url: string, init: RequestInit = {}) => fetch(url, { ...init, redirect: 'manual' });

/** What a browser does: the BFF sends it to the identity service, the resident signs in, it comes back. */
async function signInThroughBrowser(
  returnTo = '/pages/mine/index',
  browser = new H5Browser(sys),
): Promise<{ callback: URL; landing: string; browser: H5Browser }> {
  const callback = await browser.startSignIn(resident, returnTo);
  expect(callback.pathname).toBe('/api/v1/auth/h5/callback');
  return { callback, landing: await browser.land(callback), browser };
}

describe('H5 sign-in through the provincial identity service', () => {
  it('comes back to the app page with a one-time ticket that becomes a session', async () => {
    const { landing, browser } = await signInThroughBrowser('/features/licences/wallet/index');
    expect(landing).toMatch(/^\/#\/features\/licences\/wallet\/index\?ticket=[\w-]{32}$/);
    expect(landing).not.toMatch(/token/i);
    const session = await browser.redeem(landing);
    expect(session.status).toBe(200);
    expect(session.body.resident.signInMethods).toEqual(['h5']);
    const again = await browser.redeem(landing);
    expect(again.status).toBe(401);
  });

  it('signs an operator into the console at /console with the same one-time ticket', async () => {
    const { landing, browser } = await signInThroughBrowser('/console');
    expect(landing).toMatch(/^\/console\/#\/\?ticket=[\w-]{32}$/);
    expect((await browser.redeem(landing)).status).toBe(200);
    for (const returnTo of ['/console/../evil', '/consolex', '/console?x=1']) {
      const res = await noFollow(`${sys.url}/api/v1/auth/h5/authorize?returnTo=${encodeURIComponent(returnTo)}`);
      expect([returnTo, res.status]).toEqual([returnTo, 400]);
    }
  });

  it('signs the same person in as the same resident next time', async () => {
    const first = await new H5Browser(sys).signIn(resident);
    const second = await new H5Browser(sys).signIn(resident);
    expect(second.resident.id).toBe(first.resident.id);
  });

  it('sends the browser back with a reason, never a JSON error, when the state is replayed or the service refuses', async () => {
    const { callback, browser } = await signInThroughBrowser();
    const replay = await browser.fetch(callback.toString());
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

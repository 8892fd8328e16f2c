import { buildResidents } from '@zsb/sandbox';
import { H5Browser } from '../support/h5-browser';
import { startSystem, type RunningSystem } from '../support/system';

// Security issue 13, item 2: an H5 sign-in completes only in the browser that started it. The attacker signs
// themselves in at the identity service but stops before the callback, and gets the victim's browser to open that
// callback (a link, an image, a redirect): the victim would be using the attacker's account, and everything they
// then typed (实名认证, an application) would be the attacker's to read.

let sys: RunningSystem;
beforeAll(async () => {
  sys = await startSystem();
});
afterAll(() => sys.close(), 120_000);

const [, , attacker] = buildResidents();

describe('login CSRF', () => {
  it('a callback URL made in another browser signs the victim’s browser in as nobody', async () => {
    const attackersBrowser = new H5Browser(sys);
    const callback = await attackersBrowser.startSignIn(attacker);

    const victimsBrowser = new H5Browser(sys);
    const landing = await victimsBrowser.land(callback);
    expect(landing).toBe('/#/pages/mine/index?login_error=browser');
    expect(landing).not.toContain('ticket=');
    // The state is spent: the attacker's own browser cannot finish with it either.
    expect(await attackersBrowser.land(callback)).toContain('login_error=expired');
  });

  it('a victim who once started a sign-in of their own is not fooled by the attacker’s callback either', async () => {
    const victimsBrowser = new H5Browser(sys);
    await victimsBrowser.startSignIn(buildResidents()[0]); // a cookie of their own, for their own state
    const callback = await new H5Browser(sys).startSignIn(attacker);
    expect(await victimsBrowser.land(callback)).toContain('login_error=browser');
  });

  it('a ticket is redeemable only by the browser that signed in', async () => {
    const browser = new H5Browser(sys);
    const landing = await browser.land(await browser.startSignIn(attacker));
    expect(landing).toMatch(/ticket=/);
    const stolen = await new H5Browser(sys).redeem(landing);
    expect(stolen.status).toBe(401);
    expect(stolen.body.code).toBe('LOGIN_CODE_INVALID');
    expect(stolen.body.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('the binding cookie is HttpOnly, SameSite=Lax and sent only to the sign-in routes', async () => {
    const res = await fetch(`${sys.url}/api/v1/auth/h5/authorize`, { redirect: 'manual' });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('zsb_h5_login='));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; SameSite=Lax/i);
    expect(cookie).toMatch(/; Path=\/api\/v1\/auth\/h5(;|$)/);
    expect(cookie).toMatch(/Max-Age=600/);
  });

  it('two tabs of one browser can both sign in', async () => {
    const browser = new H5Browser(sys);
    const first = await browser.startSignIn(attacker);
    const second = await browser.startSignIn(attacker);
    expect((await browser.redeem(await browser.land(second))).status).toBe(200);
    expect((await browser.redeem(await browser.land(first))).status).toBe(200);
  });
});

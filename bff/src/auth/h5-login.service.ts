import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Session } from '@zsb/contracts';
import { AppError } from '../common/errors';
import { KeyValueStore } from '../common/kv-store';
import { PiiCipher } from '../common/pii-cipher';
import { randomId, randomToken } from '../common/random';
import { IdentityOauth } from '../upstream/identity/identity-oauth.port';
import { SessionService } from './session.service';

const STATE_TTL_SEC = 600;
const TICKET_TTL_SEC = 60;
/** Where the app goes after signing in when it did not say: 我的. */
export const DEFAULT_RETURN = '/pages/mine/index';
/** The operators' console (packages/console, served at /console with hash routing). */
const CONSOLE = '/console';

/** Where the browser lands after the identity service: an H5 page (hash route) or the console's start. */
function landing(returnTo: string, query: string): string {
  return returnTo === CONSOLE ? `${CONSOLE}/#/?${query}` : `/#${returnTo}?${query}`;
}
/** The browser-binding cookie's value: 32 random bytes, base64url. */
export const BROWSER_BINDING = /^[A-Za-z0-9_-]{43}$/;

interface PendingLogin {
  verifier: string;
  redirectUri: string;
  returnTo: string;
  /** SHA-256 of the browser-binding cookie of the browser that started this sign-in. */
  browser: string;
}

interface PendingTicket {
  session: Session;
  browser: string;
}

const digest = (value: string): string => createHash('sha256').update(value).digest('base64url');

/**
 * H5 sign-in through the provincial identity service: OAuth 2.0 authorization code with PKCE. The browser only
 * ever carries the one-time `state`, the upstream's one-time code and, at the end, a 60-second one-time ticket
 * that the app trades for its session by POST — tokens never appear in a URL. State, PKCE verifier and ticket are
 * bound to the browser that started (an HttpOnly SameSite=Lax cookie): a callback or ticket URL made by someone
 * else signs nobody in (login CSRF: an attacker's sign-in forced onto a victim's browser).
 */
@Injectable()
export class H5LoginService {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly oauth: IdentityOauth,
    private readonly sessions: SessionService,
    private readonly cipher: PiiCipher,
  ) {}

  /** A browser-binding value for a browser that has none (or a malformed one). */
  browserBinding(current: string | undefined): string {
    return current && BROWSER_BINDING.test(current) ? current : randomBytes(32).toString('base64url');
  }

  async start(redirectUri: string, returnTo: string, browserBinding: string): Promise<string> {
    const state = randomId();
    const verifier = randomToken();
    await this.kv.setJson(
      `h5-login:${state}`,
      { verifier, redirectUri, returnTo, browser: digest(browserBinding) } satisfies PendingLogin,
      STATE_TTL_SEC,
    );
    return this.oauth.authorizeUrl({
      redirectUri,
      state,
      codeChallenge: createHash('sha256').update(verifier).digest('base64url'),
    });
  }

  /** The app page to return to, with a ticket on success or an error flag when the sign-in did not complete. */
  async finish(
    code: string | undefined,
    state: string | undefined,
    browserBinding: string | undefined,
  ): Promise<string> {
    const pending = state ? await this.kv.take<PendingLogin>(`h5-login:${state}`) : null;
    if (!pending) return `/#${DEFAULT_RETURN}?login_error=expired`;
    // Another browser than the one that started: the state is spent and nobody is signed in.
    if (!browserBinding || digest(browserBinding) !== pending.browser)
      return landing(pending.returnTo === CONSOLE ? CONSOLE : DEFAULT_RETURN, 'login_error=browser');
    const who = code
      ? await this.oauth.exchange({ code, redirectUri: pending.redirectUri, codeVerifier: pending.verifier })
      : null;
    if (!who) return landing(pending.returnTo, 'login_error=refused');
    const identityEnc = who.identity ? this.cipher.encrypt(JSON.stringify(who.identity)) : null;
    const session = await this.sessions.signIn('h5', who.subject, identityEnc);
    const ticket = randomBytes(24).toString('base64url');
    await this.kv.setJson(
      `h5-ticket:${ticket}`,
      { session, browser: pending.browser } satisfies PendingTicket,
      TICKET_TTL_SEC,
    );
    return landing(pending.returnTo, `ticket=${ticket}`);
  }

  async redeem(ticket: string, browserBinding: string | undefined): Promise<Session> {
    const pending = await this.kv.take<PendingTicket>(`h5-ticket:${ticket}`);
    if (!pending || !browserBinding || digest(browserBinding) !== pending.browser)
      throw new AppError('LOGIN_CODE_INVALID', '登录没有完成或已超时，请在同一个浏览器里重新登录');
    return pending.session;
  }
}

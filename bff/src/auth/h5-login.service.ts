import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Session } from '@zsb/contracts';
import { AppError } from '../common/errors';
import { KeyValueStore } from '../common/kv-store';
import { randomId, randomToken } from '../common/random';
import { IdentityOauth } from '../upstream/identity/identity-oauth.port';
import { SessionService } from './session.service';

const STATE_TTL_SEC = 600;
const TICKET_TTL_SEC = 60;
/** Where the app goes after signing in when it did not say: 我的. */
export const DEFAULT_RETURN = '/pages/mine/index';

interface PendingLogin {
  verifier: string;
  redirectUri: string;
  returnTo: string;
}

/**
 * H5 sign-in through the provincial identity service: OAuth 2.0 authorization code with PKCE. The browser only
 * ever carries the one-time `state`, the upstream's one-time code and, at the end, a 60-second one-time ticket
 * that the app trades for its session by POST — tokens never appear in a URL.
 */
@Injectable()
export class H5LoginService {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly oauth: IdentityOauth,
    private readonly sessions: SessionService,
  ) {}

  async start(redirectUri: string, returnTo: string): Promise<string> {
    const state = randomId();
    const verifier = randomToken();
    await this.kv.setJson(`h5-login:${state}`, { verifier, redirectUri, returnTo } satisfies PendingLogin, STATE_TTL_SEC);
    return this.oauth.authorizeUrl({ redirectUri, state, codeChallenge: createHash('sha256').update(verifier).digest('base64url') });
  }

  /** The app page to return to, with a ticket on success or an error flag when the sign-in did not complete. */
  async finish(code: string | undefined, state: string | undefined): Promise<string> {
    const pending = state ? await this.kv.take<PendingLogin>(`h5-login:${state}`) : null;
    if (!pending) return `/#${DEFAULT_RETURN}?login_error=expired`;
    const who = code ? await this.oauth.exchange({ code, redirectUri: pending.redirectUri, codeVerifier: pending.verifier }) : null;
    if (!who) return `/#${pending.returnTo}?login_error=refused`;
    const session = await this.sessions.signIn('h5', who.subject);
    const ticket = randomBytes(24).toString('base64url');
    await this.kv.setJson(`h5-ticket:${ticket}`, session, TICKET_TTL_SEC);
    return `/#${pending.returnTo}?ticket=${ticket}`;
  }

  async redeem(ticket: string): Promise<Session> {
    const session = await this.kv.take<Session>(`h5-ticket:${ticket}`);
    if (!session) throw new AppError('LOGIN_CODE_INVALID', '登录没有完成或已超时，请重新登录');
    return session;
  }
}

// The console's sign-in: the provincial identity service's H5 flow (the BFF's /api/v1/auth/h5/…), tokens kept in
// sessionStorage (this tab only; closing it signs out), refreshed once when an access token has run out.
import type { ErrorBody, Session } from '@zsb/contracts';

const KEY = 'zsb.console.session';

export function loadSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export const saveSession = (session: Session): void => sessionStorage.setItem(KEY, JSON.stringify(session));
export const clearSession = (): void => sessionStorage.removeItem(KEY);

/** To the identity service; it comes back to /console/#/?ticket=… */
export function startSignIn(): void {
  window.location.assign('/api/v1/auth/h5/authorize?returnTo=/console');
}

// Why a sign-in came back without a ticket (login_error=…).
const FAILED: Record<string, string> = {
  expired: '登录等待太久已失效，请重新登录',
  browser: '请在同一个浏览器里完成登录：这次登录不是从这个浏览器开始的，为了安全没有登录。请重新点“登录”。',
  refused: '统一身份认证没有完成登录，请重新登录',
};

/**
 * Back from the identity service: takes the one-time ticket (or login_error) out of the address bar, then trades
 * the ticket for a session. Answers null when the address had neither, or the message to show when it failed.
 */
export function completeSignInReturn(): Promise<SignInReturn> {
  // Once per page load: the address is read (and cleaned) once, whoever asks again gets the same answer.
  returning ??= readSignInReturn();
  return returning;
}

type SignInReturn = { signedIn: boolean; problem: string | null } | null;
let returning: Promise<SignInReturn> | null = null;

async function readSignInReturn(): Promise<SignInReturn> {
  const [path, query = ''] = window.location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const ticket = params.get('ticket');
  const failed = params.get('login_error');
  if (!ticket && !failed) return null;
  params.delete('ticket');
  params.delete('login_error');
  const rest = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}#${path || '/'}${rest ? `?${rest}` : ''}`);
  if (failed) return { signedIn: false, problem: FAILED[failed] ?? '登录没有完成，请重新登录' };
  try {
    const res = await fetch('/api/v1/auth/h5/ticket', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ ticket }),
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as Partial<ErrorBody> | null;
      return { signedIn: false, problem: body?.message ?? '登录没有完成，请重新登录' };
    }
    saveSession((await res.json()) as Session);
    return { signedIn: true, problem: null };
  } catch {
    return { signedIn: false, problem: '网络连接失败，登录没有完成，请重新登录' };
  }
}

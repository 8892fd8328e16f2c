import type { Session } from '@zsb/contracts';
import { saveSession } from '../stores/session';
import { signInNoticeStore } from '../stores/signInNotice';
import { request } from './client';
import { ApiError } from './errors';

// Why a sign-in came back without a ticket (login_error=…), in words that say what to do.
const FAILED: Record<string, string> = {
  expired: '登录等待太久已失效，请重新登录',
  // The sign-in was started in another browser, or its link was opened elsewhere (a forwarded link, another app's
  // built-in browser): for safety it completes only where it started.
  browser:
    '请在同一个浏览器里完成登录。这次登录不是从这个浏览器开始的（比如打开了别人发来的链接），为了您的安全没有登录。请在这里重新点“登录”。',
};

/**
 * Back from the provincial identity service: trade the one-time ticket in the URL for a session, then take the
 * ticket out of the address bar (and so out of history and bookmarks).
 */
export async function completeSignInReturn(): Promise<void> {
  const [path, query = ''] = window.location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const ticket = params.get('ticket');
  const failed = params.get('login_error');
  if (!ticket && !failed) return;
  params.delete('ticket');
  params.delete('login_error');
  const rest = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}#${path}${rest ? `?${rest}` : ''}`);
  if (failed) {
    signInNoticeStore.set(FAILED[failed] ?? '登录没有完成，请重新登录');
    return;
  }
  try {
    saveSession((await request<Session>('POST', '/auth/h5/ticket', { body: { ticket } })).data);
    signInNoticeStore.set(null);
  } catch (err) {
    // LOGIN_CODE_INVALID: the ticket is spent, timed out or belongs to another browser; the server says which to do.
    signInNoticeStore.set(err instanceof ApiError && err.status === 401 ? err.message : '登录没有完成，请重新登录');
  }
}

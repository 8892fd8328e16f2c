import type { Session } from '@zsb/contracts';
import { saveSession } from '../stores/session';
import { signInNoticeStore } from '../stores/signInNotice';
import { request } from './client';

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
    signInNoticeStore.set(failed === 'expired' ? '登录等待太久已失效，请重新登录' : '登录没有完成，请重新登录');
    return;
  }
  try {
    saveSession((await request<Session>('POST', '/auth/h5/ticket', { body: { ticket } })).data);
    signInNoticeStore.set(null);
  } catch {
    signInNoticeStore.set('登录没有完成，请重新登录');
  }
}

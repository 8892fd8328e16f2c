import type { ResidentProfile, Session } from '@zsb/contracts';
import { createStore } from './createStore';
import { readObject, removeKey, writeValue } from './storage';

const KEY = 'zsb.session';

function readSaved(): Session | null {
  const saved = readObject<Session>(KEY);
  return saved && typeof saved.refreshToken === 'string' ? saved : null;
}

/**
 * The signed-in session, kept on the device so a resident stays signed in between visits. Mini-program storage is
 * private to the app; on H5 it is the page's localStorage, which is why access tokens live minutes and refresh
 * tokens work once.
 */
export const sessionStore = createStore<Session | null>(readSaved());

export function saveSession(session: Session | null): void {
  sessionStore.set(session);
  // Storage full or denied: the session still works until the app closes.
  if (session) writeValue(KEY, session);
  else removeKey(KEY);
}

/** A newer profile (after 实名认证) without touching the tokens. */
export function updateResident(resident: ResidentProfile): void {
  const current = sessionStore.get();
  if (current) saveSession({ ...current, resident });
}

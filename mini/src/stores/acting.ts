import type { Acting } from '../lib/acting';
import { createStore } from './createStore';
import { sessionStore } from './session';
import { readObject, removeKey, writeValue } from './storage';

const KEY = 'zsb.acting';

function readSaved(): Acting | null {
  const saved = readObject<Acting>(KEY);
  return saved &&
    typeof saved.mandateId === 'string' &&
    typeof saved.helperId === 'string' &&
    Array.isArray(saved.matters)
    ? saved
    : null;
}

/**
 * 帮办代办: the 委托 the signed-in helper is acting under now, or null. Kept on the phone so a reload (H5) or a
 * restart keeps acting; api/client.ts adds the X-Acting-For header from it, PageShell shows the banner.
 */
export const actingStore = createStore<Acting | null>(readSaved());

/** Why acting ended by itself (the 委托 was revoked or ran out), for the banner that replaces the acting one. */
export const actingEndedStore = createStore<string | null>(null);

export function startActing(acting: Acting): void {
  actingEndedStore.set(null);
  actingStore.set(acting);
  writeValue(KEY, acting);
}

/** 结束代办, or acting ended because the 委托 no longer stands (`why` is then shown until dismissed). */
export function endActing(why: string | null = null): void {
  actingStore.set(null);
  removeKey(KEY);
  actingEndedStore.set(why);
}

/** The 委托 acted under, if it was started by the resident signed in now. */
export function currentActing(): Acting | null {
  const acting = actingStore.get();
  return acting && acting.helperId === sessionStore.get()?.resident.id ? acting : null;
}

// Signing out, or another account signing in on this phone, ends acting: it belongs to the helper who started it.
sessionStore.subscribe(() => {
  const acting = actingStore.get();
  if (acting && acting.helperId !== sessionStore.get()?.resident.id) endActing();
});

/**
 * Whose drafts and remembered address the phone keeps: the principal's (under this 委托) while acting, so a helper's
 * own drafts and address are never offered in someone else's application, nor theirs in the helper's.
 */
export function draftOwner(residentId: string): string {
  const acting = currentActing();
  return acting ? `mandate:${acting.mandateId}` : residentId;
}

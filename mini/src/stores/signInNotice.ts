import { createStore } from './createStore';

/** Why the last sign-in did not complete (shown on 我的), or null. */
export const signInNoticeStore = createStore<string | null>(null);

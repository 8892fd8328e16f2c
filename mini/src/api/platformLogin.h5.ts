import { apiBase } from './base';
import type { PlatformLogin } from './platformLogin';

export type { PlatformLogin } from './platformLogin';

/** H5 signs in by leaving for the identity service and coming back: only when the resident asks. */
export const signsInSilently: boolean = false;

/** The app page the browser is on, e.g. /pages/mine/index (Taro's H5 router keeps it in the hash). */
function currentPage(): string {
  const path = window.location.hash.replace(/^#/, '').split('?')[0];
  return /^\/(pages|features)\/[a-z0-9/_-]+$/.test(path) ? path : '/pages/mine/index';
}

/**
 * H5 has no silent sign-in: the browser goes to the provincial unified identity service and comes back to this
 * page with a one-time ticket (see h5Return.h5.ts). Never resolves: the page is being left.
 */
export function platformLoginCode(): Promise<PlatformLogin> {
  window.location.assign(`${apiBase}/auth/h5/authorize?returnTo=${encodeURIComponent(currentPage())}`);
  return new Promise<PlatformLogin>(() => undefined);
}

import type { PlatformLogin } from './platformLogin';

export type { PlatformLogin } from './platformLogin';

/** H5 has no silent sign-in: the resident signs in through the provincial identity service (a redirect). */
export async function platformLoginCode(): Promise<PlatformLogin> {
  return null;
}

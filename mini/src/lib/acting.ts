import type { MandateLevel, MandateMatter, MandateState } from '@zsb/contracts';
import { ACTING_FOR_HEADER, isDelegableRoute } from '@zsb/domain';

/** A helper acting for a principal under one 委托 (帮办代办): what the app keeps while they do. */
export interface Acting {
  mandateId: string;
  /** Masked, as the BFF gives it (王*国). */
  principalName: string;
  /** The signed-in helper it was started by: another account on this phone never acts under it. */
  helperId: string;
  level: MandateLevel;
  matters: MandateMatter[];
}

/** `/applications/x?y=1` → `/api/v1/applications/x`: the path the BFF routes by, as isDelegableRoute expects it. */
export function routePath(apiPath: string): string {
  const bare = apiPath.split(/[?#]/)[0];
  return `/api/v1${bare.startsWith('/') ? '' : '/'}${bare}`;
}

/**
 * The header that makes a request the principal's: only while acting, only for the signed-in helper who started
 * it, and only on a route the BFF lets a helper use (any other route with it is refused, so reading the catalog or
 * one's own account keeps working while acting).
 */
export function actingHeader(
  acting: Acting | null,
  residentId: string | null,
  method: string,
  apiPath: string,
): Record<string, string> {
  if (!acting || !residentId || acting.helperId !== residentId) return {};
  return isDelegableRoute(method, routePath(apiPath)) ? { [ACTING_FOR_HEADER]: acting.mandateId } : {};
}

/** Said to the helper when a request under the 委托 is refused because it no longer stands. */
export const ACTING_ENDED_MESSAGE = '委托已被撤销或已到期，已结束代办';
/** Said when the 委托 stands but does not cover what was asked (another matter, or 办理 on a 只能查询 委托). */
export const ACTING_OUT_OF_SCOPE_MESSAGE = '这件事不在委托范围内（或委托只能查询），没有办理';

/**
 * After MANDATE_NOT_FOUND under a 委托: the 委托's state read again without acting (null when it could not be read
 * or is gone) says whether acting ends or the request only asked for more than it covers.
 */
export function refusalUnderMandate(state: MandateState | null): 'ended' | 'out-of-scope' {
  return state === 'active' ? 'out-of-scope' : 'ended';
}

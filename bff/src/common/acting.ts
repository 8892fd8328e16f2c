// 帮办代办 on the request: which routes a helper may call for a principal, and what the request then carries. Here
// in common because the sign-in guard (auth) must refuse the acting header on every other route, and the
// mandates module, which checks the 委托 itself, depends on auth.

import type { ErrorCode, MandateLevel } from '@zsb/contracts';
import { AppError } from './errors';

/** Route metadata: the route may be called under a 委托 (see mandates/acting.guard.ts). */
export const DELEGABLE = 'zsb:delegable';

export interface DelegableSpec {
  level: MandateLevel;
  /** Where the route's matter code is, when the request names it: checked against the 委托 before anything runs. */
  matterFrom?: { in: 'params' | 'body'; key: string };
  /** The 代办记录 line written when the route succeeds (提交申请, 预约 …); reads are not recorded. */
  record?: string;
  /**
   * Record only when the answer has this status: a route that answers a first request 201 and its Idempotency-Key
   * replay 200 says 201, so a retried request is one line, not two.
   */
  recordOnStatus?: number;
}

/** Who acts, when a helper calls under a 委托: the request is then the principal's, within this scope. */
export interface ActingFor {
  mandateId: string;
  /** 帮办代办员 or 亲友. */
  kind: 'agent' | 'family';
  helperId: string;
  helperName: string;
  matterCodes: readonly string[];
  licenceTypeCodes: readonly string[];
}

/** Whether a thing of this matter may be shown or touched: always for the resident themself. */
export function inScope(actingFor: ActingFor | undefined, matterCode: string): boolean {
  return !actingFor || actingFor.matterCodes.includes(matterCode);
}

/** Refuses a thing outside the 委托 with the same 404 as a thing that does not exist. */
export function requireInScope(actingFor: ActingFor | undefined, matterCode: string, notFound: ErrorCode): void {
  if (!inScope(actingFor, matterCode)) throw new AppError(notFound);
}

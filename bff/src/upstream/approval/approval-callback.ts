import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ApprovalEvent } from './approval.port';
import { toApprovalEvent } from './approval.mapper';
import { callbackWire } from './approval.wire';

/**
 * The approval platform's status callback, as its contract defines it: `x-approval-signature` = hex
 * HMAC-SHA256(secret, timestamp + "." + the exact body bytes), `x-approval-timestamp` (ms) within the allowed skew.
 * Pure, so the rule is tested without HTTP; the guard in applications/ applies it to requests.
 */
export interface SignedCallback {
  timestamp: string;
  signature: string;
  /** The body exactly as received; a re-serialised body would not match the platform's signature. */
  raw: Buffer | undefined;
}

export function callbackSignatureValid(
  callback: SignedCallback,
  secret: string,
  maxSkewMs: number,
  now: number,
): boolean {
  const { timestamp, signature, raw } = callback;
  if (!raw || !/^\d{10,16}$/.test(timestamp) || !/^[0-9a-f]{64}$/.test(signature)) return false;
  if (Math.abs(now - Number(timestamp)) > maxSkewMs) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.`).update(raw).digest();
  return timingSafeEqual(expected, Buffer.from(signature, 'hex'));
}

/** What a callback says: one step of one application. */
export interface ApprovalCallback {
  applicationNo: string;
  event: ApprovalEvent;
}

/** The callback body in our terms, or null when it is not one the contract allows. */
export function parseApprovalCallback(body: unknown): ApprovalCallback | null {
  const parsed = callbackWire.safeParse(body);
  if (!parsed.success) return null;
  return { applicationNo: parsed.data.application_no, event: toApprovalEvent(parsed.data) };
}

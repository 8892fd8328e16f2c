// Types of sign-in.mjs for the TypeScript callers (the H5 browser tests); the plain-Node scripts use it as is.
import type { Session } from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';

/** `fetch` to the BFF with a path relative to its origin; answers the parsed JSON, throws on a non-2xx answer. */
export type Api = <T>(path: string, init?: RequestInit) => Promise<T>;

export interface Verified {
  /** Headers of a signed-in request. */
  auth: Record<string, string>;
  api: Api;
  session: Session;
}

export function smsCode(sandboxUrl: string, phone: string): Promise<string>;
export function sandboxResidents(sandboxUrl: string): Promise<Resident[]>;
export function wechatSession(bffUrl: string, sandboxUrl: string, openid: string): Promise<Session>;
export function registerPhone(sandboxUrl: string, idNumber: string, phone: string): Promise<void>;
export function verifiedResident(bffUrl: string, sandboxUrl: string, r: Resident): Promise<Verified>;

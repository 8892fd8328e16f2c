// Signing a sandbox resident in and through 实名认证 over HTTP, exactly as the app does, for the H5 browser tests
// (the same steps as test/support/sign-in.mjs, which the plain-Node scripts use, here typed).
import { expect } from '@playwright/test';
import type { IdentityResult, Session } from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';

export const json = { 'content-type': 'application/json' };

/** Headers of a signed-in request. */
export type Auth = Record<string, string>;
/** `fetch` to the BFF with a path relative to its origin; answers the parsed JSON, throws on a non-2xx answer. */
export type Api = <T>(path: string, init?: RequestInit) => Promise<T>;

export async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, init);
  const body: unknown = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status} ${JSON.stringify(body)}`);
  return body as T;
}

export const apiOf =
  (bffUrl: string): Api =>
  <T>(path: string, init?: RequestInit) =>
    call<T>(new URL(path, bffUrl).toString(), init);

interface SmsOutbox {
  messages: { params?: { code?: string } }[];
}

/** The code the sandbox's SMS gateway last sent to a phone (waits for it briefly). */
export async function smsCode(sandboxUrl: string, phone: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        const { messages } = await call<SmsOutbox>(`${sandboxUrl}/__sandbox/sms?phone=${phone}`);
        code = messages[0]?.params?.code;
        return code;
      },
      { message: `an SMS code sent to ${phone}`, timeout: 5000, intervals: [100] },
    )
    .toBeTruthy();
  return code!;
}

export const sandboxResidents = async (sandboxUrl: string): Promise<Resident[]> =>
  (await call<{ residents: Resident[] }>(`${sandboxUrl}/__sandbox/residents`)).residents;

/** A WeChat sign-in (not yet 实名) with a back-door code: any openid is a WeChat account of its own. */
export async function wechatSession(bffUrl: string, sandboxUrl: string, openid: string): Promise<Session> {
  const { code } = await call<{ code: string }>(`${sandboxUrl}/__sandbox/wechat/codes`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ openid }),
  });
  return call<Session>(new URL('/api/v1/auth/wechat', bffUrl).toString(), {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ code }),
  });
}

/** Registers another phone to a registry resident's ID number, as the carriers do when she takes a new number. */
export async function registerPhone(sandboxUrl: string, idNumber: string, phone: string): Promise<void> {
  await call(`${sandboxUrl}/__sandbox/identity/phones`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ id_number: idNumber, phone }),
  });
}

export interface Verified {
  auth: Auth;
  api: Api;
  session: Session;
}

/**
 * WeChat sign-in with a back-door code, then 实名认证. Answers the request headers of the session, a `call` bound to
 * the BFF (paths relative to its origin) and the session itself.
 */
export async function verifiedResident(bffUrl: string, sandboxUrl: string, r: Resident): Promise<Verified> {
  const api = apiOf(bffUrl);
  const session = await wechatSession(bffUrl, sandboxUrl, r.wechat_openid);
  const auth = { ...json, authorization: `Bearer ${session.accessToken}` };
  await api('/api/v1/me/identity/sms-codes', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ phone: r.phone }),
  });
  const body = {
    name: r.name,
    idNumber: r.id_number,
    phone: r.phone,
    smsCode: await smsCode(sandboxUrl, r.phone),
    consent: true,
  };
  const result = await api<IdentityResult>('/api/v1/me/identity', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify(body),
  });
  // The verified session, ready for the app's storage (a new one when this person had verified elsewhere).
  const verified = result.session ?? { ...session, resident: result.resident };
  return { auth: { ...json, authorization: `Bearer ${verified.accessToken}` }, api, session: verified };
}

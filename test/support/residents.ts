import type { IdentityResult, IdentitySmsCodeSent, Session } from '@zsb/contracts';
import type { Resident } from '@zsb/sandbox';
import type { RunningSystem } from './system';

/** A fictional resident of the sandbox's registry (GET /__sandbox/residents). */
export type SandboxResident = Resident;

export async function sandboxResidents(sys: RunningSystem): Promise<SandboxResident[]> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/residents`);
  return ((await res.json()) as { residents: SandboxResident[] }).residents;
}

export async function post<T = unknown>(
  sys: RunningSystem,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: T }> {
  const res = await fetch(`${sys.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text ? JSON.parse(text) : undefined) as T };
}

/** The resident id a session belongs to (the access token's subject), for tests that call services directly. */
export function residentIdOf(session: Session): string {
  return (JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString()) as { sub: string }).sub;
}

export const bearer = (session: Session): Record<string, string> => ({
  authorization: `Bearer ${session.accessToken}`,
});

/** A one-time wx.login code from the sandbox's back door, as a phone would get from WeChat. */
export async function wechatCode(sys: RunningSystem, openid: string): Promise<string> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/wechat/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  return ((await res.json()) as { code: string }).code;
}

export async function alipayCode(sys: RunningSystem, userId: string): Promise<string> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/alipay/codes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user_id: userId }),
  });
  return ((await res.json()) as { code: string }).code;
}

export async function signInWechat(sys: RunningSystem, openid: string): Promise<Session> {
  const res = await post<Session>(sys, '/api/v1/auth/wechat', { code: await wechatCode(sys, openid) });
  if (res.status !== 200) throw new Error(`wechat sign-in answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The last SMS code the sandbox's gateway sent to a phone. */
export async function lastSmsCode(sys: RunningSystem, phone: string): Promise<string> {
  const res = await fetch(`${sys.sandbox.url}/__sandbox/sms?phone=${phone}`);
  const { messages } = (await res.json()) as { messages: { params: Record<string, string> }[] };
  const code = messages[0]?.params.code;
  if (!code) throw new Error('no SMS was sent to this phone');
  return code;
}

/** Signs in from WeChat and completes 实名认证 as this resident. */
export async function verifiedSession(sys: RunningSystem, resident: SandboxResident): Promise<Session> {
  const session = await signInWechat(sys, resident.wechat_openid);
  const send = () =>
    post<IdentitySmsCodeSent>(sys, '/api/v1/me/identity/sms-codes', { phone: resident.phone }, bearer(session));
  let sent = await send();
  // Setup, not the behaviour under test: on a machine loaded by parallel suites the sandbox (in this process) can
  // miss the test profile's 1 s upstream timeout, and the BFF says 503 as a resident would see it; ask again, as
  // they would.
  for (let i = 0; sent.status === 503 && i < 2; i++) {
    await new Promise((r) => setTimeout(r, 1000));
    sent = await send();
  }
  if (sent.status !== 200) throw new Error(`sms code answered ${sent.status}: ${JSON.stringify(sent.body)}`);
  const smsCode = await lastSmsCode(sys, resident.phone);
  const res = await post<IdentityResult>(
    sys,
    '/api/v1/me/identity',
    { name: resident.name, idNumber: resident.id_number, phone: resident.phone, smsCode, consent: true },
    bearer(session),
  );
  if (res.status !== 200) throw new Error(`identity answered ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.session ?? session;
}

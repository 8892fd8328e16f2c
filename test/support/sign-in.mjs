// Signing a sandbox resident in and through 实名认证 over HTTP, exactly as the app does, for the scripts that are
// plain Node (the bench, the concurrency checks) and, typed by sign-in.d.mts, for the H5 browser tests. The jest
// suites do the same in test/support/residents.ts.
const json = { 'content-type': 'application/json' };

async function call(url, init = {}) {
  const res = await fetch(url, init);
  const body = await res.json();
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${url} → ${res.status} ${JSON.stringify(body)}`);
  return body;
}

/** The code the sandbox's SMS gateway last sent to a phone (waits for it briefly). */
export async function smsCode(sandboxUrl, phone) {
  for (let i = 0; i < 50; i++) {
    const { messages } = await call(`${sandboxUrl}/__sandbox/sms?phone=${phone}`);
    if (messages[0]?.params?.code) return messages[0].params.code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no SMS code was sent to ${phone}`);
}

export const sandboxResidents = async (sandboxUrl) => (await call(`${sandboxUrl}/__sandbox/residents`)).residents;

/** A WeChat sign-in (not yet 实名) with a back-door code: any openid is a WeChat account of its own. */
export async function wechatSession(bffUrl, sandboxUrl, openid) {
  const { code } = await call(`${sandboxUrl}/__sandbox/wechat/codes`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ openid }),
  });
  return call(new URL('/api/v1/auth/wechat', bffUrl).toString(), {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ code }),
  });
}

/** Registers another phone to a registry resident's ID number, as the carriers do when she takes a new number. */
export async function registerPhone(sandboxUrl, idNumber, phone) {
  await call(`${sandboxUrl}/__sandbox/identity/phones`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ id_number: idNumber, phone }),
  });
}

/**
 * WeChat sign-in with a back-door code, then 实名认证. Answers the request headers of the session, a `call` bound to
 * the BFF (paths relative to its origin) and the session itself.
 */
export async function verifiedResident(bffUrl, sandboxUrl, r) {
  const api = (path, init) => call(new URL(path, bffUrl).toString(), init);
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
  const result = await api('/api/v1/me/identity', { method: 'POST', headers: auth, body: JSON.stringify(body) });
  // The verified session, ready for the app's storage (a new one when this person had verified elsewhere).
  const verified = result.session ?? { ...session, resident: result.resident };
  return { auth: { ...json, authorization: `Bearer ${verified.accessToken}` }, api, session: verified };
}

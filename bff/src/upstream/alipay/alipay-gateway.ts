import { createSign, createVerify } from 'node:crypto';
import type { UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';

export interface AlipayApp {
  appId: string;
  /** The app's RSA2 private key: signs every request. */
  privateKeyPem: string;
  /** Alipay's RSA2 public key: every answer's sign is checked with it. */
  publicKeyPem: string;
}

/**
 * The form parameters of one Alipay gateway call, signed by the gateway's RSA2 rule: every parameter but `sign`
 * that has a value, sorted by name, joined as k=v&…, signed with SHA256withRSA.
 */
export function gatewayForm(app: AlipayApp, method: string, extra: Record<string, string>, now = new Date()): string {
  const params: Record<string, string> = {
    method,
    app_id: app.appId,
    charset: 'utf-8',
    sign_type: 'RSA2',
    timestamp: shanghaiTimestamp(now),
    version: '1.0',
    ...extra,
  };
  const content = Object.keys(params)
    .filter((k) => params[k] !== '')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  params.sign = createSign('RSA-SHA256').update(content, 'utf8').sign(app.privateKeyPem, 'base64');
  return new URLSearchParams(params).toString();
}

export const GATEWAY_FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' };

export type GatewayAnswer = { ok: Record<string, unknown> } | { error: { code?: string; sub_code?: string } };

/**
 * The response object of a gateway answer, once its sign is checked. Alipay signs the exact JSON text of the
 * `<method>_response` (or `error_response`) object, so the check runs on the bytes received, before any parsing.
 * A success without a valid sign is a fault (it could not have come from Alipay); an error without a sign is
 * taken as the error it says it is (the gateway leaves some unsigned), which can only ever refuse, never admit.
 */
export function verifiedAnswer(text: string, method: string, publicKeyPem: string): GatewayAnswer {
  const okKey = `${method.replace(/\./g, '_')}_response`;
  const m = /^\s*\{\s*"(\w+)"\s*:\s*(\{.*\})\s*(?:,\s*"sign"\s*:\s*"([A-Za-z0-9+/=]*)"\s*)?\}\s*$/s.exec(text);
  if (!m || (m[1] !== okKey && m[1] !== 'error_response'))
    throw new UpstreamError('alipay', 'malformed', `${method}: not a gateway answer`);
  const [, key, body, sign] = m;
  const signed = !!sign && createVerify('RSA-SHA256').update(body, 'utf8').verify(publicKeyPem, sign, 'base64');
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new UpstreamError('alipay', 'malformed', `${method}: the response is not JSON`);
  }
  if (key === 'error_response') {
    if (sign && !signed) throw new UpstreamError('alipay', 'malformed', `${method}: the error's sign does not hold`);
    return { error: value as { code?: string; sub_code?: string } };
  }
  if (!signed) throw new UpstreamError('alipay', 'malformed', `${method}: the answer's sign does not hold`);
  return { ok: value };
}

/** One signed call of a gateway method; the answer's sign checked (see verifiedAnswer). */
export async function callGateway(
  http: UpstreamHttp,
  app: AlipayApp,
  method: string,
  extra: Record<string, string>,
): Promise<GatewayAnswer> {
  const res = await http.send('write', {
    method: 'POST',
    url: '/gateway.do',
    data: gatewayForm(app, method, extra),
    headers: GATEWAY_FORM_HEADERS,
    // The text as received: the sign is over its exact bytes.
    responseType: 'text',
    transformResponse: (d: unknown) => d,
  });
  if (res.status !== 200 || typeof res.data !== 'string')
    throw new UpstreamError('alipay', 'error-status', `${method}: HTTP ${res.status}`);
  return verifiedAnswer(res.data, method, app.publicKeyPem);
}

/** yyyy-MM-dd HH:mm:ss in Beijing time, as the gateway expects. */
function shanghaiTimestamp(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

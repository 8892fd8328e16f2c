import { createSign } from 'node:crypto';

/**
 * The form parameters of one Alipay gateway call, signed by the gateway's RSA2 rule: the parameters sorted by
 * name, joined as k=v&…, signed with SHA256withRSA. Without a key (the sandbox) the sign is "unsigned".
 */
export function gatewayForm(appId: string, privateKeyPem: string | null, method: string, extra: Record<string, string>): string {
  const params: Record<string, string> = {
    method,
    app_id: appId,
    charset: 'utf-8',
    sign_type: 'RSA2',
    timestamp: shanghaiTimestamp(new Date()),
    version: '1.0',
    ...extra,
  };
  const content = Object.keys(params)
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  params.sign = privateKeyPem ? createSign('RSA-SHA256').update(content, 'utf8').sign(privateKeyPem, 'base64') : 'unsigned';
  return new URLSearchParams(params).toString();
}

export const GATEWAY_FORM_HEADERS = { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' };

/** yyyy-MM-dd HH:mm:ss in Beijing time, as the gateway expects. */
function shanghaiTimestamp(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

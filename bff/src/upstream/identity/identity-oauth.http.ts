import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import { IdentityOauth, type ProvincialIdentity } from './identity-oauth.port';

const tokenWire = z.object({
  access_token: z.string().min(1),
  token_type: z.string(),
  sub: z.string().min(1).optional(),
});
const userinfoWire = z.object({
  sub: z.string().min(1),
  real_name_verified: z.boolean().optional(),
  name: z.string().min(1).max(50).optional(),
  id_number: z
    .string()
    .regex(/^\d{17}[\dXx]$/)
    .optional(),
  phone_number: z
    .string()
    .regex(/^1[3-9]\d{9}$/)
    .optional(),
});

@Injectable()
export class IdentityOauthHttp extends IdentityOauth {
  private readonly http: UpstreamHttp;
  private readonly base: string;

  constructor(private readonly config: AppConfig) {
    super();
    this.base = baseUrlOf(config.upstream, config.upstream.identityUrl);
    this.http = new UpstreamHttp('identity', this.base, config.upstream);
  }

  authorizeUrl(params: { redirectUri: string; state: string; codeChallenge: string }): string {
    const url = new URL('/identity/oauth/authorize', this.base);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: this.config.upstream.identityOauth.clientId,
      redirect_uri: params.redirectUri,
      state: params.state,
      scope: 'openid',
      code_challenge: params.codeChallenge,
      code_challenge_method: 'S256',
    }).toString();
    return url.toString();
  }

  async exchange(params: {
    code: string;
    redirectUri: string;
    codeVerifier: string;
  }): Promise<{ subject: string; identity: ProvincialIdentity | null } | null> {
    const { clientId, clientSecret } = this.config.upstream.identityOauth;
    // A code works once: never retried.
    const res = await this.http.send('write', {
      method: 'POST',
      url: '/identity/oauth/token',
      data: new URLSearchParams({
        grant_type: 'authorization_code',
        code: params.code,
        redirect_uri: params.redirectUri,
        client_id: clientId,
        client_secret: clientSecret,
        code_verifier: params.codeVerifier,
      }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    if (res.status === 400) return null; // invalid_grant: expired, used or not ours
    const token = tokenWire.safeParse(res.data);
    if (res.status !== 200 || !token.success)
      throw new UpstreamError('identity', 'error-status', `oauth token: HTTP ${res.status}`);
    // userinfo carries the verified identity, so the resident need not type name and ID number again.
    const info = await this.http.send('read', {
      method: 'GET',
      url: '/identity/oauth/userinfo',
      headers: { authorization: `Bearer ${token.data.access_token}` },
    });
    const parsed = userinfoWire.safeParse(info.data);
    if (info.status !== 200 || !parsed.success)
      throw new UpstreamError('identity', 'malformed', `oauth userinfo: HTTP ${info.status}`);
    if (token.data.sub && token.data.sub !== parsed.data.sub)
      throw new UpstreamError('identity', 'malformed', 'oauth userinfo: another subject than the token');
    const { sub, real_name_verified: verified, name, id_number: idNumber, phone_number: phone } = parsed.data;
    const identity =
      verified === true && name && idNumber && phone
        ? { name: name.trim(), idNumber: idNumber.toUpperCase(), phone }
        : null;
    return { subject: sub, identity };
  }
}

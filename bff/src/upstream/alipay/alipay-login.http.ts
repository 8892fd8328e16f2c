import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import { GATEWAY_FORM_HEADERS, gatewayForm } from './alipay-gateway';
import { AlipayLogin } from './alipay-login.port';

const answer = z.object({
  alipay_system_oauth_token_response: z.object({ user_id: z.string().optional(), open_id: z.string().optional() }).optional(),
  error_response: z.object({ code: z.string(), sub_code: z.string().optional() }).optional(),
});
const REFUSED = new Set(['isv.code-invalid', 'isv.code-expired', 'isv.code-used']);

@Injectable()
export class AlipayLoginHttp extends AlipayLogin {
  private readonly http: UpstreamHttp;

  constructor(private readonly config: AppConfig) {
    super();
    this.http = new UpstreamHttp('alipay', baseUrlOf(config.upstream, config.upstream.alipay.gatewayUrl), config.upstream);
  }

  async exchange(code: string): Promise<{ userId: string } | null> {
    const { appId, privateKeyPem } = this.config.upstream.alipay;
    const res = await this.http.send('write', {
      method: 'POST',
      url: '/gateway.do',
      data: gatewayForm(appId, privateKeyPem, 'alipay.system.oauth.token', { grant_type: 'authorization_code', code }),
      headers: GATEWAY_FORM_HEADERS,
    });
    const parsed = answer.safeParse(res.data);
    if (res.status !== 200 || !parsed.success) throw new UpstreamError('alipay', 'malformed', `oauth.token: HTTP ${res.status}`);
    const ok = parsed.data.alipay_system_oauth_token_response;
    const userId = ok?.user_id ?? ok?.open_id;
    if (userId) return { userId };
    const subCode = parsed.data.error_response?.sub_code ?? '';
    if (REFUSED.has(subCode)) return null;
    throw new UpstreamError('alipay', 'error-status', `oauth.token ${parsed.data.error_response?.code ?? '?'} ${subCode}`);
  }
}

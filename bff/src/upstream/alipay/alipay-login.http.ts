import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import { callGateway } from './alipay-gateway';
import { AlipayLogin } from './alipay-login.port';

const token = z.object({ user_id: z.string().optional(), open_id: z.string().optional() });
const REFUSED = new Set(['isv.code-invalid', 'isv.code-expired', 'isv.code-used']);
const METHOD = 'alipay.system.oauth.token';

@Injectable()
export class AlipayLoginHttp extends AlipayLogin {
  private readonly http: UpstreamHttp;

  constructor(private readonly config: AppConfig) {
    super();
    this.http = new UpstreamHttp(
      'alipay',
      baseUrlOf(config.upstream, config.upstream.alipay.gatewayUrl),
      config.upstream,
    );
  }

  async exchange(code: string): Promise<{ userId: string } | null> {
    const answer = await callGateway(this.http, this.config.upstream.alipay, METHOD, {
      grant_type: 'authorization_code',
      code,
    });
    if ('error' in answer) {
      const subCode = answer.error.sub_code ?? '';
      if (REFUSED.has(subCode)) return null;
      throw new UpstreamError('alipay', 'error-status', `oauth.token ${answer.error.code ?? '?'} ${subCode}`);
    }
    const parsed = token.safeParse(answer.ok);
    const userId = parsed.success ? (parsed.data.user_id ?? parsed.data.open_id) : undefined;
    if (!userId) throw new UpstreamError('alipay', 'malformed', 'oauth.token: no user_id or open_id');
    return { userId };
  }
}

import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { callGateway } from '../alipay/alipay-gateway';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { UpstreamError } from '../http/upstream.error';
import { MessageChannel, type OutgoingMessage } from './message-channel.port';

const tokenAnswer = z.union([
  z.object({ access_token: z.string().min(1), expires_in: z.number() }),
  z.object({ errcode: z.number(), errmsg: z.string().optional() }),
]);
const sendAnswer = z.object({ errcode: z.number(), errmsg: z.string().optional() });
const ALIPAY_TEMPLATE_MESSAGE = 'alipay.open.app.mini.templatemessage.send';
// Refresh the WeChat access token this long before it expires (it lives 7200 s).
const TOKEN_MARGIN_MS = 300_000;

@Injectable()
export class MessageChannelHttp extends MessageChannel {
  private readonly wechat: UpstreamHttp;
  private readonly alipay: UpstreamHttp;
  private token: { value: string; until: number } | null = null;

  constructor(private readonly config: AppConfig) {
    super();
    this.wechat = new UpstreamHttp(
      'wechat',
      baseUrlOf(config.upstream, config.upstream.wechat.apiUrl),
      config.upstream,
    );
    this.alipay = new UpstreamHttp(
      'alipay',
      baseUrlOf(config.upstream, config.upstream.alipay.gatewayUrl),
      config.upstream,
    );
  }

  async sendWechat(openid: string, message: OutgoingMessage): Promise<void> {
    const data = Object.fromEntries(Object.entries(message.data).map(([k, v]) => [k, { value: v }]));
    const send = async (): Promise<number> => {
      const res = await this.wechat.send('write', {
        method: 'POST',
        url: '/cgi-bin/message/subscribe/send',
        params: { access_token: await this.accessToken() },
        data: { touser: openid, template_id: message.templateId, page: message.page, data },
      });
      const parsed = sendAnswer.safeParse(res.data);
      if (!parsed.success) throw new UpstreamError('wechat', 'malformed', `subscribe/send: HTTP ${res.status}`);
      return parsed.data.errcode;
    };
    let errcode = await send();
    // 40001/42001: the token was revoked or expired early; fetch a new one once.
    if (errcode === 40001 || errcode === 42001) {
      this.token = null;
      errcode = await send();
    }
    if (errcode !== 0) throw new UpstreamError('wechat', 'error-status', `subscribe/send errcode ${errcode}`);
  }

  async sendAlipay(userId: string, message: OutgoingMessage): Promise<void> {
    const biz = {
      to_user_id: userId,
      user_template_id: message.templateId,
      page: message.page,
      data: JSON.stringify(message.data),
    };
    const answer = await callGateway(this.alipay, this.config.upstream.alipay, ALIPAY_TEMPLATE_MESSAGE, {
      biz_content: JSON.stringify(biz),
    });
    const code = 'ok' in answer ? answer.ok.code : answer.error.code;
    if (code !== '10000')
      throw new UpstreamError(
        'alipay',
        'error-status',
        `templatemessage.send: ${typeof code === 'string' ? code : 'no code'}`,
      );
  }

  private async accessToken(): Promise<string> {
    if (this.token && Date.now() < this.token.until) return this.token.value;
    const { appId, secret } = this.config.upstream.wechat;
    const res = await this.wechat.send('read', {
      method: 'GET',
      url: '/cgi-bin/token',
      params: { grant_type: 'client_credential', appid: appId, secret },
    });
    const parsed = tokenAnswer.safeParse(res.data);
    if (!parsed.success || !('access_token' in parsed.data))
      throw new UpstreamError('wechat', 'error-status', `cgi-bin/token: HTTP ${res.status}`);
    this.token = {
      value: parsed.data.access_token,
      until: Date.now() + parsed.data.expires_in * 1000 - TOKEN_MARGIN_MS,
    };
    return this.token.value;
  }
}

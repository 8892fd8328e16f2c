import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { SmsGateway, type SmsTemplate } from './sms-gateway.port';

const sentWire = z.object({ message_id: z.string() });

@Injectable()
export class SmsGatewayHttp extends SmsGateway {
  private readonly http: UpstreamHttp;

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp('sms', baseUrlOf(config.upstream, config.upstream.smsUrl), config.upstream);
  }

  async send(phone: string, template: SmsTemplate, params: Record<string, string>): Promise<void> {
    // Never retried: a resident would rather tap "resend" than get the same code twice.
    await this.http.envelope(
      'write',
      { method: 'POST', url: '/sms/v1/send', data: { phone, template, params } },
      sentWire,
    );
  }
}

import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { IdentityService } from './identity-service.port';

const verifyWire = z.object({ match: z.boolean(), reason: z.string().nullable().optional() });

@Injectable()
export class IdentityServiceHttp extends IdentityService {
  private readonly http: UpstreamHttp;

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp('identity', baseUrlOf(config.upstream, config.upstream.identityUrl), config.upstream);
  }

  async verify(name: string, idNumber: string): Promise<{ match: boolean }> {
    // The ID number travels in the body, never in a URL (URLs end up in access logs along the way).
    const d = await this.http.envelope('read', { method: 'POST', url: '/identity/v1/verify', data: { name, id_number: idNumber } }, verifyWire);
    return { match: d.match };
  }
}

import { Injectable } from '@nestjs/common';
import { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { baseUrlOf, UpstreamHttp } from '../http/upstream-http';
import { IdentityService, type PhoneIdentityMismatch } from './identity-service.port';

const verifyWire = z.object({ match: z.boolean(), reason: z.string().nullable().optional() });
const faceWire = z.object({ passed: z.boolean(), name: z.string(), id_number: z.string() });
const phoneVerifyWire = z.object({
  match: z.boolean(),
  reason: z.enum(['name_mismatch', 'not_found', 'phone_mismatch']).nullable(),
});

@Injectable()
export class IdentityServiceHttp extends IdentityService {
  private readonly http: UpstreamHttp;

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp('identity', baseUrlOf(config.upstream, config.upstream.identityUrl), config.upstream);
  }

  async verify(name: string, idNumber: string): Promise<{ match: boolean }> {
    // The ID number travels in the body, never in a URL (URLs end up in access logs along the way).
    const d = await this.http.envelope(
      'read',
      { method: 'POST', url: '/identity/v1/verify', data: { name, id_number: idNumber } },
      verifyWire,
    );
    return { match: d.match };
  }

  async verifyWithPhone(
    name: string,
    idNumber: string,
    phone: string,
  ): Promise<{ match: true } | { match: false; reason: PhoneIdentityMismatch }> {
    const d = await this.http.envelope(
      'read',
      { method: 'POST', url: '/identity/v1/phone-verify', data: { name, id_number: idNumber, phone } },
      phoneVerifyWire,
    );
    // A "no" without a reason is read as the strictest one: the phone is not theirs.
    return d.match ? { match: true } : { match: false, reason: d.reason ?? 'phone_mismatch' };
  }

  async identifyFace(verifyResult: string): Promise<{ passed: boolean; name: string; idNumber: string } | null> {
    // Each result answers once: never retried (a retry after a lost answer would only find it used).
    const answer = await this.http.send('write', {
      method: 'POST',
      url: '/identity/v1/face/identify',
      data: { verify_result: verifyResult },
    });
    if (answer.status === 404) return null;
    const d = this.http.unwrap(answer, faceWire, '/identity/v1/face/identify');
    return { passed: d.passed, name: d.name, idNumber: d.id_number.toUpperCase() };
  }
}

import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { DisplayCode, LicenceVerification } from '@zsb/contracts';
import { maskName } from '@zsb/domain';
import { AppError } from '../common/errors';
import { randomId } from '../common/random';
import { KeyValueStore } from '../common/kv-store';
import { toShanghaiIso } from '../common/time';
import { AppConfig } from '../config/app-config';
import { LicenceLibrary } from '../upstream/licence/licence-library.port';
import { LicenceRecordsRepository } from './licence-records.repository';
import { LicencesService } from './licences.service';

export const DISPLAY_TTL = { min: 60, max: 300, default: 120 };

interface PendingDisplay {
  licenceId: string;
  residentId: string;
  fields: string[];
  expiresAt: number;
}

/**
 * 亮证码: a one-time code the holder shows as a QR for 60–300 s. The code is `<random id>.<HMAC tag>`: a forged
 * code fails the tag check before any lookup, an expired one is gone from the store, and verifying takes it
 * out of the store in one step, so it cannot be replayed. The verifier sees the live licence (re-read and its
 * seal re-checked at that moment), limited to the fields the holder chose.
 */
@Injectable()
export class DisplayCodesService {
  private readonly tagKey: Buffer;

  constructor(
    config: AppConfig,
    private readonly kv: KeyValueStore,
    private readonly licences: LicencesService,
    private readonly library: LicenceLibrary,
    private readonly records: LicenceRecordsRepository,
  ) {
    // Its own key, derived so that a display-code tag can never double as any other HMAC of the system.
    this.tagKey = createHmac('sha256', Buffer.from(config.security.piiHashKey, 'base64')).update('display-code-tag').digest();
  }

  async issue(residentId: string, licenceId: string, fields: string[], ttlSec = DISPLAY_TTL.default): Promise<DisplayCode> {
    const licence = await this.licences.own(residentId, licenceId);
    if (licence.status !== 'valid' || !licence.sealValid) throw new AppError('LICENCE_NOT_VALID');
    const known = new Set(licence.surface.map((f) => f.label));
    const unknown = fields.filter((f) => !known.has(f));
    if (unknown.length) throw new AppError('VALIDATION_FAILED', `证照上没有这些项目：${unknown.join('、')}`, [{ field: 'fields', message: '请从证照的项目中选择' }]);
    const id = randomId();
    const code = `${id}.${this.tag(id)}`;
    const expiresAt = Date.now() + ttlSec * 1000;
    await this.kv.setJson(this.key(id), { licenceId, residentId, fields, expiresAt } satisfies PendingDisplay, ttlSec);
    await this.records.logUse({ id: randomId(), residentId, licenceId, typeName: licence.typeName, action: 'display', actor: 'self', purpose: `出示亮证码（${fields.join('、')}）` });
    return { code, expiresAt: toShanghaiIso(new Date(expiresAt)), ttlSec, fields };
  }

  async verify(verifierResidentId: string, code: string): Promise<LicenceVerification> {
    const [id, tag] = code.split('.');
    if (!id || !tag || !this.tagMatches(id, tag)) throw new AppError('DISPLAY_CODE_INVALID');
    const pending = await this.kv.take<PendingDisplay>(this.key(id));
    // The store's TTL is in whole seconds; the code's own deadline is to the millisecond.
    if (!pending || pending.expiresAt <= Date.now()) throw new AppError('DISPLAY_CODE_INVALID');
    const licence = await this.library.get(pending.licenceId);
    if (!licence) throw new AppError('DISPLAY_CODE_INVALID');
    const chosen = new Set(pending.fields);
    await this.records.logUse({
      id: randomId(),
      residentId: pending.residentId,
      licenceId: pending.licenceId,
      typeName: licence.typeName,
      action: 'verify',
      actor: 'verifier',
      actorResidentId: verifierResidentId,
      purpose: '扫码核验亮证码',
    });
    return {
      typeName: licence.typeName,
      issuer: licence.issuer,
      status: licence.status,
      verified: licence.sealValid && licence.status === 'valid',
      holderNameMasked: maskName(licence.holderName),
      fields: licence.surface.filter((f) => chosen.has(f.label)),
      verifiedAt: toShanghaiIso(new Date()),
    };
  }

  private key(id: string): string {
    return `display-code:${id}`;
  }

  private tag(id: string): string {
    return createHmac('sha256', this.tagKey).update(id).digest('base64url').slice(0, 22);
  }

  private tagMatches(id: string, tag: string): boolean {
    const expected = Buffer.from(this.tag(id));
    const given = Buffer.from(tag);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

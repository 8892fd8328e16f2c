import { randomInt, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { IdentityRequest, IdentityResult, IdentitySmsCodeSent } from '@zsb/contracts';
import { maskPhone, parseIdNumber } from '@zsb/domain';
import { AppError } from '../common/errors';
import { KeyValueStore } from '../common/kv-store';
import { PiiCipher } from '../common/pii-cipher';
import { AppConfig } from '../config/app-config';
import { IdentityService as IdentityUpstream } from '../upstream/identity/identity-service.port';
import { SmsGateway } from '../upstream/sms/sms-gateway.port';
import { ResidentRepository } from './resident.repository';
import { ResidentService } from './resident.service';
import { SessionService, type SignedIn } from './session.service';
import { SessionRepository } from './session.repository';

/** The version of the 个人信息处理说明 a resident agrees to; stored with the consent. */
export const CONSENT_VERSION = '2026-11';
const MAX_CODE_ATTEMPTS = 5;
const ID_PROBLEM: Record<string, string> = {
  format: '身份证号码应为 18 位，最后一位可能是 X',
  region: '身份证号码前两位不是有效的省份代码，请核对',
  'birth-date': '身份证号码中的出生日期不正确，请核对',
  checksum: '身份证号码最后一位校验不通过，可能有一位输错了，请逐位核对',
};

interface PendingCode {
  phoneHash: string;
  codeHash: string;
  attempts: number;
}

/**
 * 实名认证: a code to the phone proves the phone; the provincial identity service proves name + ID number. Only
 * then are they stored, encrypted, with the resident's consent.
 */
@Injectable()
export class RealNameService {
  constructor(
    private readonly config: AppConfig,
    private readonly kv: KeyValueStore,
    private readonly cipher: PiiCipher,
    private readonly sms: SmsGateway,
    private readonly upstream: IdentityUpstream,
    private readonly residents: ResidentRepository,
    private readonly profiles: ResidentService,
    private readonly sessions: SessionService,
    private readonly sessionRows: SessionRepository,
  ) {}

  private key(residentId: string): string {
    return `identity-code:${residentId}`;
  }

  async sendCode(residentId: string, phone: string): Promise<IdentitySmsCodeSent> {
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    const pending: PendingCode = {
      phoneHash: this.cipher.blindIndex('phone', phone),
      codeHash: this.cipher.blindIndex('sms-code', `${residentId}:${code}`),
      attempts: 0,
    };
    // Sent first, stored after: a code the gateway never delivered must not be waiting to be guessed.
    await this.sms.send(phone, 'REALNAME_VERIFY', { code });
    await this.kv.setJson(this.key(residentId), pending, this.config.auth.smsCodeTtlSec);
    return { phoneMasked: maskPhone(phone), expiresInSec: this.config.auth.smsCodeTtlSec, resendAfterSec: this.config.auth.smsResendSec };
  }

  async verify(signedIn: SignedIn, request: IdentityRequest): Promise<IdentityResult> {
    if (request.consent !== true) throw new AppError('CONSENT_REQUIRED');
    const idNumber = request.idNumber.trim().toUpperCase();
    const parsed = parseIdNumber(idNumber);
    if (!parsed.ok) throw new AppError('ID_NUMBER_INVALID', ID_PROBLEM[parsed.reason], [{ field: 'idNumber', message: ID_PROBLEM[parsed.reason] }]);
    await this.checkCode(signedIn.residentId, request.phone, request.smsCode);
    const name = request.name.trim();
    const { match } = await this.upstream.verify(name, idNumber);
    if (!match) throw new AppError('IDENTITY_MISMATCH');
    await this.kv.delete(this.key(signedIn.residentId));
    const stored = await this.residents.verify(signedIn.residentId, {
      nameEnc: this.cipher.encrypt(name),
      idNumberEnc: this.cipher.encrypt(idNumber),
      idNumberHash: this.cipher.blindIndex('id-number', idNumber),
      phoneEnc: this.cipher.encrypt(request.phone),
      phoneHash: this.cipher.blindIndex('phone', request.phone),
      consentVersion: CONSENT_VERSION,
    });
    if (!stored.merged) return { resident: await this.profiles.profile(stored.residentId) };
    // This sign-in now belongs to the resident who verified first: its session ends and one for that resident begins.
    const family = await this.sessionRows.activeFamily(signedIn.familyId);
    await this.sessions.revoke(signedIn.familyId, 'merged');
    const session = await this.sessions.start(stored.residentId, family?.method ?? 'h5');
    return { resident: session.resident, session };
  }

  private async checkCode(residentId: string, phone: string, code: string): Promise<void> {
    const pending = await this.kv.getJson<PendingCode>(this.key(residentId));
    if (!pending) throw new AppError('SMS_CODE_INVALID');
    const expected = Buffer.from(pending.codeHash);
    const given = Buffer.from(this.cipher.blindIndex('sms-code', `${residentId}:${code}`));
    const phoneMatches = pending.phoneHash === this.cipher.blindIndex('phone', phone);
    if (phoneMatches && expected.length === given.length && timingSafeEqual(expected, given)) return;
    // A wrong guess costs an attempt; after the last one the code is gone and a new one must be asked for.
    if (pending.attempts + 1 >= MAX_CODE_ATTEMPTS) await this.kv.delete(this.key(residentId));
    else await this.kv.setJson(this.key(residentId), { ...pending, attempts: pending.attempts + 1 }, this.config.auth.smsCodeTtlSec);
    throw new AppError('SMS_CODE_INVALID');
  }
}

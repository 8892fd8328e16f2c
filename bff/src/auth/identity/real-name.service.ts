import { Injectable, Logger } from '@nestjs/common';
import type { IdentityRequest, IdentityResult, IdentitySmsCodeSent } from '@zsb/contracts';
import { maskPhone, parseIdNumber } from '@zsb/domain';
import { AppError } from '../../common/errors';
import { KeyValueStore } from '../../common/kv-store';
import { PiiCipher } from '../../common/pii-cipher';
import { RateLimits } from '../../common/rate-limit';
import { retryingUniqueRace } from '../../common/unique-race';
import { IdentityService as IdentityUpstream } from '../../upstream/identity/identity-service.port';
import { ResidentRepository } from '../resident.repository';
import { ResidentService } from '../resident.service';
import { SessionRepository } from '../session.repository';
import { SessionService, type SignedIn } from '../session.service';
import { decideBinding } from './binding-rules';
import { PhoneProof } from './phone-proof';

/** The version of the 个人信息处理说明 a resident agrees to; stored with the consent. */
export const CONSENT_VERSION = '2026-11';
const ID_PROBLEM: Record<string, string> = {
  format: '身份证号码应为 18 位，最后一位可能是 X',
  region: '身份证号码前两位不是有效的省份代码，请核对',
  'birth-date': '身份证号码中的出生日期不正确，请核对',
  checksum: '身份证号码最后一位校验不通过，可能有一位输错了，请逐位核对',
};
// Per ID number, whoever asks: the identity service is not an oracle for someone trying names against a number,
// and the phone on file of a resident is not asked for a code again and again.
const PER_ID_NUMBER = {
  name: 'identity-id-number-day',
  points: 10,
  durationSec: 86_400,
  message: '这个身份证号今天认证的次数太多了，请明天再试，或带身份证到便民服务中心窗口办理',
};
const PENDING_TTL_SEC = 900;

/** The step after IDENTITY_PHONE_PROOF_REQUIRED: what was proven so far, personal data encrypted. */
interface PendingPhoneOnFile {
  holderId: string;
  idNumberHash: string;
  phoneOnFileEnc: string;
  phoneOnFileHash: string;
  newPhoneEnc: string;
  newPhoneHash: string;
}

/**
 * 实名认证 that proves the person: a code to the phone proves the phone, the identity service's 三要素 check proves
 * that phone is registered to the name and ID number, and a resident who already exists is joined only by proving
 * the phone they have on file (binding-rules.ts). Nothing about an existing resident changes before that proof.
 */
@Injectable()
export class RealNameService {
  private readonly logger = new Logger('RealNameService');

  constructor(
    private readonly kv: KeyValueStore,
    private readonly cipher: PiiCipher,
    private readonly proof: PhoneProof,
    private readonly limits: RateLimits,
    private readonly upstream: IdentityUpstream,
    private readonly residents: ResidentRepository,
    private readonly profiles: ResidentService,
    private readonly sessions: SessionService,
    private readonly sessionRows: SessionRepository,
  ) {}

  private pendingKey(residentId: string): string {
    return `identity-pending:${residentId}`;
  }

  sendCode(residentId: string, phone: string): Promise<IdentitySmsCodeSent> {
    return this.proof.send('realname', residentId, phone);
  }

  async verify(signedIn: SignedIn, request: IdentityRequest): Promise<IdentityResult> {
    if (request.consent !== true) throw new AppError('CONSENT_REQUIRED');
    const { name, idNumber } = await this.claimed(signedIn.residentId, request);
    const parsed = parseIdNumber(idNumber);
    if (!parsed.ok)
      throw new AppError('ID_NUMBER_INVALID', ID_PROBLEM[parsed.reason], [
        { field: 'idNumber', message: ID_PROBLEM[parsed.reason] },
      ]);
    await this.proof.check('realname', signedIn.residentId, request.phone, request.smsCode);
    const idNumberHash = this.cipher.blindIndex('id-number', idNumber);
    await this.limits.consume(PER_ID_NUMBER, idNumberHash);
    const carrier = await this.upstream.verifyWithPhone(name, idNumber, request.phone);
    if (!carrier.match && carrier.reason !== 'phone_mismatch') throw new AppError('IDENTITY_MISMATCH');
    const phone = { enc: this.cipher.encrypt(request.phone), hash: this.cipher.blindIndex('phone', request.phone) };
    const method = (await this.sessionRows.activeFamily(signedIn.familyId))?.method ?? 'h5';

    const outcome = await retryingUniqueRace(() =>
      this.residents.binding(async (steps) => {
        const caller = await steps.lockResident(signedIn.residentId);
        const holder = await steps.lockHolder(idNumberHash);
        const decision = decideBinding({
          callerId: signedIn.residentId,
          callerIdNumberHash: caller?.idNumberHash ?? null,
          idNumberHash,
          holder,
          provenPhoneHash: phone.hash,
          phoneRegisteredToId: carrier.match,
        });
        switch (decision.kind) {
          case 'refuse-other-identity':
            throw new AppError('IDENTITY_ALREADY_VERIFIED');
          case 'refuse-phone-not-registered':
            throw new AppError('IDENTITY_PHONE_NOT_REGISTERED');
          case 'bind':
            await steps.setIdentity(
              signedIn.residentId,
              { nameEnc: this.cipher.encrypt(name), idNumberEnc: this.cipher.encrypt(idNumber), idNumberHash },
              CONSENT_VERSION,
            );
            await steps.setPhone(signedIn.residentId, phone);
            await steps.recordEvent({
              residentId: signedIn.residentId,
              kind: 'verified',
              proof: 'self',
              signInMethod: method,
            });
            return { kind: 'done' as const, residentId: signedIn.residentId };
          case 'renew':
            await steps.renewConsent(signedIn.residentId, CONSENT_VERSION);
            return { kind: 'done' as const, residentId: signedIn.residentId };
          case 'join':
            await steps.moveSignIns(signedIn.residentId, decision.holderId);
            await steps.renewConsent(decision.holderId, CONSENT_VERSION);
            await steps.recordEvent({
              residentId: decision.holderId,
              kind: 'joined',
              proof: 'self',
              signInMethod: method,
            });
            return { kind: 'done' as const, residentId: decision.holderId };
          case 'prove-stored-phone':
            return {
              kind: 'prove' as const,
              holderId: decision.holderId,
              phoneOnFileEnc: holder?.phoneEnc ?? null,
              phoneOnFileHash: holder?.phoneHash ?? null,
            };
        }
      }),
    );
    await this.proof.consume('realname', signedIn.residentId);

    if (outcome.kind === 'prove') {
      // Nothing has changed; the phone just proven waits (encrypted, 15 minutes) for proof of the phone on file.
      if (!outcome.phoneOnFileEnc || !outcome.phoneOnFileHash) throw new AppError('IDENTITY_PHONE_PROOF_REQUIRED');
      const pending: PendingPhoneOnFile = {
        holderId: outcome.holderId,
        idNumberHash,
        phoneOnFileEnc: outcome.phoneOnFileEnc,
        phoneOnFileHash: outcome.phoneOnFileHash,
        newPhoneEnc: phone.enc,
        newPhoneHash: phone.hash,
      };
      await this.kv.setJson(this.pendingKey(signedIn.residentId), pending, PENDING_TTL_SEC);
      const masked = maskPhone(this.cipher.decrypt(outcome.phoneOnFileEnc));
      const error = new AppError(
        'IDENTITY_PHONE_PROOF_REQUIRED',
        `这个身份证号已经实名认证过，预留手机号是 ${masked}。请用这个手机号接收验证码确认是本人；这个号码不用了的，请带身份证到就近的便民服务中心窗口核验`,
      );
      error.phoneOnFileMasked = masked;
      throw error;
    }
    return this.answer(signedIn, outcome.residentId);
  }

  /** Sends a code to the phone on file of the resident this sign-in asked to join (after IDENTITY_PHONE_PROOF_REQUIRED). */
  async sendPhoneOnFileCode(residentId: string): Promise<IdentitySmsCodeSent> {
    const pending = await this.kv.getJson<PendingPhoneOnFile>(this.pendingKey(residentId));
    if (!pending) throw new AppError('IDENTITY_STEP_EXPIRED');
    return this.proof.send('phone-on-file', residentId, this.cipher.decrypt(pending.phoneOnFileEnc));
  }

  /**
   * The code from the phone on file: this sign-in joins that resident (if it is another) and the phone proven a
   * moment ago replaces the one on file, whose number is told about it.
   */
  async confirmPhoneOnFile(signedIn: SignedIn, smsCode: string): Promise<IdentityResult> {
    const key = this.pendingKey(signedIn.residentId);
    const pending = await this.kv.getJson<PendingPhoneOnFile>(key);
    if (!pending) throw new AppError('IDENTITY_STEP_EXPIRED');
    const phoneOnFile = this.cipher.decrypt(pending.phoneOnFileEnc);
    await this.proof.check('phone-on-file', signedIn.residentId, phoneOnFile, smsCode);
    const method = (await this.sessionRows.activeFamily(signedIn.familyId))?.method ?? 'h5';
    await this.residents.binding(async (steps) => {
      const caller = await steps.lockResident(signedIn.residentId);
      const holder = await steps.lockHolder(pending.idNumberHash);
      // Whatever changed meanwhile (another phone change, a window check) voids this step.
      const unchanged = holder?.id === pending.holderId && holder.phoneHash === pending.phoneOnFileHash;
      if (!unchanged || (caller?.idNumberHash && caller.idNumberHash !== pending.idNumberHash))
        throw new AppError('IDENTITY_STEP_EXPIRED');
      await steps.setPhone(pending.holderId, { enc: pending.newPhoneEnc, hash: pending.newPhoneHash });
      await steps.renewConsent(pending.holderId, CONSENT_VERSION);
      await steps.recordEvent({
        residentId: pending.holderId,
        kind: 'phone-changed',
        proof: 'self',
        signInMethod: method,
      });
      if (pending.holderId !== signedIn.residentId) {
        await steps.moveSignIns(signedIn.residentId, pending.holderId);
        await steps.recordEvent({ residentId: pending.holderId, kind: 'joined', proof: 'self', signInMethod: method });
      }
    });
    await this.proof.consume('phone-on-file', signedIn.residentId);
    await this.kv.delete(key);
    await this.noticePhoneChanged(phoneOnFile, this.cipher.decrypt(pending.newPhoneEnc), '经原手机号验证后');
    return this.answer(signedIn, pending.holderId);
  }

  /** Tells the old number its resident now has another phone on file; a failed notice never undoes the change. */
  async noticePhoneChanged(oldPhone: string, newPhone: string, how: string): Promise<void> {
    try {
      await this.proof.notify(oldPhone, 'PHONE_CHANGED', { phone: maskPhone(newPhone), how });
    } catch (e) {
      this.logger.warn({ detail: (e as Error).message }, 'phone change notice not sent');
    }
  }

  /** The profile, and a session for the resident this sign-in now leads to when that is another one. */
  private async answer(signedIn: SignedIn, residentId: string): Promise<IdentityResult> {
    if (residentId === signedIn.residentId) return { resident: await this.profiles.profile(residentId) };
    const family = await this.sessionRows.activeFamily(signedIn.familyId);
    await this.sessions.revoke(signedIn.familyId, 'merged');
    const session = await this.sessions.start(residentId, family?.method ?? 'h5');
    return { resident: session.resident, session };
  }

  /** Name and ID number as typed, or as the provincial identity service verified them at an H5 sign-in. */
  private async claimed(residentId: string, request: IdentityRequest): Promise<{ name: string; idNumber: string }> {
    if (!request.useSignInIdentity)
      return { name: (request.name ?? '').trim(), idNumber: (request.idNumber ?? '').trim().toUpperCase() };
    const given = await this.profiles.signInIdentityOf(residentId);
    if (!given)
      throw new AppError('VALIDATION_FAILED', '没有统一身份认证提供的身份信息，请填写姓名和身份证号', [
        { field: 'useSignInIdentity', message: '请填写姓名和身份证号' },
      ]);
    return { name: given.name, idNumber: given.idNumber };
  }
}
